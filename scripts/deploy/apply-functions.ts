import type { DeployClients } from './clients';
import { BUILD_HASH_VAR, FUNCTION_RUNTIME, PII_KEY_VAR, type FunctionPlan, type TimerTrigger } from './plan';

export interface FunctionValues {
  envId: string;
  /** The built functions' root (what createFunction packs a function folder from). */
  functionsDir: string;
  piiKey: string;
}

interface RemoteFunction {
  timeout: number;
  variables: Record<string, string>;
  triggers: TimerTrigger[];
}

const TRIGGERS_CREATED = '创建定时触发器成功';

/**
 * Brings one function to the plan and says what it changed. Missing: created with the runtime, timeout
 * and variables (manager-node createFunction packs the folder). Present: its code is uploaded with
 * miniprogram-ci only when the build hash stored in its variables differs; timeout and variables are
 * updated only when they differ (variables the deploy does not manage, e.g. VETGRID_BOOTSTRAP_CODE, are
 * kept); triggers are compared by name and schedule.
 */
export async function applyFunction(
  fn: FunctionPlan,
  values: FunctionValues,
  clients: DeployClients,
): Promise<string[]> {
  const { manager, ci } = clients;
  const changes: string[] = [];
  const wanted = wantedVariables(fn, values);
  const remote = await describeFunction(clients, fn.name);

  if (!remote) {
    await manager.functions.createFunction({
      func: {
        name: fn.name,
        runtime: FUNCTION_RUNTIME,
        handler: 'index.main',
        timeout: fn.timeout,
        envVariables: wanted,
        installDependency: true,
        ignore: ['node_modules'],
      },
      functionRootPath: values.functionsDir,
      force: false,
    });
    changes.push(`function ${fn.name}: created (timeout ${fn.timeout} s, build ${fn.buildHash})`);
  } else {
    if (remote.variables[BUILD_HASH_VAR] !== fn.buildHash) {
      await ci.cloud.uploadFunction({
        project: ci.project,
        env: values.envId,
        name: fn.name,
        path: fn.dir,
        remoteNpmInstall: true,
      });
      changes.push(
        `function ${fn.name}: code uploaded (build ${remote.variables[BUILD_HASH_VAR] ?? 'none'} → ${fn.buildHash})`,
      );
    }
    const variables = { ...remote.variables, ...wanted };
    const changedVars = Object.keys(wanted).filter((k) => remote.variables[k] !== wanted[k]);
    if (remote.timeout !== fn.timeout || changedVars.length > 0) {
      await manager.functions.updateFunctionConfig({ name: fn.name, timeout: fn.timeout, envVariables: variables });
      const what = [
        remote.timeout !== fn.timeout ? `timeout ${remote.timeout} → ${fn.timeout} s` : '',
        changedVars.length ? `variables ${changedVars.join(', ')}` : '',
      ].filter(Boolean);
      changes.push(`function ${fn.name}: config updated (${what.join('; ')})`);
    }
  }

  const current = remote?.triggers ?? [];
  const same = (a: TimerTrigger, b: TimerTrigger) => a.name === b.name && a.config === b.config;
  for (const stale of current.filter((t) => !fn.triggers.some((w) => same(w, t)))) {
    await manager.functions.deleteFunctionTrigger(fn.name, stale.name);
    changes.push(`function ${fn.name}: trigger ${stale.name} removed`);
  }
  const missing = fn.triggers.filter((w) => !current.some((t) => same(w, t)));
  if (missing.length) {
    const answer = await ci.cloud.createTimeTrigger({
      project: ci.project,
      envId: values.envId,
      functionName: fn.name,
      triggersConfig: missing,
    });
    // miniprogram-ci answers failures with a sentence instead of throwing.
    if (answer !== TRIGGERS_CREATED) throw new Error(`云函数 ${fn.name} 的定时触发器未能创建：${answer}`);
    changes.push(`function ${fn.name}: trigger ${missing.map((t) => `${t.name} "${t.config}"`).join(', ')} created`);
  }
  return changes;
}

/**
 * Before anything is written: a function that already has a PII key different from ours stops the whole
 * deployment (a new key cannot read the ID numbers and phones encrypted with the old one).
 */
export async function checkPiiKeys(fns: FunctionPlan[], piiKey: string, clients: DeployClients): Promise<void> {
  for (const fn of fns) {
    const remoteKey = (await describeFunction(clients, fn.name))?.variables[PII_KEY_VAR];
    if (remoteKey && remoteKey !== piiKey)
      throw new Error(
        `云函数 ${fn.name} 已有不同的 ${PII_KEY_VAR}：换密钥会让已加密的身份证号和手机号无法读取，部署未做任何改动（核对 .deploy/pii-key）`,
      );
  }
}

function wantedVariables(fn: FunctionPlan, values: FunctionValues): Record<string, string> {
  const wanted: Record<string, string> = {};
  for (const name of fn.envVarNames) {
    if (name === PII_KEY_VAR) wanted[name] = values.piiKey;
    else if (name === BUILD_HASH_VAR) wanted[name] = fn.buildHash;
  }
  return wanted;
}

async function describeFunction(clients: DeployClients, name: string): Promise<RemoteFunction | null> {
  try {
    const info = await clients.manager.functions.getFunctionDetail(name);
    return {
      timeout: info.Timeout,
      variables: Object.fromEntries((info.Environment?.Variables ?? []).map((v) => [v.Key, String(v.Value)])),
      triggers: (info.Triggers ?? []).map((t) => ({
        name: t.TriggerName,
        type: t.Type,
        config: cronOf(t.TriggerDesc),
      })),
    };
  } catch (err) {
    if (/ResourceNotFound/.test(`${(err as { code?: string }).code ?? ''} ${(err as Error).message}`)) return null;
    throw err;
  }
}

/** SCF reports a timer's schedule either as the cron text or as `{"cron": "..."}`. */
function cronOf(desc: string): string {
  try {
    const parsed = JSON.parse(desc) as { cron?: string };
    return typeof parsed.cron === 'string' ? parsed.cron : desc;
  } catch {
    return desc;
  }
}
