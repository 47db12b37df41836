import { applyCollection } from './apply-database';
import { applyFunction, checkPiiKeys, type FunctionValues } from './apply-functions';
import type { DeployClients } from './clients';
import type { DeployPlan } from './plan';

/**
 * Runs a plan against WeChat Cloud through the two clients; returns what it changed, in order (empty when
 * the environment already matched). Stops at the first failure: a second run picks up from there.
 */
export async function applyPlan(
  plan: DeployPlan,
  values: Omit<FunctionValues, 'envId'>,
  clients: DeployClients,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const changes: string[] = [];
  const record = (lines: string[]) => {
    for (const line of lines) log(line);
    changes.push(...lines);
  };
  await checkPiiKeys(plan.functions, values.piiKey, clients);
  // Collections first: a function deployed before its collections could fail its first calls (-502005).
  for (const c of plan.collections) record(await applyCollection(c, plan.envId, clients, log));
  const acl = await clients.manager.storage.getStorageAcl();
  if (acl !== plan.storageAcl) {
    await clients.manager.storage.setStorageAcl(plan.storageAcl);
    record([`storage: rule ${acl} → ${plan.storageAcl}`]);
  }
  for (const fn of plan.functions) record(await applyFunction(fn, { ...values, envId: plan.envId }, clients));
  return changes;
}
