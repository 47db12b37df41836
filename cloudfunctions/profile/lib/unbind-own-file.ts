import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ChangeAction } from '../../../types/veteran/records';
import type { ActionContext } from '../../_kernel/action';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { changeEntry } from '../../_domain/dossier/history';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';

/**
 * The caller's WeChat account leaves their own file, in one transaction: the file loses its openid (plus any
 * `mark`), the account its veteranId, and the file's history records why. The file itself stays.
 */
export async function unbindOwnFile(
  ctx: ActionContext,
  action: ChangeAction,
  note: string,
  mark: Partial<VeteranDoc> = {},
): Promise<void> {
  const me = await ctx.caller();
  if (!me.veteran) throw new AppError('NOT_FOUND', '您的微信没有绑定档案');
  const veteranId = me.veteran._id;
  const gridId = me.veteran.gridId;
  await inTransaction(ctx.db, async (tx) => {
    const file = await txGet<VeteranDoc>(tx, 'veterans', veteranId);
    if (!file || file.openid !== me.openid) throw new AppError('NOT_FOUND', '您的微信没有绑定档案');
    await tx
      .collection('veterans')
      .doc(veteranId)
      .update({ data: { ...mark, openid: null, boundAt: null, updatedAt: ctx.now, version: file.version + 1 } });
    await tx
      .collection('accounts')
      .doc(me.openid)
      .update({ data: { veteranId: null } });
    const { _id, ...entry } = changeEntry(
      veteranId,
      { kind: 'veteran', id: me.openid, name: file.name },
      action,
      [],
      ctx.now,
      { note },
    );
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  // The file leaves its notices' audience (rollups).
  await refreshGridStats(ctx, [gridId]);
}
