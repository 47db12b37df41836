import { fileDetail } from '../../../types/ledger/roster';
import type { CorrectionDoc } from '../../../types/veteran/records';
import { defineAction } from '../../_kernel/action';
import { orgsById, placeName } from '../../_domain/orgs';
import { writeAudit } from '../../_domain/dossier/audit';
import { fileHistory } from '../../_domain/dossier/history';
import { loadFile } from '../../_domain/dossier/load-file';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { fileStaffIds, staffNames, toCorrectionView, toFileView, toHistoryView } from '../../_domain/dossier/views';
import { tempUrls } from '../../_kernel/uploads/temp-urls';

/**
 * The file page for the grid team and staff. Each opening is logged: the person sees who looked. Party
 * membership is not theirs to read (it shows 仅党组织可见).
 */
export default defineAction(fileDetail, async ({ veteranId }, ctx) => {
  const { db, read, now } = ctx;
  const file = await loadFile(read, veteranId);
  const me = await ctx.authorize('file:keep', file);
  const [settings, orgs, names, corrections, history] = await Promise.all([
    loadLedgerSettings(read),
    orgsById(db, read, file.orgPath),
    staffNames(db, read, fileStaffIds(file)),
    read.many<CorrectionDoc>(
      'corrections',
      { veteranId, status: 'pending' },
      { orderBy: [['createdAt', 'desc']], limit: 50 },
    ),
    fileHistory(read, veteranId, 50),
  ]);
  // The grid team deciding a correction sees its evidence photo (a short-lived link).
  const photos = await tempUrls(
    ctx,
    corrections.flatMap((c) => (c.photoFileId ? [c.photoFileId] : [])),
  );
  await writeAudit(db, me, {
    kind: 'view',
    targetId: veteranId,
    orgPath: file.orgPath,
    field: '',
    reason: '查看档案',
    at: now,
  });
  return {
    file: toFileView(file, placeName(orgs, file.orgPath), settings, now, names, { hideParty: true }),
    corrections: corrections.map((c) => toCorrectionView(c, photos)),
    history: history.map(toHistoryView),
  };
});
