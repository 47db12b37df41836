import { randomBytes } from 'node:crypto';
import { BufferedView } from './doc-view';
import { dbErrors } from './errors';
import type { Store } from './store';

interface OpenTransaction {
  view: BufferedView;
  touchedAt: number;
}

/**
 * Optimistic transactions. Each keeps a BufferedView: what it read (first version seen) and what it will
 * write. Nobody else sees its writes. Commit, in one SQLite transaction, first checks that every document
 * it read or wrote is still the version it saw; if another write got there first, the commit fails with
 * DATABASE_TRANSACTION_CONFLICT (the code @cloudbase/database's runTransaction retries on) and nothing is
 * written. The check is at commit on purpose: a conflict raised by a doc operation reaches runTransaction
 * re-wrapped by wx-server-sdk without its code, so it would not be retried.
 */
export class Transactions {
  private readonly open = new Map<string, OpenTransaction>();

  constructor(
    private readonly store: Store,
    private readonly timeoutMs: number,
  ) {}

  start(): string {
    this.expire();
    const id = randomBytes(12).toString('hex');
    this.open.set(id, { view: new BufferedView(this.store), touchedAt: Date.now() });
    return id;
  }

  /** The view of an open transaction; fails as the cloud does for an unknown, finished or expired one. */
  view(id: unknown): BufferedView {
    const tx = typeof id === 'string' ? this.open.get(id) : undefined;
    if (!tx || Date.now() - tx.touchedAt > this.timeoutMs) {
      if (tx) this.open.delete(id as string);
      throw dbErrors.transactionFail(
        `[TransactionFail] transaction ${String(id)} does not exist, has ended or has expired`,
      );
    }
    tx.touchedAt = Date.now();
    return tx.view;
  }

  /** Applies the buffered writes atomically; returns how many documents were written, by collection. */
  commit(id: unknown): Map<string, number> {
    const view = this.view(id);
    this.open.delete(id as string);
    return this.store.transaction(() => {
      for (const read of view.reads.values()) {
        if ((this.store.getText(read.collection, read.id) ?? null) !== read.text) throw dbErrors.conflict();
      }
      for (const w of view.writes.values()) {
        if (!w.doc) this.store.delete(w.collection, w.id);
        else
          this.store.write(
            w.collection,
            w.doc,
            this.store.getText(w.collection, w.id) === undefined ? 'insert' : 'replace',
          );
      }
      const written = new Map<string, number>();
      for (const w of view.writes.values()) written.set(w.collection, (written.get(w.collection) ?? 0) + 1);
      return written;
    });
  }

  abort(id: unknown): void {
    this.view(id);
    this.open.delete(id as string);
  }

  clear(): void {
    this.open.clear();
  }

  private expire(): void {
    const now = Date.now();
    for (const [id, tx] of this.open) if (now - tx.touchedAt > this.timeoutMs) this.open.delete(id);
  }
}
