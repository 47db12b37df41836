import type { Caller } from '../../_kernel/caller';

/** The staff seat the caller acts from on a node (their assignment there, else one above it). */
export function actingStaff(caller: Caller, orgPath: string[]): { staffId: string; name: string } {
  const at = orgPath[orgPath.length - 1];
  const seat =
    caller.staff.find((s) => s.orgId === at) ?? caller.staff.find((s) => orgPath.includes(s.orgId)) ?? caller.staff[0];
  return seat ? { staffId: seat._id, name: seat.name } : { staffId: caller.openid, name: '工作人员' };
}
