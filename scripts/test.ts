/**
 * `npm test`: type-check, build what the tests exercise (function bundles, weapp, H5), run every benchmark
 * small (a smoke run, no timings judged), then every Jest project (unit, integration, component, weapp
 * smoke, end-to-end). Ends with one plain line
 * `tests: N passed, N failed, N skipped` and a non-zero exit on any failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkReadiness } from './readiness';
import { runStep } from './run-step';

const root = path.resolve(__dirname, '..');
const report = path.join(root, 'tests', 'artifacts', 'jest-report.json');
/** The local cloud appends the shape of every query here while Jest runs; the readiness check reads it. */
const queryShapes = path.join(root, 'tests', 'artifacts', 'query-shapes.jsonl');
const jestArgs = process.argv.slice(2);
const started = Date.now();

const steps: [string, string, string[]][] = [
  ['type-check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['format and lint (biome)', 'npx', ['biome', 'ci', '--colors=off', '--diagnostic-level=error', '.']],
  ['build functions', 'npm', ['run', '--silent', 'build:functions']],
  ['build weapp', 'npm', ['run', '--silent', 'build:weapp']],
  ['build H5', 'npm', ['run', '--silent', 'build:h5']],
  // Every benchmark at a small size (bench/support/smoke.ts): it still runs to the end and its counts add up.
  ['benchmarks, small (smoke run)', 'npm', ['run', '--silent', 'bench', '--', '--smoke']],
];
let failedSteps = 0;
for (const [label, cmd, args] of steps) {
  if (runStep(label, cmd, args).code !== 0) failedSteps++;
}
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
fs.rmSync(queryShapes, { force: true });
// --forceExit: the SDK keeps keep-alive sockets and timers that can hold a finished run open for minutes.
const jest = runStep('jest', 'npx', ['jest', '--ci', '--forceExit', '--json', `--outputFile=${report}`, ...jestArgs], {
  VETGRID_QUERY_SHAPES: queryShapes,
  // Jest's parent process holds every file's results and console output for the JSON report. The files
  // themselves run in a worker that is recycled above 1 GB (jest.config.js, workerIdleMemoryLimit); the
  // larger heap is headroom for the parent and for one heavy file.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--max-old-space-size=8192'].filter(Boolean).join(' '),
});

// Ready for WeChat Cloud: timeouts, openapi permissions, triggers, and no unindexed query on a big collection.
process.stdout.write('\n▶ readiness for WeChat Cloud (scripts/readiness.ts)\n');
const problems = checkReadiness({ shapesFile: queryShapes });
for (const p of problems) process.stdout.write(`  ✘ [${p.check}] ${p.message}\n`);
process.stdout.write(`${problems.length ? '✘' : '✔'} readiness (${problems.length} problem(s))\n`);
if (problems.length) failedSteps++;

let passed = 0,
  failed = 0,
  skipped = 0;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numRuntimeErrorTestSuites: number;
  };
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  skipped = r.numPendingTests + r.numTodoTests;
}
failed += failedSteps;
if (jest.code !== 0 && failed === 0) failed = 1;
console.log(
  `\n(${((Date.now() - started) / 1000).toFixed(0)} s in all; ${failedSteps} build/type-check step(s) failed)`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
