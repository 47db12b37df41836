/** `npm run localcloud:reset [-- --data DIR]`: empties the local cloud's data folder (database, files, secret). */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const REPO_ROOT = path.resolve(__dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = path.resolve(values.data ?? path.join(REPO_ROOT, '.localcloud', 'data'));

// Refuse anything that is not plainly a local-cloud data folder: this deletes recursively.
if (dataDir === path.parse(dataDir).root || dataDir === REPO_ROOT || !fs.existsSync(dataDir)) {
  console.log(`nothing to reset at ${dataDir}`);
} else {
  fs.rmSync(dataDir, { recursive: true, force: true });
  console.log(`emptied ${dataDir}`);
}
