import { AppError } from '../../../types/common/errors';
import { can } from '../../../types/auth/policies';
import { denied } from '../../_kernel/action';
import { ROLE_LABELS } from '../../../types/auth/roles';
import type { Actor } from '../../../types/veteran/records';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { Caller } from '../../_kernel/caller';

/**
 * The staff seat through which the caller acts on something at `orgPath` (their role covering it). The
 * action has authorized already (file:keep, ledger:full); no seat there is that policy's refusal.
 */
export function staffActor(me: Caller, orgPath: string[]): Actor & { role: string } {
  const seat = me.staff.find((s) => orgPath.includes(s.orgId));
  if (!seat) throw denied('file:keep');
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
  if (!can(me, 'file:self', { orgPath: [], ownerIds: [forVeteranId] })) throw denied('file:self');
  const relation = me.account?.proxyFor?.find((p) => p.veteranId === forVeteranId)?.relation ?? '';
  return { veteranId: forVeteranId, actor: { kind: 'proxy', id: me.openid, name: `家属（${relation}）` } };
}

export function assertConsenting(file: VeteranDoc): void {
  if (file.consentWithdrawnAt) throw new AppError('PRECONDITION_FAILED', '本人已撤回同意，小程序不再处理该档案');
}
