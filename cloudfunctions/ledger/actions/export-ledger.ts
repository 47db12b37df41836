import { shanghaiDay } from '../../../types/common/shanghai-time';
import { exportLedger } from '../../../types/ledger/transfer';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { nodeFor } from '../../_domain/jurisdiction';
import { writeAudit } from '../../_domain/dossier/audit';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { filesUnder } from '../jurisdiction/scope';
import { searchWhere } from '../jurisdiction/search-filter';
import { EXPORT_HEADERS, exportRow } from '../xlsx/columns';
import { exportSheet } from '../../_kernel/export-sheet';

const PAGE = 1000;

/**
 * The jurisdiction's ledger as .xlsx in cloud storage, handed out as a 10-minute link. Masked, or full
 * for street and district staff who ask and give a reason. The rows are the files searchLedger lists for
 * the same query and filter (one where-clause), read in id order, 1,000 at a time.
 */
export default defineAction(exportLedger, async ({ orgId, full, reason, query, filter }, ctx) => {
  const { db, read, now, _ } = ctx;
  const me = await ctx.caller();
  const org = await nodeFor(ctx, orgId ?? null, full ? 'ledger:full' : 'ledger:export');
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
  const sheet = exportSheet('台账', EXPORT_HEADERS, { plain: true });
  const listed = searchWhere(ctx, ctx.pii, filesUnder(org), query, filter);
  for (let last = ''; ; ) {
    const where = last ? { ...listed, _id: _.gt(last) } : listed;
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
    if (page.length < PAGE) break;
    last = page[page.length - 1]._id;
  }
  const file = await sheet.finish(ctx, `${org.name}台账${full ? '（完整）' : ''}_${shanghaiDay(now)}.xlsx`);
  const rows = sheet.rows;
  await writeAudit(db, me, {
    kind: 'export',
    targetId: org._id,
    orgPath: org.path,
    field: full ? 'full' : 'masked',
    reason,
    at: now,
    rows,
  });
  return { ...file, rows, masked: !full };
});
