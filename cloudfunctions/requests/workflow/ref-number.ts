import type { Tx } from '../../_kernel/transaction';
import { txGet } from '../../_kernel/transaction';
import { shanghaiDay } from '../../../types/common/shanghai-time';

/** Collection `request_counters`: one document per Beijing day, `_id` = SQ-YYYYMMDD. */
interface CounterDoc {
  _id: string;
  n: number;
}

/**
 * The next reference number of the day, e.g. SQ-20261129-0007, taken inside the transaction that
 * creates the request (documents by id only, as WeChat Cloud allows): a lost race retries, so numbers
 * are never given twice.
 */
export async function nextRefNo(tx: Tx, now: Date): Promise<string> {
  const day = `SQ-${shanghaiDay(now).replace(/-/g, '')}`;
  const counter = await txGet<CounterDoc>(tx, 'request_counters', day);
  const n = (counter?.n ?? 0) + 1;
  await tx.collection('request_counters').doc(day).set({ data: { n } });
  return `${day}-${String(n).padStart(4, '0')}`;
}
