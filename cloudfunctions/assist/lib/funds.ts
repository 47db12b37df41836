import type { FundMovementView, FundView } from '../../../types/assist/funds';
import type { FundMovementDoc, ReliefFundDoc } from '../../../types/assist/model';
import { seatsFor } from '../../../types/auth/policies';
import type { Caller } from '../../_kernel/caller';
import { newId } from '../../_kernel/ids';
import type { Tx } from '../../_kernel/transaction';

/** balance = everything added − everything paid, so what was added is not stored twice. */
export function fundView(f: ReliefFundDoc): FundView {
  return {
    id: f._id,
    name: f.name,
    balanceFen: f.balanceFen,
    paidFen: f.paidFen,
    toppedUpFen: f.balanceFen + f.paidFen,
  };
}

const KIND_LABELS = { topup: '注入资金', payment: '救助发放' } as const;

export function movementView(m: FundMovementDoc): FundMovementView {
  return {
    id: m._id,
    kind: m.kind,
    kindLabel: KIND_LABELS[m.kind],
    amountFen: m.amountFen,
    balanceAfterFen: m.balanceAfterFen,
    note: m.note,
    byName: m.byName,
    at: new Date(m.at).toISOString(),
    applicationId: m.applicationId,
  };
}

/** Writes one movement inside the transaction that changes the fund's balance. */
export async function recordMovement(
  tx: Tx,
  fund: ReliefFundDoc,
  me: Caller,
  at: Date,
  m: {
    kind: FundMovementDoc['kind'];
    amountFen: number;
    balanceAfterFen: number;
    note: string;
    applicationId: string | null;
  },
): Promise<void> {
  // Recorded as the caller's district seat (who keeps the funds) when they have one.
  const fundsSeat = seatsFor(me, 'assist:funds')[0];
  const staff = me.staff.find((s) => s._id === fundsSeat?.staffId) ?? me.staff[0];
  const doc: Omit<FundMovementDoc, '_id'> = {
    fundId: fund._id,
    orgId: fund.orgId,
    ...m,
    byStaffId: staff?._id ?? null,
    byName: staff?.name ?? '工作人员',
    at,
  };
  await tx.collection('fundMovements').doc(newId()).set({ data: doc });
}
