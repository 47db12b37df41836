/**
 * `npx tsx bench/export-job.ts [full|x10]` (x10 unless named; tiny in a smoke run): the district's whole
 * ledger export (masked) as a job on a copy of the scale bench's store of that size (generated once,
 * bench/support/scale-store.ts), one step a call: each step's time, the parts and the total
 * (bench/support/scale-actions.ts `exportJob`). Local engine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_FUNCTIONS_DIR, startLocalCloud } from '../localcloud';
import type { SeedSize } from '../seed/proportions';
import { exportJob } from './support/scale-actions';
import { ensureScaleStore, SCALE_NOW } from './support/scale-store';
import { sized } from './support/smoke';

async function main(): Promise<void> {
  const size = (process.argv[2] ?? sized('x10', 'tiny')) as SeedSize;
  const { dir } = await ensureScaleStore(size);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `export-job-${size}-`));
  fs.cpSync(dir, scratch, { recursive: true });
  const lc = await startLocalCloud({
    dataDir: scratch,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    enableTriggers: false,
    clock: SCALE_NOW,
  });
  try {
    const admin = (
      lc.db.browse('staff', JSON.stringify({ role: 'district_staff', isAdmin: true }), 0, 1).docs[0] as {
        openid: string;
      }
    ).openid;
    const files = lc.db.browse('veterans', JSON.stringify({ lifeStatus: 'in_district' }), 0, 1).total;
    console.log(`${size}: ${files} files 在册`);
    console.log(JSON.stringify(await exportJob(lc, admin, console.log)));
  } finally {
    await lc.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
