import type { Actor, ChangeAction, FileChangeDoc } from '../../../types/veteran/records';
import type { ChangeView } from '../../../types/veteran/views';
import { newId } from '../../_kernel/ids';

/** One entry of a file's history (written with the change, inside its transaction where there is one). */
export function changeEntry(
  veteranId: string,
  actor: Actor,
  action: ChangeAction,
  changes: ChangeView[],
  at: Date,
  extra: { note?: string; onBehalf?: boolean } = {},
): FileChangeDoc {
  return {
    _id: newId(),
    veteranId,
    at,
    actor,
    action,
    changes,
    note: extra.note ?? '',
    onBehalf: extra.onBehalf ?? false,
  };
}

export async function fileHistory(
  read: import('../../_kernel/store').Reader,
  veteranId: string,
  limit = 100,
): Promise<FileChangeDoc[]> {
  return read.many<FileChangeDoc>('fileChanges', { veteranId }, { orderBy: [['at', 'desc']], limit });
}
