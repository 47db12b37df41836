import { MONTHLY_FIELDS, monthlyKeys, type CareMonthlyDoc, type MonthlyDelta } from '../../../types/care/monthly';
import { txGet, type Tx } from '../../_kernel/transaction';

/** Adds `delta` to the street's, community's and grid's row of `month`, inside the caller's transaction. */
export async function addMonthly(tx: Tx, orgPath: string[], month: string, delta: MonthlyDelta): Promise<void> {
  for (const key of monthlyKeys(orgPath, month)) {
    const row = await txGet<CareMonthlyDoc>(tx, 'careMonthly', key._id);
    const next = {
      ...key,
      visits: 0,
      visitValueFen: 0,
      subsidies: 0,
      subsidyFen: 0,
      reliefCases: 0,
      reliefFen: 0,
      ...(row ?? {}),
    };
    for (const f of MONTHLY_FIELDS) next[f] = (next[f] ?? 0) + (delta[f] ?? 0);
    const { _id, ...data } = next;
    await tx.collection('careMonthly').doc(_id).set({ data });
  }
}
