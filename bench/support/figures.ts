import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SMOKE, SMOKE_CALLS } from './smoke';

/** What every benchmark reports for one measured call: how many calls, and their p50 / p95 / max in ms. */
export interface Figures {
  calls: number;
  p50: number;
  p95: number;
  max: number;
}

/** Percentiles of the given latencies (ms), rounded to 0.01 ms. */
export function figures(times: number[]): Figures {
  if (times.length === 0) return { calls: 0, p50: Number.NaN, p95: Number.NaN, max: Number.NaN };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2));
  return { calls: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

/**
 * Times `calls` sequential calls of `call` after `warmup` uncounted ones, prints the count and figures under
 * `label`, and returns the figures. A smoke run makes at most SMOKE_CALLS calls and 2 warm-ups, or as many
 * as `calls.smoke` says (enough to cross a limit the full run crosses).
 */
export async function measure(
  label: string,
  calls: number | { full: number; smoke: number },
  call: () => Promise<unknown>,
  fullWarmup = 20,
): Promise<Figures> {
  const n =
    typeof calls === 'number' ? (SMOKE ? Math.min(calls, SMOKE_CALLS) : calls) : SMOKE ? calls.smoke : calls.full;
  const warmup = SMOKE ? Math.min(fullWarmup, 2) : fullWarmup;
  for (let i = 0; i < warmup; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = performance.now();
    await call();
    times.push(performance.now() - t);
  }
  const f = figures(times);
  process.stdout.write(
    `  ${label.padEnd(28)} ${String(f.calls).padStart(6)} calls   p50 ${String(f.p50).padStart(8)} ms   p95 ${String(f.p95).padStart(8)} ms\n`,
  );
  return f;
}

/** Writes `bench/results/<name>.json` (a smoke run's: `bench/results/smoke/<name>.json`) and says where. */
export function writeResults(name: string, results: unknown): void {
  const out = path.resolve(__dirname, '..', 'results', ...(SMOKE ? ['smoke'] : []), `${name}.json`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

/**
 * The machine as the benchmark found it: its cores and the 1-minute load average before the run, so that a
 * figure measured while other work ran says so (`quiet` below half a core's load per core).
 */
export function machineNote(): { text: string; quiet: boolean } {
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  const load = os.loadavg()[0];
  const quiet = load < cores / 2;
  return { text: `${cores} cores, load ${load.toFixed(2)} before the run (${quiet ? 'quiet' : 'busy'})`, quiet };
}
