import { isComplete, type LedgerSettings } from '../../../types/veteran/ledger-rules';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { LedgerStatsDoc } from '../../../types/veteran/records';

/** A grid's row of the filing-rate table from its files (the people living in the district count). */
export function gridStatsOf(
  gridId: string,
  orgPath: string[],
  files: VeteranDoc[],
  settings: LedgerSettings,
  now: Date,
): LedgerStatsDoc {
  const known = files.filter((f) => f.lifeStatus === 'in_district');
  const marked = known.filter((f) => f.keyGroups?.hardship || f.keyGroups?.contribution || f.keyGroups?.decorated);
  return {
    _id: gridId,
    orgPath,
    known: known.length,
    complete: known.filter((f) => isComplete(f, settings)).length,
    hardship: known.filter((f) => f.keyGroups?.hardship).length,
    contribution: known.filter((f) => f.keyGroups?.contribution).length,
    decorated: known.filter((f) => f.keyGroups?.decorated).length,
    birthDates: known.map((f) => f.birthDate).sort(),
    marked: marked.length,
    markedBirthDates: marked.map((f) => f.birthDate).sort(),
    updatedAt: now,
  };
}
