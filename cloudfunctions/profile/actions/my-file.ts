import { myFile } from '../../../types/profile/queries';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { orgsById, placeName } from '../../_domain/orgs';
import { assertConsenting, ownFile } from '../../_domain/dossier/actor';
import { loadFile } from '../../_domain/dossier/load-file';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { fileStaffIds, staffNames, toCorrectionView, toFileView } from '../../_domain/dossier/views';

/** 我的档案: my own file (or one I act for), masked, with my corrections still waiting. */
export default defineAction(myFile, async ({ forVeteranId }, ctx) => {
  const { db, read, now } = ctx;
  const { veteranId, actor } = ownFile(await ctx.caller(), forVeteranId);
  const file = await loadFile(read, veteranId);
  if (actor.kind === 'proxy') assertConsenting(file);
  const [settings, orgs, names, pending] = await Promise.all([
    loadLedgerSettings(read),
    orgsById(db, read, file.orgPath),
    staffNames(db, read, fileStaffIds(file)),
    read.many<CorrectionDoc>(
      'corrections',
      { veteranId, status: 'pending' },
      { orderBy: [['createdAt', 'desc']], limit: 50 },
    ),
  ]);
  return {
    file: toFileView(file, placeName(orgs, file.orgPath), settings, now, names),
    pending: pending.map((c) => toCorrectionView(c)),
    actingFor: actor.kind === 'proxy',
  };
});
