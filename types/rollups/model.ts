/**
 * Collection `rollups`: one document per place node (district, street, community, grid), `_id` = the
 * node's id, holding the district-wide figures' counters for everyone living under it. A grid's counters
 * are recomputed from its files (`ledgerStats`); every node above gets the change as one `_.inc`, so a
 * district figure reads as many documents as it shows nodes, however many files they hold.
 *
 * Ages change with time while no file does: people are counted by birth YEAR (`born`, `markedBorn`), and,
 * for each boundary year of 1940-1990, by how many were born in an earlier year (`agedBefore`,
 * `markedAgedBefore`: cumulative, so one key answers). Aged 80+ is taken at read time
 * (cloudfunctions/_domain/rollups/aged.ts): everyone born before the boundary year (this year minus 80) from
 * the one `agedBefore` key a dashboard reads (not the whole maps), the boundary year itself from an indexed
 * range read of its files born up to today's date, so the figure is exact to the day, as the file view counts it.
 */
export interface RollupCounts {
  /** Files of people living in the district (lifeStatus in_district). */
  known: number;
  /** Of those, complete and verified (建档). */
  complete: number;
  hardship: number;
  contribution: number;
  decorated: number;
  /** People marked hardship, contribution or decorated (each person once). */
  marked: number;
  /** Known files bound to a WeChat account: the audience of a notice to the node. */
  bound: number;
  /** Known people by birth year. */
  born: Record<string, number>;
  /** Marked people by birth year (with `born`, key-group people are counted once). */
  markedBorn: Record<string, number>;
  /** Boundary year (1940-1990) -> known people born in an earlier year; a missing year holds 0. */
  agedBefore: Record<string, number>;
  /** Boundary year -> marked people born in an earlier year. */
  markedAgedBefore: Record<string, number>;
}

export interface RollupDoc extends RollupCounts {
  _id: string;
  kind: 'district' | 'street' | 'community' | 'grid';
  parentId: string | null;
  /** The node's own path (district first, the node last): orgPath.<depth> places it under its ancestors. */
  orgPath: string[];
  /** Grid rows only: bumped by every recompute, so two concurrent recomputes never both pass on a change. */
  rev: number;
  updatedAt: Date;
}
