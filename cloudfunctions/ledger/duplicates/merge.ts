import { AppError } from '../../../types/common/errors';
import type { VeteranDoc } from '../../../types/veteran/model';
import type { ActionContext } from '../../_kernel/action';
import type { Caller } from '../../_kernel/caller';
import { inTransaction, txGet } from '../../_kernel/transaction';
import { orgsById, placeName } from '../../_domain/orgs';
import { staffActor } from '../../_domain/dossier/actor';
import { changeEntry } from '../../_domain/dossier/history';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';
import { MERGE_CAP, ownedRecords, pinnedRecords } from './records';
import { followerCount, followersOf, moveFollowers } from './followers';

const CHANGED = '档案已被他人修改，请刷新后再处理';

/**
 * Two files of one person become one: `retire`'s history moves to `keep`, `retire` is archived in
 * `mergedFiles` and leaves `veterans`, all in one transaction that re-reads both versions. A WeChat account
 * bound to the retired file is bound to the kept one; family members acting for it, unused proxy codes and
 * pending registrations matched to it name the kept one (followers.ts). Answers how many records moved.
 */
export async function mergeFiles(
  ctx: ActionContext,
  me: Caller,
  keep: VeteranDoc,
  retire: VeteranDoc,
  versions: { keep: number; retire: number },
  note: string,
): Promise<number> {
  const { db, read, now } = ctx;
  if (keep._id === retire._id) throw new AppError('INVALID_INPUT', '请选择两份不同的档案', 'retireId');
  if (!keep.idHash || keep.idHash !== retire.idHash)
    throw new AppError('PRECONDITION_FAILED', '这两份档案的身份证号不同，不能合并', 'retireId');
  if (keep.version !== versions.keep || retire.version !== versions.retire) throw new AppError('CONFLICT', CHANGED);
  const pinned = await pinnedRecords(read, retire._id);
  if (pinned.length)
    throw new AppError(
      'PRECONDITION_FAILED',
      `要合并掉的档案${pinned.join('、')}，请保留这一份，把另一份合并进来`,
      'retireId',
    );
  if (keep.openid && retire.openid && keep.openid !== retire.openid)
    throw new AppError('PRECONDITION_FAILED', '两份档案各绑定了一个微信，请先为其中一份解除绑定', 'retireId');
  const [owned, followers] = await Promise.all([
    ownedRecords(read, retire._id),
    followersOf(read, retire._id, MERGE_CAP),
  ]);
  const moved = owned.reduce((n, [, ids]) => n + ids.length, 0);
  if (moved + followerCount(followers) > MERGE_CAP)
    throw new AppError(
      'PRECONDITION_FAILED',
      `要合并掉的档案有${moved + followerCount(followers)}条记录，超过一次合并的上限${MERGE_CAP}条`,
    );
  const actor = staffActor(me, keep.orgPath);
  const orgs = await orgsById(db, read, [...keep.orgPath, ...retire.orgPath]);
  const gone = `${retire.name}（${placeName(orgs, retire.orgPath)}，编号${retire._id}）`;
  const bindAccount = retire.openid && !keep.openid ? retire.openid : null;

  await inTransaction(db, async (tx) => {
    const [k, r] = await Promise.all([
      txGet<VeteranDoc>(tx, 'veterans', keep._id),
      txGet<VeteranDoc>(tx, 'veterans', retire._id),
    ]);
    if (!k || !r || k.version !== keep.version || r.version !== retire.version) throw new AppError('CONFLICT', CHANGED);
    for (const [collection, ids] of owned)
      for (const id of ids)
        await tx
          .collection(collection)
          .doc(id)
          .update({ data: { veteranId: keep._id } });
    const { _id: _ignored, ...archived } = retire;
    await tx
      .collection('mergedFiles')
      .doc(retire._id)
      .set({ data: { ...archived, mergedInto: keep._id, mergedAt: now, mergedBy: actor.id, mergeNote: note } });
    await tx.collection('veterans').doc(retire._id).remove();
    await tx
      .collection('veterans')
      .doc(keep._id)
      .update({
        data: {
          updatedAt: now,
          version: keep.version + 1,
          ...(bindAccount ? { openid: bindAccount, boundAt: retire.boundAt ?? now } : {}),
        },
      });
    if (bindAccount)
      await tx
        .collection('accounts')
        .doc(bindAccount)
        .update({ data: { veteranId: keep._id } });
    const proxies = await moveFollowers(
      tx,
      followers,
      { _id: keep._id, openid: keep.openid ?? bindAccount },
      retire._id,
    );
    const { _id, ...entry } = changeEntry(
      keep._id,
      actor,
      'merge',
      [
        { label: '合并的档案', before: gone, after: `已并入本档案，转入记录${moved}条` },
        ...(proxies ? [{ label: '代办人', before: '', after: `${proxies}位代办人随档案转入，可继续代办` }] : []),
      ],
      now,
      { note },
    );
    await tx.collection('fileChanges').doc(_id).set({ data: entry });
  });
  await refreshGridStats(ctx, [keep.gridId, retire.gridId]);
  return moved;
}
