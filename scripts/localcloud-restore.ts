/**
 * `npm run localcloud:restore -- FILE [--data DIR]`: brings a backup of `npm run localcloud:backup` back
 * into a stopped local cloud's data folder (default .localcloud/data). Refused while a local cloud runs
 * on it. What was there before is moved to `<DIR>.before-restore-<time>`, not deleted.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../localcloud';
import { restoreBackup } from '../localcloud/backup/restore-backup';

function main(): void {
  const { values, positionals } = parseArgs({ options: { data: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new Error('用法: npm run localcloud:restore -- <备份文件> [--data <数据目录>]');
  const result = restoreBackup(path.resolve(positionals[0]), path.resolve(values.data ?? DEFAULT_DATA_DIR));
  console.log(
    `restored into ${result.dataDir}: ${result.documents} documents, ${result.files} stored files (backup taken at ${result.createdAt})`,
  );
  if (result.previous) console.log(`the data that was there is kept in ${result.previous}`);
}

try {
  main();
} catch (err) {
  console.error(`[localcloud:restore] ${(err as Error).message}`);
  process.exit(1);
}
