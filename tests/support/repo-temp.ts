import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../localcloud';

/**
 * A fresh folder under .localcloud/tmp, inside the repo so that built bundles resolve wx-server-sdk from
 * its node_modules as dist/ does. Creates .localcloud/tmp first: a fresh clone has no .localcloud yet.
 */
export function makeRepoTempDir(prefix: string): string {
  const tmpRoot = path.join(REPO_ROOT, '.localcloud', 'tmp');
  fs.mkdirSync(tmpRoot, { recursive: true });
  return fs.mkdtempSync(path.join(tmpRoot, prefix));
}
