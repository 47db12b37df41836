import path from 'node:path';
import type { CollectionIndexes } from '../../localcloud/db/types';
import { applyPlan } from './apply';
import type { DeployClients } from './clients';
import { buildPlan, formatPlan } from './plan';
import { READINESS, runReadiness } from './readiness';
import type { DeployInputs } from './secrets';

export interface DeployOptions {
  envId: string;
  dryRun: boolean;
  repoRoot: string;
  functionsDir: string;
  indexes: CollectionIndexes;
  log: (line: string) => void;
}

/** What a real run needs beyond the plan; asked for only after the dry-run exit. */
export interface RealRunDeps {
  inputs(): DeployInputs;
  clients(inputs: DeployInputs): DeployClients;
  /** Builds the weapp with the environment id written in (VETGRID_CLOUD_ENV). */
  buildWeapp(envId: string): void;
}

const ENV_ID = /^[a-z][a-z0-9-]{2,39}$/i;

/** Prints the plan; on a real run checks readiness, then deploys. Returns the changes made. */
export async function runDeploy(options: DeployOptions, deps: RealRunDeps): Promise<string[]> {
  if (!ENV_ID.test(options.envId)) throw new Error(`环境 ID 不合法: ${options.envId}`);
  const plan = buildPlan(options.envId, options.functionsDir, options.indexes);
  options.log(formatPlan(plan));
  options.log(`上线前检查 readiness: ${READINESS}`);
  if (options.dryRun) {
    options.log('\ndry run: nothing was deployed, no credentials were used.');
    return [];
  }
  // What is missing locally is said before the (slower) readiness check runs.
  const inputs = deps.inputs();
  const clients = deps.clients(inputs);
  runReadiness(options.functionsDir);
  deps.buildWeapp(options.envId);
  options.log('');
  const changes = await applyPlan(
    plan,
    { functionsDir: path.resolve(options.functionsDir), piiKey: inputs.piiKey },
    clients,
    options.log,
  );
  options.log(
    changes.length
      ? `\n${changes.length} change(s) made.`
      : '\nnothing changed: the environment already matches the plan.',
  );
  return changes;
}
