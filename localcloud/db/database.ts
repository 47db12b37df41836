import { COLLECTION_INDEXES } from '../indexes';
import * as admin from './actions/admin';
import { aggregateDocuments } from './actions/aggregate';
import { type Action, ArrayAddFaults } from './actions/context';
import * as legacy from './actions/legacy-transaction';
import { calculateDocument, getDocument } from './actions/read';
import { insertDocument, modifyAndReturnDoc, modifyDocument, removeDocument } from './actions/write';
import { parseWire } from './ejson';
import { dbErrors } from './errors';
import { countDocs, explainFind, findDocs } from './finder';
import type { SortSpec } from './planner';
import { QueryShapeLog } from './query-shapes';
import { Store } from './store';
import { Transactions } from './transactions';
import type { DbRequestMeta, Doc, LocalDatabaseOptions } from './types';

/** Every `database.*` action the SDK (wx-server-sdk 4.0.2 / @cloudbase/database 1.4.3) sends. */
const ACTIONS: Record<string, Action> = {
  'database.getDocument': getDocument,
  'database.calculateDocument': calculateDocument,
  'database.insertDocument': insertDocument,
  'database.modifyDocument': modifyDocument,
  'database.removeDocument': removeDocument,
  'database.modifyAndReturnDoc': modifyAndReturnDoc,
  'database.aggregateDocuments': aggregateDocuments,
  'database.addCollection': admin.addCollection,
  'database.startTransaction': admin.startTransaction,
  'database.commitTransaction': admin.commitTransaction,
  'database.abortTransaction': admin.abortTransaction,
  'database.getInTransaction': legacy.getInTransaction,
  'database.updateDocInTransaction': legacy.updateDocInTransaction,
  'database.deleteDocInTransaction': legacy.deleteDocInTransaction,
};

/** The local cloud's document database: WeChat Cloud semantics over SQLite (see README.md). */
export class LocalDatabase {
  private readonly store: Store;
  private readonly transactions: Transactions;
  private readonly now: () => Date;
  private readonly faults = new ArrayAddFaults();

  constructor(opts: LocalDatabaseOptions = {}) {
    this.store = new Store(opts.file, opts.indexes ?? COLLECTION_INDEXES);
    const shapesFile = opts.queryShapesFile ?? process.env.VETGRID_QUERY_SHAPES;
    if (shapesFile) this.store.shapes = new QueryShapeLog(shapesFile);
    this.transactions = new Transactions(this.store, opts.transactionTimeoutMs ?? 30_000);
    this.now = opts.clock ?? (() => new Date());
  }

  /** Serves one SDK database action; resolves to the JSON body the SDK expects, or rejects with LocalCloudError. */
  async handle(action: string, body: Record<string, unknown>, meta: DbRequestMeta): Promise<unknown> {
    const run = ACTIONS[action];
    if (!run) throw dbErrors.unsupportedAction(action);
    const { store, transactions, now, faults } = this;
    return run({ action, body, store, transactions, now, meta, faults });
  }

  /**
   * Test hook: the next add() of an array (outside a transaction) into `collection` inserts its first
   * `keep` documents and then fails with DATABASE_REQUEST_FAILED. CloudBase does not document whether a
   * failed batch keeps what it inserted; code that adds arrays must be correct either way.
   */
  failNextArrayAdd(collection: string, keep: number): void {
    this.faults.arm(this.store.requireCollection(collection), keep);
  }

  listCollections(): { name: string; count: number }[] {
    return this.store.collectionNames().map((name) => ({ name, count: this.store.count(name) }));
  }

  /** Inspector: a page of documents matching a filter (EJSON text, '' = all), as relaxed EJSON. */
  browse(collection: string, filterJson: string, skip: number, limit: number): { total: number; docs: unknown[] } {
    this.store.requireCollection(collection);
    const filter = (parseWire(filterJson.trim() || undefined, this.now) ?? {}) as Doc;
    const total = countDocs(this.store, collection, filter, false);
    const found = findDocs(this.store, collection, filter, {
      sort: [],
      skip: Math.max(0, skip),
      limit: Math.max(0, limit),
      insertionOrder: true,
    });
    return { total, docs: found.map((f) => JSON.parse(f.text) as unknown) };
  }

  /** Bulk load for seeds and benchmarks: inserts plain JS documents in one SQLite transaction, no SDK. */
  importDocuments(collection: string, docs: Doc[]): number {
    this.store.requireCollection(collection);
    this.store.transaction(() => docs.forEach((doc) => this.store.write(collection, doc, 'insert')));
    return docs.length;
  }

  /** SQLite's query plan for a find (EXPLAIN QUERY PLAN lines): lets tests prove an index is used. */
  explain(collection: string, filter: Doc, sort: SortSpec = []): string[] {
    return explainFind(this.store, this.store.requireCollection(collection), filter, sort);
  }

  /** SQLite's online backup of the whole store to `file` (see localcloud/backup/write-backup.ts). */
  backupTo(file: string): Promise<unknown> {
    return this.store.db.backup(file);
  }

  reset(): void {
    this.transactions.clear();
    this.faults.clear();
    this.store.reset();
  }

  close(): void {
    this.transactions.clear();
    this.store.close();
  }
}
