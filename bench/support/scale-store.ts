/**
 * The generated stores the scale benchmark runs against, one per size, generated once and reused while the
 * generator is unchanged. A store is a local cloud data folder, `.localcloud/scale/<size>/` (git-ignored),
 * with `stamp.json` beside it: the generator's version (a hash of every file under seed/, of the rollup and
 * grid-row code the seed shares with the functions, the care and activity rows' shapes (types/care/monthly.ts, types/activities/monthly.ts), the PII module and the district's NOW), when and how fast it was loaded, and its size on disk. A stamp that
 * does not match means the folder is generated again (x10: minutes, about 2 GB).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FUNCTIONS_DIR, REPO_ROOT, startLocalCloud } from '../../localcloud';
import { DEV_PII_KEY } from '../../cloudfunctions/_kernel/pii';
import { generateDemoDistrict } from '../../seed/demo-district';
import { SEEDED_COLLECTIONS } from '../../seed/load';
import type { SeedSize } from '../../seed/proportions';

/** The instant the scale districts are generated at (and the clock their local clouds run on). */
export const SCALE_NOW = new Date('2025-06-15T02:00:00Z');

export const SCALE_ROOT = path.join(REPO_ROOT, '.localcloud', 'scale');

export interface ScaleStamp {
  size: SeedSize;
  version: string;
  generatedAt: string;
  documents: number;
  /** Generating the district in memory and importing it into a fresh store. */
  loadMs: number;
  diskBytes: number;
}

/** Files whose content decides what a generated store holds. */
function generatorFiles(): string[] {
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      .filter((f) => f.endsWith('.ts'));
  return [
    ...walk(path.join(REPO_ROOT, 'seed')),
    path.join(REPO_ROOT, 'cloudfunctions/_domain/rollups/counts.ts'),
    path.join(REPO_ROOT, 'types/care/monthly.ts'),
    path.join(REPO_ROOT, 'types/activities/monthly.ts'),
    path.join(REPO_ROOT, 'cloudfunctions/_domain/dossier/grid-stats.ts'),
    path.join(REPO_ROOT, 'cloudfunctions/_kernel/pii.ts'),
  ].sort();
}

/** The generator's version: a hash of its sources, the size and the instant. */
export function generatorVersion(size: SeedSize): string {
  const hash = crypto.createHash('sha256').update(`${size} ${SCALE_NOW.toISOString()}\n`);
  for (const f of generatorFiles()) hash.update(path.relative(REPO_ROOT, f)).update('\0').update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

export function diskBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? diskBytes(p) : fs.statSync(p).size;
  }
  return total;
}

function readStamp(dir: string): ScaleStamp | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'stamp.json'), 'utf8')) as ScaleStamp;
  } catch {
    return null;
  }
}

/**
 * The data folder of the store of `size`, generated first when missing or stale. Generation writes into a
 * fresh sibling folder and renames it in place at the end, so a run cut short never leaves a half store
 * that looks current.
 */
export async function ensureScaleStore(
  size: SeedSize,
  log: (line: string) => void = console.log,
): Promise<{ dir: string; stamp: ScaleStamp; generated: boolean }> {
  const dir = path.join(SCALE_ROOT, size);
  const version = generatorVersion(size);
  const existing = readStamp(dir);
  if (existing && existing.version === version && fs.existsSync(path.join(dir, 'db.sqlite')))
    return { dir, stamp: existing, generated: false };
  const fresh = `${dir}.generating-${process.pid}`;
  fs.rmSync(fresh, { recursive: true, force: true });
  fs.mkdirSync(fresh, { recursive: true });
  log(`generating the ${size} store (generator ${version}) in ${path.relative(REPO_ROOT, fresh)}`);
  const t0 = performance.now();
  const cloud = await startLocalCloud({
    dataDir: fresh,
    functionsDir: DEFAULT_FUNCTIONS_DIR,
    enableTriggers: false,
    clock: SCALE_NOW,
  });
  let documents = 0;
  try {
    const { demoPeople: _people, ...docs } = generateDemoDistrict(size, { piiKey: DEV_PII_KEY, now: SCALE_NOW });
    log(`  generated in memory after ${((performance.now() - t0) / 1000).toFixed(0)} s; importing into SQLite`);
    // Straight into SQLite (the SDK path takes ~3 s a 1,000 documents here at this size: most of an hour).
    for (const name of SEEDED_COLLECTIONS)
      documents += cloud.db.importDocuments(
        name,
        docs[name] as unknown as Parameters<typeof cloud.db.importDocuments>[1],
      );
  } finally {
    await cloud.close();
  }
  const loadMs = Math.round(performance.now() - t0);
  const stamp: ScaleStamp = {
    size,
    version,
    generatedAt: new Date().toISOString(),
    documents,
    loadMs,
    diskBytes: diskBytes(fresh),
  };
  fs.writeFileSync(path.join(fresh, 'stamp.json'), `${JSON.stringify(stamp, null, 2)}\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(fresh, dir);
  log(`  ${documents} documents in ${(loadMs / 1000).toFixed(0)} s, ${(stamp.diskBytes / 1e9).toFixed(2)} GB`);
  return { dir, stamp, generated: true };
}
