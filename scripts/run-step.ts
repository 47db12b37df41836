import { spawnSync } from 'node:child_process';

/** Runs one command with inherited output; answers its exit code and how long it took. */
export function runStep(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { code: number; ms: number } {
  const started = Date.now();
  process.stdout.write(`\n▶ ${label}: ${command} ${args.join(' ')}\n`);
  const res = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ms = Date.now() - started;
  const code = res.status ?? 1;
  process.stdout.write(`${code === 0 ? '✔' : '✘'} ${label} (${(ms / 1000).toFixed(1)} s)\n`);
  return { code, ms };
}
