import { AppError } from '../../../types/common/errors';
import type { RequestDoc, TimelineEvent } from '../../../types/requests/model';
import type { Change } from '../../../types/requests/step-change';
import type { ActionContext } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { inTransaction, txGet } from '../../_kernel/transaction';

/**
 * Applies one step to a request in a transaction: reads it, refuses a stale `version` (someone acted
 * first: CONFLICT), lets `decide` check and describe the step on the fresh document, then writes the
 * whole document with the events appended and the version incremented. Either all of it is written or
 * nothing; two staff acting at once: one wins, the other gets CONFLICT, no event is lost.
 */
export async function changeRequest(
  ctx: ActionContext,
  id: string,
  version: number,
  decide: (doc: RequestDoc) => Change,
): Promise<{ before: RequestDoc; after: RequestDoc; events: TimelineEvent[] }> {
  return inTransaction(ctx.db, async (tx) => {
    const doc = await txGet<RequestDoc>(tx, 'requests', id);
    if (!doc) throw new AppError('NOT_FOUND', '没有找到该诉求', 'id');
    if (doc.version !== version) throw new AppError('CONFLICT', '内容已被他人修改，请刷新后重试');
    const change = decide(doc);
    const events: TimelineEvent[] = change.events.map((e) => ({ ...e, id: newId().slice(0, 12), at: ctx.now }));
    const after: RequestDoc = {
      ...doc,
      ...change.set,
      timeline: [...doc.timeline, ...events],
      version: doc.version + 1,
      updatedAt: ctx.now,
    };
    const { _id, ...body } = after;
    await tx.collection('requests').doc(_id).set({ data: body });
    return { before: doc, after, events };
  });
}
