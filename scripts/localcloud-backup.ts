/**
 * `npm run localcloud:backup [-- --data DIR] [--out FILE]`: a consistent snapshot of the local cloud's data
 * (database and stored files) in one file, default `.localcloud/backups/vetgrid-<time>.sqlite`, taken
 * while the local cloud runs and takes writes (or of a stopped one's folder).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, REPO_ROOT } from '../localcloud';
import { backupDataDir } from '../localcloud/backup/backup-data-dir';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
  const dataDir = path.resolve(values.data ?? DEFAULT_DATA_DIR);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outFile = path.resolve(values.out ?? path.join(REPO_ROOT, '.localcloud', 'backups', `vetgrid-${stamp}.sqlite`));
  const summary = await backupDataDir(dataDir, outFile);
  console.log(
    `backup: ${summary.file}\n  ${summary.collections} collections, ${summary.documents} documents, ${summary.files} stored files, ${(summary.bytes / 1e6).toFixed(1)} MB, taken at ${summary.createdAt}`,
  );
}

main().catch((err) => {
  console.error(`[localcloud:backup] ${(err as Error).message}`);
  process.exit(1);
});
