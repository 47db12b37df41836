import type { OrgDoc } from '../../../types/org/model';
import type { RollupCounts, RollupDoc } from '../../../types/rollups/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';

export const PLAIN_COUNTS = ['known', 'complete', 'hardship', 'contribution', 'decorated', 'marked', 'bound'] as const;

/** The counters kept as maps keyed by year (see types/rollups/model.ts). */
export const YEAR_MAPS = ['born', 'markedBorn', 'agedBefore', 'markedAgedBefore'] as const;

/**
 * The boundary years (a year minus 80) the `agedBefore` counters are kept for: 1940-1990, i.e. the aged-80+
 * figure of the years 2020-2070. Outside them, the figure is taken from the by-birth-year maps.
 */
export const AGED_YEARS = { first: 1940, last: 1990 } as const;

/** Whether the rollups hold the "born before" counter of this boundary year. */
export function keepsAgedBefore(year: number): boolean {
  return year >= AGED_YEARS.first && year <= AGED_YEARS.last;
}

export function emptyCounts(): RollupCounts {
  return {
    known: 0,
    complete: 0,
    hardship: 0,
    contribution: 0,
    decorated: 0,
    marked: 0,
    bound: 0,
    born: {},
    markedBorn: {},
    agedBefore: {},
    markedAgedBefore: {},
  };
}

function byYear(dates: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of dates) {
    const y = d.slice(0, 4);
    out[y] = (out[y] ?? 0) + 1;
  }
  return out;
}

/** For each boundary year kept, how many of these dates fall in an earlier year (years with none left out). */
function beforeYears(dates: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let y = AGED_YEARS.first; y <= AGED_YEARS.last; y++) {
    const n = dates.filter((d) => Number(d.slice(0, 4)) < y).length;
    if (n) out[y] = n;
  }
  return out;
}

/** A grid's counters from its filing-rate row (which is computed from the grid's files). */
export function countsOfGridRow(row: LedgerStatsDoc): RollupCounts {
  return {
    known: row.known,
    complete: row.complete,
    hardship: row.hardship,
    contribution: row.contribution,
    decorated: row.decorated,
    marked: row.marked ?? 0,
    bound: row.bound ?? 0,
    born: byYear(row.birthDates),
    markedBorn: byYear(row.markedBirthDates ?? []),
    agedBefore: beforeYears(row.birthDates),
    markedAgedBefore: beforeYears(row.markedBirthDates ?? []),
  };
}

export function addCounts(into: RollupCounts, c: RollupCounts, sign = 1): RollupCounts {
  for (const k of PLAIN_COUNTS) into[k] += sign * c[k];
  for (const map of YEAR_MAPS)
    for (const [y, n] of Object.entries(c[map] ?? {})) into[map][y] = (into[map][y] ?? 0) + sign * n;
  return into;
}

/**
 * What changed from `before` to `after` as flat dot-path increments (`known`, `born.1945`), zeros left
 * out: the update one `_.inc` per field applies to every node above.
 */
export function countsDelta(before: RollupCounts, after: RollupCounts): Record<string, number> {
  const diff = addCounts(addCounts(emptyCounts(), after), before, -1);
  const out: Record<string, number> = {};
  for (const k of PLAIN_COUNTS) if (diff[k]) out[k] = diff[k];
  for (const map of YEAR_MAPS) for (const [y, n] of Object.entries(diff[map])) if (n) out[`${map}.${y}`] = n;
  return out;
}

/** The fields of a node's rollup document other than its counters. */
export function nodeFields(node: Pick<OrgDoc, 'kind' | 'parentId' | 'path'>) {
  return { kind: node.kind as RollupDoc['kind'], parentId: node.parentId, orgPath: node.path };
}

/** What the rollups of every place node should hold, from the grids' rows (pure: the seed uses it too). */
export function rollupsFrom(places: readonly OrgDoc[], gridRows: readonly LedgerStatsDoc[]): Map<string, RollupCounts> {
  const counts = new Map<string, RollupCounts>(places.map((p) => [p._id, emptyCounts()]));
  for (const row of gridRows) {
    const c = countsOfGridRow(row);
    for (const id of row.orgPath) {
      const at = counts.get(id);
      if (at) addCounts(at, c);
    }
  }
  return counts;
}
