/** `npm run localcloud:reset [-- --data DIR]`: empties the local cloud's data folder (database, files, secret). */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DataLock } from '../localcloud/backup/data-lock';

const REPO_ROOT = path.resolve(__dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = path.resolve(values.data ?? path.join(REPO_ROOT, '.localcloud', 'data'));

// Refuse anything that is not plainly a local-cloud data folder: this deletes recursively.
if (dataDir === path.parse(dataDir).root || dataDir === REPO_ROOT || !fs.existsSync(dataDir)) {
  console.log(`nothing to reset at ${dataDir}`);
} else if (DataLock.holder(dataDir)) {
  // Deleting the folder under a running local cloud would leave it serving data that is no longer there.
  const holder = DataLock.holder(dataDir);
  console.error(
    `[localcloud:reset] ${dataDir} 正被进程 ${holder?.pid} 使用（${holder?.url ?? holder?.purpose}）：先停止它`,
  );
  process.exit(1);
} else {
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`emptied ${dataDir}`);
}
