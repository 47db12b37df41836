/**
 * `npm run deploy -- --env <envId> [--dry-run] [--no-build]`: the whole backend to WeChat Cloud with
 * WeChat's and Tencent's own tooling (see scripts/deploy/ and the README's deploy section).
 * `--dry-run` prints the plan and needs no credentials. A real run reads TENCENTCLOUD_SECRETID /
 * TENCENTCLOUD_SECRETKEY from the environment and `.deploy/` (git-ignored) for the PII key, the upload key
 * and the template ids.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_FUNCTIONS_DIR, REPO_ROOT } from '../localcloud';
import { COLLECTION_INDEXES } from '../localcloud/indexes';
import { buildFunctions } from './build-functions';
import { realClients } from './deploy/clients';
import { WEAPP_ENV_VAR } from './deploy/plan';
import { runDeploy } from './deploy/run-deploy';
import { readDeployInputs } from './deploy/secrets';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      env: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
  });
  if (!values.env) throw new Error('用法: npm run deploy -- --env <环境ID> [--dry-run]');
  if (!values['no-build']) await buildFunctions(path.join(REPO_ROOT, 'cloudfunctions'), DEFAULT_FUNCTIONS_DIR);
  await runDeploy(
    {
      envId: values.env,
      dryRun: values['dry-run'],
      repoRoot: REPO_ROOT,
      functionsDir: DEFAULT_FUNCTIONS_DIR,
      indexes: COLLECTION_INDEXES,
      log: (line) => console.log(line),
    },
    {
      inputs: () => readDeployInputs(REPO_ROOT),
      clients: (inputs) =>
        realClients({
          envId: values.env as string,
          appId: inputs.appId,
          projectPath: REPO_ROOT,
          uploadKeyPath: inputs.uploadKeyPath,
        }),
      buildWeapp: (envId) => {
        const run = spawnSync('npm', ['run', 'build:weapp'], {
          cwd: REPO_ROOT,
          stdio: 'inherit',
          env: { ...process.env, [WEAPP_ENV_VAR]: envId },
        });
        if (run.status !== 0) throw new Error('小程序构建失败');
      },
    },
  );
}

main().catch((err) => {
  console.error(`[deploy] ${(err as Error).message}`);
  process.exit(1);
});
