/**
 * `npm run bench` runs every benchmark in bench/ (`npm run bench -- NAME` runs one). Each prints a table
 * and writes bench/results/NAME.json as { "figure": value, ... }.
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
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !all.includes(w));
if (unknown.length) {
  console.error(`没有这个基准测试：${unknown.join(', ')}（可用：${all.join(', ')}）`);
  process.exit(2);
}
let failures = 0;
for (const name of wanted.length ? wanted : all) {
  if (
    runStep(`bench ${name}`, 'npx', ['tsx', path.join(benchDir, `${name}.ts`)], { NODE_ENV: 'production' }).code !== 0
  )
    failures++;
}
process.exit(failures ? 1 : 0);
