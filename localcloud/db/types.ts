/** One index: an ordered list of [dot path, direction]. `unique` makes SQLite refuse duplicate keys. */
export interface IndexSpec {
  name: string;
  keys: [path: string, direction: 1 | -1][];
  unique?: boolean;
}

/** Collection name -> its indexes. Every collection named here exists from the start. */
export type CollectionIndexes = Record<string, IndexSpec[]>;

/** Where the engine reports work done for one request (see README.md "Metering"). */
export interface DbRequestMeta {
  requestId?: string;
  /** `write` names the collection written, so tests can tell business data from rate-limit counters. */
  meter: { read(n: number): void; write(n: number, collection: string): void };
}

export interface LocalDatabaseOptions {
  /** SQLite file; omitted = in-memory. */
  file?: string;
  /** The clock behind db.serverDate(); default the real clock. */
  clock?: () => Date;
  /** Collections and indexes; default COLLECTION_INDEXES (localcloud/indexes/). */
  indexes?: CollectionIndexes;
  /** Append the shapes of SDK queries here (JSON lines); default process.env.VETGRID_QUERY_SHAPES, else none. */
  queryShapesFile?: string;
  /** An open transaction untouched this long expires (default 30 s). */
  transactionTimeoutMs?: number;
}

export type Doc = Record<string, unknown>;
export type DocId = string | number;
