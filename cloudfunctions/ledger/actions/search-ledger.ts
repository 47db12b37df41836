import { searchLedger } from '../../../types/ledger/search';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { nodeFor } from '../../_domain/jurisdiction';
import { orgName, orgsById, placeName } from '../../_domain/orgs';
import { loadLedgerSettings } from '../../_domain/dossier/settings';
import { filesUnder } from '../jurisdiction/scope';
import { searchWhere } from '../jurisdiction/search-filter';
import { ROW_FIELDS, rosterRow } from '../jurisdiction/rows';

/** 台账 search over the caller's jurisdiction: one page, masked, with the total. */
export default defineAction(searchLedger, async (input, ctx) => {
  const { db, read, now } = ctx;
  const org = await nodeFor(ctx, input.orgId ?? null, 'ledger:read');
  const where = searchWhere(ctx, ctx.pii, filesUnder(org), input.query, input.filter);
  const [settings, files, total] = await Promise.all([
    loadLedgerSettings(read),
    read.many<VeteranDoc>('veterans', where, {
      fields: ROW_FIELDS,
      orderBy: [['_id', 'asc']],
      skip: (input.page - 1) * input.pageSize,
      limit: input.pageSize,
    }),
    read.count('veterans', where),
  ]);
  const orgs = await orgsById(
    db,
    read,
    files.flatMap((f) => f.orgPath.slice(1)),
  );
  return {
    items: files.map((f) => ({
      ...rosterRow(f, settings, now),
      gridName: orgName(orgs, f.gridId),
      placeName: placeName(orgs, f.orgPath),
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
});
