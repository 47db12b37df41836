import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The hook for the readiness check (issue "Works on WeChat Cloud, not only here"): when package.json
 * declares an npm script `readiness`, a deploy runs it first and stops if it fails. The check stays
 * whatever its authors make it; the deploy only needs its exit code.
 */
export const READINESS_SCRIPT = 'readiness';

export function readinessCommand(repoRoot: string): string | null {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts?.[READINESS_SCRIPT] ? `npm run ${READINESS_SCRIPT}` : null;
}

/** Runs the readiness check (output shown as it goes); throws when it fails. Returns false when there is none. */
export function runReadiness(repoRoot: string): boolean {
  if (!readinessCommand(repoRoot)) return false;
  const run = spawnSync('npm', ['run', READINESS_SCRIPT], { cwd: repoRoot, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`上线前检查（npm run ${READINESS_SCRIPT}）未通过：按它列出的问题修好再部署`);
  return true;
}
