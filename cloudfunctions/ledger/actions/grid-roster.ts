import { gridRoster, ROSTER_FILTERS, type RosterFilter, type RosterRow } from '../../../types/ledger/roster';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { ownGridId } from '../jurisdiction/scope';
import { ROW_FIELDS, rosterRow } from '../jurisdiction/rows';
import { everyDoc } from '../../_domain/rollups/read';

const MATCHES: Record<RosterFilter, (r: RosterRow) => boolean> = {
  all: () => true,
  aged80: (r) => r.keyGroups.includes('aged80'),
  hardship: (r) => r.keyGroups.includes('hardship'),
  contribution: (r) => r.keyGroups.includes('contribution'),
  decorated: (r) => r.keyGroups.includes('decorated'),
  overdue: (r) => r.overdue,
  unverified: (r) => r.verifiedAt === null,
  incomplete: (r) => !r.complete,
  corrections: (r) => r.pendingCorrections > 0,
};

const PHONE_TAIL = /^\d{1,4}$/;

/** A search of the roster: the start of a name, or the last digits of the masked phone (138****5678). */
function matchesQuery(query: string): (r: RosterRow) => boolean {
  const q = query.trim();
  if (!q) return () => true;
  if (PHONE_TAIL.test(q)) return (r) => Boolean(r.phoneMasked?.endsWith(q));
  return (r) => r.name.startsWith(q);
}

/**
 * 网格台账: the grid's people living in the district, filtered and searched, with counts for every filter.
 * The grid's files are read through the gridId index (a grid holds some tens; every one of them, a thousand a
 * page, however many); the search runs on them.
 */
export default defineAction(gridRoster, async (input, ctx) => {
  const { read, now } = ctx;
  const me = await ctx.caller();
  const gridId = input.gridId ?? ownGridId(me);
  const grid = await read.byId<OrgDoc>('orgs', gridId);
  if (!grid || grid.kind !== 'grid') throw new AppError('NOT_FOUND', '网格不存在', 'gridId');
  await ctx.authorize('file:keep', { orgPath: grid.path });
  const [settings, files, corrections, pendingRegistrations] = await Promise.all([
    loadLedgerSettings(read),
    everyDoc<VeteranDoc>(ctx, 'veterans', { gridId, lifeStatus: 'in_district' }, ROW_FIELDS),
    everyDoc<CorrectionDoc>(ctx, 'corrections', { gridId, status: 'pending' }),
    read.count('registrations', { gridId, status: 'pending' }),
  ]);
  const waiting = new Map<string, number>();
  for (const c of corrections) waiting.set(c.veteranId, (waiting.get(c.veteranId) ?? 0) + 1);
  const rows = files
    .map((f) => rosterRow(f, settings, now, waiting.get(f._id) ?? 0))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const counts = Object.fromEntries(ROSTER_FILTERS.map((f) => [f, rows.filter(MATCHES[f]).length])) as Record<
    RosterFilter,
    number
  >;
  const found = matchesQuery(input.query);
  const items = rows.filter((r) => MATCHES[input.filter](r) && found(r));
  return { gridId, gridName: grid.name, items, counts, pendingRegistrations };
});
