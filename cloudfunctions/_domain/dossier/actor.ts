import { AppError } from '../../../types/common/errors';
import { ROLE_LABELS } from '../../../types/auth/roles';
import type { Actor } from '../../../types/veteran/records';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { Caller } from '../../_kernel/caller';

/** The staff seat through which the caller acts on something at `orgPath` (their role covering it). */
export function staffActor(me: Caller, orgPath: string[]): Actor & { role: string } {
  const seat = me.staff.find((s) => orgPath.includes(s.orgId));
  if (!seat) throw new AppError('FORBIDDEN');
  return { kind: 'staff', id: seat._id, name: seat.name, role: ROLE_LABELS[seat.role] };
}

/**
 * The file a veteran-side action is about: the caller's own, or one they act for as a family member
 * (代办, granted by a grid member's code). Refused once consent is withdrawn.
 */
export function ownFile(me: Caller, forVeteranId: string | undefined): { veteranId: string; actor: Actor } {
  if (!forVeteranId || forVeteranId === me.veteran?._id) {
    if (!me.veteran) throw new AppError('NOT_FOUND', '您还没有绑定档案，请先完成退役军人登记');
    return { veteranId: me.veteran._id, actor: { kind: 'veteran', id: me.openid, name: me.veteran.name } };
  }
  const grant = me.account?.proxyFor?.find((p) => p.veteranId === forVeteranId);
  if (!grant) throw new AppError('FORBIDDEN', '只能查看本人或受托代办的档案');
  return { veteranId: forVeteranId, actor: { kind: 'proxy', id: me.openid, name: `家属（${grant.relation}）` } };
}

export function assertConsenting(file: VeteranDoc): void {
  if (file.consentWithdrawnAt) throw new AppError('PRECONDITION_FAILED', '本人已撤回同意，小程序不再处理该档案');
}
