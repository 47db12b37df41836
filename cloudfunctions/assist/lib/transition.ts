import type { AssistanceDoc, AssistStatus, AssistStep } from '../../../types/assist/model';
import { ROLE_LABELS, type RoleAssignment } from '../../../types/auth/roles';
import { seatOver, type PolicyName } from '../../../types/auth/policies';
import { AppError } from '../../../types/common/errors';
import { denied, type ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { inTransaction, txGet, type Tx } from '../../_kernel/transaction';

/** The application, once `policy` allows the caller over it (a missing one answers as a foreign one). */
export async function loadApplication(
  ctx: ActionContext,
  id: string,
  policy: PolicyName,
): Promise<{ me: Caller; doc: AssistanceDoc }> {
  const { me, thing } = await ctx.authorizeFound(
    policy,
    await ctx.read.byId<AssistanceDoc>('assistance', id),
    new AppError('NOT_FOUND', '没有找到该申请', 'id'),
  );
  return { me, doc: thing };
}

/** Nobody decides on an application they submitted or one for themselves (the policy assist:impartial). */
export async function refuseOwn(ctx: ActionContext, doc: AssistanceDoc): Promise<void> {
  await ctx.authorize('assist:impartial', { orgPath: doc.orgPath, ownerIds: [doc.appliedByOpenid, doc.veteranId] });
}

/**
 * The caller's post a step is taken from: their seat over the application under the first of `policies`
 * that allows one (the district's before the street's). The action has authorized already.
 */
export function actingSeat(me: Caller, doc: { orgPath: string[] }, ...policies: PolicyName[]): RoleAssignment {
  for (const policy of policies) {
    const seat = seatOver(me, policy, doc);
    if (seat) return seat;
  }
  throw denied(policies[policies.length - 1]);
}

/** A step taken from `seat` (the caller's post the deciding policy allows over the application). */
export function stepBy(
  me: Caller,
  seat: Pick<RoleAssignment, 'role' | 'staffId'>,
  step: AssistStep['step'],
  ctx: ActionContext,
  note: string,
  amountFen: number | null,
): AssistStep {
  const name = me.staff.find((s) => s._id === seat.staffId)?.name ?? me.staff[0]?.name ?? '工作人员';
  return {
    step,
    byName: name,
    byRole: ROLE_LABELS[seat.role],
    at: ctx.now,
    note,
    amountFen,
  };
}

/**
 * Moves an application from `from` to the next status in one transaction (a second decision racing the
 * first finds the status changed); closing statuses release the veteran's open-application lock.
 * `more` runs inside the transaction for extra writes (the fund).
 */
export async function transition(
  ctx: ActionContext,
  id: string,
  from: AssistStatus,
  patch: Partial<AssistanceDoc> & { status: AssistStatus },
  step: AssistStep,
  more?: (tx: Tx, doc: AssistanceDoc) => Promise<void>,
): Promise<AssistanceDoc> {
  return inTransaction(ctx.db, async (tx) => {
    const doc = await txGet<AssistanceDoc>(tx, 'assistance', id);
    if (!doc) throw new AppError('NOT_FOUND', '没有找到该申请', 'id');
    if (doc.status !== from) throw new AppError('PRECONDITION_FAILED', '该申请的状态已经变化，请刷新后再试');
    if (more) await more(tx, doc);
    const next = { ...patch, steps: [...doc.steps, step], updatedAt: ctx.now };
    await tx.collection('assistance').doc(id).update({ data: next });
    if (patch.status === 'rejected' || patch.status === 'disbursed') {
      await tx
        .collection('assistLocks')
        .doc(doc.veteranId)
        .set({ data: { applicationId: null, updatedAt: ctx.now } });
    }
    return { ...doc, ...next };
  });
}
