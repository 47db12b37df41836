import { markKeyGroup } from '../../../types/ledger/edits';
import { KEY_GROUP_LABELS } from '../../../types/veteran/ledger-rules';
import { defineAction } from '../../_kernel/action';
import { staffActor } from '../../_domain/dossier/actor';
import { changeEntry } from '../../_domain/dossier/history';
import { loadFile } from '../../_domain/dossier/load-file';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';

/** Mark or unmark a key group with its reason; who set it and when stay on the mark and in the history. */
export default defineAction(markKeyGroup, async ({ veteranId, group, on, reason }, ctx) => {
  const { db, read, now, _ } = ctx;
  const file = await loadFile(read, veteranId);
  const me = await ctx.authorize('file:keep', file);
  const actor = staffActor(me, file.orgPath);
  const was = Boolean(file.keyGroups?.[group]);
  if (was !== on) {
    const keyGroups = { ...file.keyGroups };
    if (on) keyGroups[group] = { reason, setBy: actor.id, setAt: now };
    else delete keyGroups[group];
    await db
      .collection('veterans')
      .doc(veteranId)
      .update({ data: { keyGroups: _.set(keyGroups), updatedAt: now, version: _.inc(1) } });
    const change = { label: KEY_GROUP_LABELS[group], before: was ? '是' : '否', after: on ? '是' : '否' };
    const { _id, ...entry } = changeEntry(veteranId, actor, 'keyGroup', [change], now, { note: reason });
    await db.collection('fileChanges').doc(_id).set({ data: entry });
    await refreshGridStats(ctx, [file.gridId]);
  }
  return { marked: on };
});
