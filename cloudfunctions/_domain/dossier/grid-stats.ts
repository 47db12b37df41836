import { isComplete, type LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';

/** What one file adds to its grid's row: small enough to keep for every file of a district in memory. */
export interface FileFacts {
  known: boolean;
  complete: boolean;
  hardship: boolean;
  contribution: boolean;
  decorated: boolean;
  bound: boolean;
  birthDate: string;
}

export function factsOf(f: VeteranDoc, settings: LedgerSettings): FileFacts {
  return {
    known: f.lifeStatus === 'in_district',
    complete: isComplete(f, settings),
    hardship: !!f.keyGroups?.hardship,
    contribution: !!f.keyGroups?.contribution,
    decorated: !!f.keyGroups?.decorated,
    bound: !!f.openid,
    birthDate: f.birthDate,
  };
}

/** A grid's row of the filing-rate table from its files' facts (the people living in the district count). */
export function gridStatsOfFacts(gridId: string, orgPath: string[], facts: FileFacts[], now: Date): LedgerStatsDoc {
  const known = facts.filter((f) => f.known);
  const marked = known.filter((f) => f.hardship || f.contribution || f.decorated);
  return {
    _id: gridId,
    orgPath,
    known: known.length,
    complete: known.filter((f) => f.complete).length,
    hardship: known.filter((f) => f.hardship).length,
    contribution: known.filter((f) => f.contribution).length,
    decorated: known.filter((f) => f.decorated).length,
    birthDates: known.map((f) => f.birthDate).sort(),
    marked: marked.length,
    markedBirthDates: marked.map((f) => f.birthDate).sort(),
    bound: known.filter((f) => f.bound).length,
    updatedAt: now,
  };
}

/** A grid's row of the filing-rate table from its files. */
export function gridStatsOf(
  gridId: string,
  orgPath: string[],
  files: VeteranDoc[],
  settings: LedgerSettings,
  now: Date,
): LedgerStatsDoc {
  return gridStatsOfFacts(
    gridId,
    orgPath,
    files.map((f) => factsOf(f, settings)),
    now,
  );
}
