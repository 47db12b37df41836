import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CollectionIndexes, IndexSpec } from '../../localcloud/db/types';
import { TEMPLATE_KEYS, TEMPLATES, templateIdOf } from '../../types/notify/templates';

/** WeChat Cloud gives a function without a timeout in config.json 3 s. */
export const DEFAULT_TIMEOUT_S = 3;
/** The runtime new functions are created with: sharp 0.35 (images rebuilt from pixels) needs Node.js 20.9 or later. */
export const FUNCTION_RUNTIME = 'Nodejs20.19';
/** Every collection: no direct access from the app (it reaches data only through functions). */
export const COLLECTION_ACL = 'ADMINONLY';
/** Storage: each user reads and writes only what they uploaded; others get temp URLs from functions. */
export const STORAGE_ACL = 'PRIVATE';
/** The environment variable that carries each function's build hash (how a second run knows what changed). */
export const BUILD_HASH_VAR = 'VETGRID_BUILD_HASH';
export const PII_KEY_VAR = 'VETGRID_PII_KEY';
/** The weapp build reads the environment id from this variable (config/constants.ts). */
export const WEAPP_ENV_VAR = 'VETGRID_CLOUD_ENV';

export interface TimerTrigger {
  name: string;
  type: string;
  config: string;
}

export interface FunctionPlan {
  name: string;
  /** The built folder that is uploaded (index.js, package.json, config.json). */
  dir: string;
  timeout: number;
  /** Whether the timeout comes from config.json (false: WeChat's 3 s default). */
  timeoutDeclared: boolean;
  triggers: TimerTrigger[];
  openapi: string[];
  /** Names only: values come from git-ignored files at deploy time. */
  envVarNames: string[];
  buildHash: string;
}

export interface CollectionPlan {
  name: string;
  acl: typeof COLLECTION_ACL;
  indexes: IndexSpec[];
}

export interface DeployPlan {
  envId: string;
  functions: FunctionPlan[];
  collections: CollectionPlan[];
  storageAcl: typeof STORAGE_ACL;
  weappEnvVar: string;
  /** Subscribe templates as built in (config/subscribe-templates.json): an empty id turns that reminder off. */
  templates: { key: string; title: string; id: string }[];
}

interface FunctionConfigJson {
  timeout?: number;
  permissions?: { openapi?: string[] };
  triggers?: TimerTrigger[];
}

/** The whole deployment, from the built functions (`dist/cloudfunctions/<fn>/`) and the declared indexes. */
export function buildPlan(envId: string, functionsDir: string, indexes: CollectionIndexes): DeployPlan {
  const names = fs
    .readdirSync(functionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(functionsDir, d.name, 'index.js')))
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new Error(`${functionsDir} 下没有构建好的云函数：先运行 npm run build:functions`);
  return {
    envId,
    functions: names.map((name) => functionPlan(name, path.join(functionsDir, name))),
    collections: Object.keys(indexes)
      .sort()
      .map((name) => ({ name, acl: COLLECTION_ACL, indexes: indexes[name] })),
    storageAcl: STORAGE_ACL,
    weappEnvVar: WEAPP_ENV_VAR,
    templates: TEMPLATE_KEYS.map((key) => ({ key, title: TEMPLATES[key].title, id: templateIdOf(key, false) })),
  };
}

function functionPlan(name: string, dir: string): FunctionPlan {
  const configFile = path.join(dir, 'config.json');
  const config: FunctionConfigJson = fs.existsSync(configFile)
    ? (JSON.parse(fs.readFileSync(configFile, 'utf8')) as FunctionConfigJson)
    : {};
  const openapi = config.permissions?.openapi ?? [];
  return {
    name,
    dir,
    timeout: config.timeout ?? DEFAULT_TIMEOUT_S,
    timeoutDeclared: config.timeout !== undefined,
    triggers: config.triggers ?? [],
    openapi,
    envVarNames: [PII_KEY_VAR, BUILD_HASH_VAR],
    buildHash: buildHash(dir),
  };
}

/** sha256 over every deployed file of the folder (names and contents), first 16 hex digits. */
export function buildHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (rel: string) => {
    for (const entry of fs
      .readdirSync(path.join(dir, rel), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = path.posix.join(rel, entry.name);
      if (entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(child);
      else
        hash
          .update(`${child}\0`)
          .update(fs.readFileSync(path.join(dir, child)))
          .update('\0');
    }
  };
  walk('');
  return hash.digest('hex').slice(0, 16);
}

/** The plan as the operator reads it (names of variables, never values). */
export function formatPlan(plan: DeployPlan): string {
  const lines = [`部署计划 deploy plan → 环境 ${plan.envId}`, '', `云函数 functions (${plan.functions.length}):`];
  for (const fn of plan.functions) {
    lines.push(
      `  ${fn.name}: timeout ${fn.timeout} s${fn.timeoutDeclared ? '' : ' (no config.json timeout: WeChat default)'}, runtime ${FUNCTION_RUNTIME}, build ${fn.buildHash}`,
    );
    lines.push(`    openapi: ${fn.openapi.length ? fn.openapi.join(', ') : '(none)'}`);
    lines.push(
      `    triggers: ${fn.triggers.length ? fn.triggers.map((t) => `${t.name} ${t.type} "${t.config}"`).join('; ') : '(none)'}`,
    );
    lines.push(`    env: ${fn.envVarNames.join(', ')}`);
  }
  const indexCount = plan.collections.reduce((n, c) => n + c.indexes.length, 0);
  lines.push('', `集合 collections (${plan.collections.length}, ${indexCount} indexes):`);
  for (const c of plan.collections) {
    lines.push(`  ${c.name}: rule ${c.acl} (no direct client access)`);
    for (const ix of c.indexes)
      lines.push(
        `    index ${ix.name}${ix.unique ? ' UNIQUE' : ''}: ${ix.keys.map(([k, d]) => `${k} ${d === 1 ? 'asc' : 'desc'}`).join(', ')}`,
      );
  }
  lines.push('', `云存储 storage: rule ${plan.storageAcl} (each user their own uploads; others through temp URLs)`);
  lines.push(`小程序 weapp: built with ${plan.weappEnvVar}=${plan.envId}`);
  lines.push(
    '',
    '订阅消息模板 subscribe templates (config/subscribe-templates.json, built into the app and functions):',
  );
  for (const t of plan.templates) lines.push(`  ${t.key} ${t.title}: ${t.id || '(未配置：该提醒不会发送)'}`);
  return lines.join('\n');
}
