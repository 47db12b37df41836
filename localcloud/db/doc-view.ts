import { encodeDoc } from './ejson';
import { dbErrors } from './errors';
import type { Store } from './store';
import type { Doc, DocId } from './types';

/**
 * What doc(id) operations see: the committed store, or a transaction's buffered view of it.
 * Both throw the cloud's duplicate-write error when an insert meets an existing _id.
 */
export interface DocView {
  readText(collection: string, id: DocId): string | undefined;
  insert(collection: string, doc: Doc): void;
  /** `text`: the document encoded (encodeDoc), when the caller has it. */
  replace(collection: string, doc: Doc, text?: string): void;
  remove(collection: string, id: DocId): boolean;
  /** Runs several writes as one unit (all or nothing). */
  atomically<T>(fn: () => T): T;
}

export function storeView(store: Store, onWrite: (n: number, collection: string) => void): DocView {
  return {
    readText: (collection, id) => store.getText(collection, id),
    insert: (collection, doc) => {
      store.write(collection, doc, 'insert');
      onWrite(1, collection);
    },
    replace: (collection, doc, text) => {
      store.write(collection, doc, 'replace', text);
      onWrite(1, collection);
    },
    remove: (collection, id) => {
      const removed = store.delete(collection, id);
      if (removed) onWrite(1, collection);
      return removed;
    },
    atomically: (fn) => store.transaction(fn),
  };
}

export const docKey = (collection: string, id: DocId): string => `${collection}\u0000${JSON.stringify(id)}`;

export interface BufferedWrite {
  collection: string;
  id: DocId;
  doc: Doc | null;
}

/** A transaction's view: repeatable reads (first read remembered), writes buffered until commit. */
export class BufferedView implements DocView {
  readonly reads = new Map<string, { collection: string; id: DocId; text: string | null }>();
  readonly writes = new Map<string, BufferedWrite>();
  constructor(private readonly store: Store) {}

  readText(collection: string, id: DocId): string | undefined {
    const key = docKey(collection, id);
    const written = this.writes.get(key);
    if (written) return written.doc ? encodeDoc(written.doc) : undefined;
    let read = this.reads.get(key);
    if (!read) {
      read = { collection, id, text: this.store.getText(collection, id) ?? null };
      this.reads.set(key, read);
    }
    return read.text ?? undefined;
  }

  insert(collection: string, doc: Doc): void {
    const id = doc._id as DocId;
    if (this.readText(collection, id) !== undefined) throw dbErrors.duplicate(collection, '_id_', { _id: id });
    this.writes.set(docKey(collection, id), { collection, id, doc });
  }

  replace(collection: string, doc: Doc): void {
    const id = doc._id as DocId;
    this.readText(collection, id);
    this.writes.set(docKey(collection, id), { collection, id, doc });
  }

  remove(collection: string, id: DocId): boolean {
    const existed = this.readText(collection, id) !== undefined;
    if (existed) this.writes.set(docKey(collection, id), { collection, id, doc: null });
    return existed;
  }

  atomically<T>(fn: () => T): T {
    const saved = new Map(this.writes);
    try {
      return fn();
    } catch (err) {
      this.writes.clear();
      for (const [k, v] of saved) this.writes.set(k, v);
      throw err;
    }
  }
}
