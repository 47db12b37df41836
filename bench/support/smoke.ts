import type { SeedSize } from '../../seed/proportions';

/**
 * A smoke run (`npm run bench -- --smoke`, which `npm test` runs): every benchmark at a size that takes seconds,
 * through the same steps as a full run (build, load, the same calls, the same counts checked), so that a
 * benchmark the code has outgrown (a new rate limit, a new upload rule) fails in CI rather than in the hands of
 * the next person who measures. Its timings mean nothing; its results go to bench/results/smoke/.
 */
export const SMOKE = process.env.BENCH_SMOKE === '1';

/** `full` in a benchmark run, `smoke` in a smoke run. */
export function sized<T>(full: T, smoke: T): T {
  return SMOKE ? smoke : full;
}

/** The demo district a benchmark loads: the full one, or the tiny one (every grid, 300 files) in a smoke run. */
export const BENCH_DISTRICT: SeedSize = sized<SeedSize>('full', 'tiny');

/** Calls a measured figure samples in a smoke run: enough to go through every path once or twice. */
export const SMOKE_CALLS = 10;

/**
 * Throws, naming every count that is not what it must be (a lost sign-up, a notice sent twice), after the
 * figures are printed: a benchmark whose run went wrong fails, whatever its timings.
 */
export function checkCounts(counts: Record<string, [actual: number, expected: number]>): void {
  const wrong = Object.entries(counts).filter(([, [actual, expected]]) => actual !== expected);
  if (wrong.length)
    throw new Error(
      `counts wrong: ${wrong.map(([name, [actual, expected]]) => `${name} ${actual} (expected ${expected})`).join(', ')}`,
    );
}
