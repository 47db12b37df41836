/**
 * `npm run bench` runs every benchmark in bench/ (`npm run bench -- NAME` runs one). Each prints a table
 * and writes bench/results/NAME.json as { "figure": value, ... }. `--smoke` runs them small, to show that each
 * still runs to the end (bench/support/smoke.ts); `npm test` does that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runStep } from './run-step';

const benchDir = path.resolve(__dirname, '..', 'bench');
const all = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .sort();
const args = process.argv.slice(2);
const smoke = args.includes('--smoke');
const wanted = args.filter((a) => a !== '--smoke');
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`没有这个基准测试：${unknown.join(', ')}（可用：${all.join(', ')}）`);
  process.exit(2);
}
let failures = 0;
for (const name of wanted.length ? wanted : all) {
  if (
    runStep(`bench ${name}`, 'npx', ['tsx', path.join(benchDir, `${name}.ts`)], {
      NODE_ENV: 'production',
      ...(smoke ? { BENCH_SMOKE: '1' } : {}),
    }).code !== 0
  )
    failures++;
}
process.exit(failures ? 1 : 0);
