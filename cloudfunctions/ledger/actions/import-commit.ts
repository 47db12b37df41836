import { importCommit } from '../../../types/ledger/transfer';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { staffActor } from '../../_domain/dossier/actor';
import { writeAudit } from '../../_domain/dossier/audit';
import { changeEntry } from '../../_domain/dossier/history';
import { refreshGridStats } from '../../_domain/dossier/refresh-stats';
import { analyseSheet } from '../import/analyse';
import { addMissing } from '../../_kernel/add-missing';
import { downloadSheet } from '../import/download';

const BATCH = 500;

/**
 * Creates the files the dry run accepts (rows with problems are skipped and reported). A file's id comes
 * from its ID hash, and people already filed are skipped, so importing the same sheet twice creates nothing.
 *
 * A batch may fail part way (a timeout, or an add() of an array that keeps a prefix: CloudBase does not
 * say), so every write is one a re-run completes without duplicating: each file's import entry has an id
 * of its own (`<file id>__import`) and is written BEFORE the file, only where missing; a re-run finds the
 * people not filed yet and writes what they lack. A failed commit is retried by importing the sheet again.
 */
export default defineAction(importCommit, async ({ fileID }, ctx) => {
  const { db, now } = ctx;
  // The widest seat allowed to import: the district's before a street's, a street's before a station's.
  const { me, seat } = await ctx.authorizeSeat('ledger:import');
  const { report, toCreate } = await analyseSheet(ctx, me, await downloadSheet(ctx, fileID), true);
  const actor = { ...staffActor(me, seat.orgPath), kind: 'import' as const };
  const batchId = newId();
  for (let i = 0; i < toCreate.length; i += BATCH) {
    const files = toCreate.slice(i, i + BATCH);
    const entries = files.map((f) => ({
      ...changeEntry(f._id, actor, 'import', [], now, { note: `台账导入（批次 ${batchId.slice(0, 8)}）` }),
      _id: importEntryId(f._id),
    }));
    await addMissing(db, ctx.read, 'fileChanges', entries);
    await addMissing(db, ctx.read, 'veterans', files);
  }
  await writeAudit(db, me, {
    kind: 'import',
    targetId: seat.orgId,
    orgPath: seat.orgPath,
    field: '',
    reason: `导入 ${toCreate.length} 人`,
    at: now,
    rows: toCreate.length,
  });
  await refreshGridStats(
    ctx,
    toCreate.map((f) => f.gridId),
  );
  return { ...report, created: toCreate.length };
});

/** A file's one import entry: deterministic, so a re-run of a failed commit never writes it twice. */
const importEntryId = (veteranId: string): string => `${veteranId}__import`;
