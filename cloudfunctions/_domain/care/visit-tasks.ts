import type { VeteranDoc } from '../../../types/veteran/model';
import type { TaskSource, VisitTaskDoc } from '../../../types/care/model';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';
import { careSettingsOf } from './settings';
import { DAY_MS } from '../../../types/common/shanghai-time';
import { newId } from '../../_kernel/ids';

export interface VisitTaskRequest {
  veteranId: string;
  /** A key of the district's six mandatory occasions (careSettings), e.g. 'illness', 'bereavement'. */
  occasion: string;
  source: TaskSource;
  /** The request or file change that raised it; with it the task is idempotent (one per source and occasion). */
  sourceId?: string | null;
  note?: string;
  /** Who raised it (a staff id or openid), for the record. */
  createdBy: string;
}

/**
 * Creates a six-mandatory-visit task (六必访) for the veteran's grid, due after the occasion's configured
 * days. Callable by any feature's action (requests: a handler marks an occasion; ledger: a death recorded
 * on a file). The caller has already authorised its own action; this checks only that the occasion is
 * enabled. Raising the same source twice returns the existing task.
 */
export async function createVisitTask(ctx: ActionContext, req: VisitTaskRequest): Promise<VisitTaskDoc> {
  const veteran = await ctx.read.byId<VeteranDoc>('veterans', req.veteranId);
  if (!veteran) throw new AppError('NOT_FOUND', '没有找到该退役军人', 'veteranId');
  const settings = await careSettingsOf(ctx.read, veteran.orgPath[0]);
  const occasion = settings.occasions.find((o) => o.key === req.occasion && o.enabled);
  if (!occasion) throw new AppError('INVALID_INPUT', '该事由不在本区的六必访事由中', 'occasion');
  const id = req.sourceId ? `${req.source}-${req.sourceId}-${req.occasion}`.slice(0, 64) : newId();
  if (req.sourceId) {
    const existing = await ctx.read.byId<VisitTaskDoc>('visitTasks', id);
    if (existing) return existing;
  }
  const task: VisitTaskDoc = {
    _id: id,
    veteranId: veteran._id,
    veteranName: veteran.name,
    orgPath: veteran.orgPath,
    gridId: veteran.gridId,
    occasion: occasion.key,
    occasionLabel: occasion.label,
    source: req.source,
    sourceId: req.sourceId ?? null,
    note: req.note ?? '',
    dueAt: new Date(ctx.now.getTime() + occasion.dueDays * DAY_MS),
    status: 'open',
    visitId: null,
    doneAt: null,
    createdBy: req.createdBy,
    createdAt: ctx.now,
  };
  await ctx.db
    .collection('visitTasks')
    .doc(id)
    .set({ data: withoutId(task) });
  return task;
}

function withoutId<T extends { _id: string }>(doc: T): Omit<T, '_id'> {
  const { _id: _omit, ...rest } = doc;
  return rest;
}
