import type { LedgerFilter } from '../../../types/ledger/search';
import { aged80Cutoff } from '../../../types/common/shanghai-time';
import type { ActionContext } from '../../_kernel/action';
import type { Pii } from '../../_kernel/pii';

export const FULL_ID = /^\d{17}[\dXx]$/;
const MASKED_ID = /^\d{6}\*+\d{3}[\dXx]$/;
const ID_DIGITS = /^\d{3,17}[\dXx]?$/;

/**
 * The where-clause of a ledger search. A full ID number matches by its keyed hash; a masked one, or the
 * digits a masked one shows (the first six or the last four), by the masked form; anything else is the
 * start of a name. Life status and name prefix go through the indexes.
 */
export function searchWhere(
  ctx: Pick<ActionContext, '_' | 'db' | 'now'>,
  pii: () => Pii,
  scope: Record<string, string>,
  query: string,
  filter: LedgerFilter,
) {
  const { _ } = ctx;
  const where: Record<string, unknown> = {
    ...scope,
    lifeStatus: filter === 'moved_out' || filter === 'deceased' ? filter : 'in_district',
  };
  const q = query.trim();
  if (FULL_ID.test(q)) where.idHash = pii().blindIndex('id', q.toUpperCase());
  else if (MASKED_ID.test(q)) where.idMasked = q.toUpperCase();
  else if (ID_DIGITS.test(q))
    where.idMasked = ctx.db.RegExp({ regexp: q.length >= 6 ? `^${q}` : `${q.toUpperCase()}$` });
  else if (q) where.name = _.gte(q).and(_.lt(`${q}\uffff`));
  if (filter === 'aged80') where.birthDate = _.lte(aged80Cutoff(ctx.now));
  if (filter === 'hardship' || filter === 'contribution' || filter === 'decorated')
    where[`keyGroups.${filter}`] = _.exists(true);
  if (filter === 'unverified') where.verifiedAt = null;
  return where;
}
