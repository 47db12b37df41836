import { shanghaiDay } from '../../../types/common/shanghai-time';
import { exportLedger } from '../../../types/ledger/transfer';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { nodeFor } from '../../_domain/jurisdiction';
import { newId } from '../../_kernel/ids';
import { writeAudit } from '../../_domain/dossier/audit';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { filesUnder } from '../jurisdiction/scope';
import { EXPORT_HEADERS, exportRow } from '../xlsx/columns';
import { sheetWriter } from '../xlsx/write-sheet';

const PAGE = 1000;
const URL_SECONDS = 600;

/**
 * The jurisdiction's ledger as .xlsx in cloud storage, handed out as a 10-minute link. Masked, or full
 * for street and district staff who ask and give a reason. Files are read in id order, 1,000 at a time.
 */
export default defineAction(exportLedger, async ({ orgId, full, reason }, ctx) => {
  const { db, read, now, _ } = ctx;
  const me = await ctx.caller();
  const org = await nodeFor(ctx, orgId ?? null, full ? 'ledger:full' : 'ledger:read');
  const settings = await loadLedgerSettings(read);
  const orgs = new Map<string, OrgDoc>();
  for (let skip = 0; ; skip += PAGE) {
    const page = await read.many<OrgDoc>(
      'orgs',
      { kind: _.in(['street', 'community', 'grid']) },
      { skip, limit: PAGE, orderBy: [['_id', 'asc']] },
    );
    for (const o of page) orgs.set(o._id, o);
    if (page.length < PAGE) break;
  }
  const pii = full ? ctx.pii() : null;
  const sheet = sheetWriter('台账', EXPORT_HEADERS);
  let rows = 0;
  for (let last = ''; ; ) {
    const where = last ? { ...filesUnder(org), _id: _.gt(last) } : filesUnder(org);
    const page = await read.many<VeteranDoc>('veterans', where, { orderBy: [['_id', 'asc']], limit: PAGE });
    for (const f of page)
      sheet.add(
        exportRow(
          f,
          f.orgPath.slice(1).map((id) => orgs.get(id)?.name ?? ''),
          settings,
          now,
          pii,
        ),
      );
    rows += page.length;
    if (page.length < PAGE) break;
    last = page[page.length - 1]._id;
  }
  const content = await sheet.finish();
  const stamp = shanghaiDay(now);
  const upload = (await ctx.sdk.uploadFile({
    cloudPath: `exports/${org._id}/${stamp}-${full ? 'full' : 'masked'}-${newId()}.xlsx`,
    fileContent: content,
  })) as { fileID: string };
  const link = (await ctx.sdk.getTempFileURL({ fileList: [{ fileID: upload.fileID, maxAge: URL_SECONDS }] })) as {
    fileList: { tempFileURL: string }[];
  };
  await writeAudit(db, me, {
    kind: 'export',
    targetId: org._id,
    orgPath: org.path,
    field: full ? 'full' : 'masked',
    reason,
    at: now,
    rows,
  });
  return {
    url: link.fileList[0].tempFileURL,
    fileID: upload.fileID,
    rows,
    masked: !full,
    expiresAt: new Date(now.getTime() + URL_SECONDS * 1000).toISOString(),
  };
});
