/**
 * Re-encoding uploaded photos from their pixels (cloudfunctions/_kernel/uploads/reencode.ts), against the
 * cloud function's limits: 256 MB of memory and the timeout of the functions that store photos.
 *   photo_1mb    a 1 MB phone-like photo, 2048 x 1536 (what `chooseImage` "compressed" hands over at most)
 *   photo_12mp   a 12 MP phone original (4000 x 3000) squeezed under 1 MB: shrunk to 2048 px while decoded
 *   png_1mp      a 1000 x 1000 PNG screenshot-like picture
 * Each kind runs in a process of its own (one function instance); peak memory is that process's max RSS,
 * the Node runtime included. 50 samples a kind, not 1,000: the machine is shared.
 * Run: npm run bench -- uploads   (writes bench/results/uploads.json)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { writeResults } from './support/figures';
import { photoJpeg } from './support/photo-samples';
import { sized } from './support/smoke';

const SAMPLES = sized(50, 3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-bench-uploads-'));

function pngSample(): Buffer {
  const png = new PNG({ width: 1000, height: 1000 });
  for (let i = 0; i < png.data.length; i += 4) {
    const p = i / 4;
    png.data.set([(p * 7) % 256, (p >> 10) % 256, 200, 255], i);
  }
  return PNG.sync.write(png);
}

const kinds: [string, Buffer][] = [
  ['photo_1mb', photoJpeg(2048, 1536, 80, 36)],
  ['photo_12mp', photoJpeg(4000, 3000, 30, 10)],
  ['png_1mp', pngSample()],
];

const results: Record<string, number> = {};
const q = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 10) / 10;
for (const [name, bytes] of kinds) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const out = execFileSync(
    'npx',
    ['tsx', path.join(__dirname, 'support', 'reencode-worker.ts'), file, String(SAMPLES)],
    {
      encoding: 'utf8',
    },
  );
  const run = JSON.parse(out.trim().split('\n').pop() as string) as {
    times: number[];
    baselineRssMb: number;
    peakRssMb: number;
    outBytes: number;
  };
  const sorted = [...run.times].sort((a, b) => a - b);
  results[`${name}_in_kb`] = Math.round(bytes.length / 1024);
  results[`${name}_out_kb`] = Math.round(run.outBytes / 1024);
  results[`${name}_p50_ms`] = q(sorted, 0.5);
  results[`${name}_p95_ms`] = q(sorted, 0.95);
  results[`${name}_baseline_rss_mb`] = Math.round(run.baselineRssMb);
  results[`${name}_peak_rss_mb`] = Math.round(run.peakRssMb);
}
fs.rmSync(dir, { recursive: true, force: true });
console.table(results);
console.log('(the machine is shared with other sessions: times are an upper bound)');
writeResults('uploads', results);
