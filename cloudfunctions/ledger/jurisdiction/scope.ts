import { AppError } from '../../../types/common/errors';
import type { OrgDoc } from '../../../types/org/model';
import type { Caller } from '../../_kernel/caller';
import { placeKey } from '../../_domain/jurisdiction';
import { seatsFor } from '../../../types/auth/policies';

/** The veterans' where-clause for every file placed under `org` (the path element at its depth). */
export function filesUnder(org: OrgDoc): Record<string, string> {
  return { [placeKey(org.kind)]: org._id };
}

/** The caller's own grid (a grid leader's or member's: the policy grid:work), for the roster's default. */
export function ownGridId(me: Caller): string {
  const [seat] = seatsFor(me, 'grid:work');
  if (!seat) throw new AppError('INVALID_INPUT', '请选择网格', 'gridId');
  return seat.orgId;
}
