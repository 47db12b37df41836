/**
 * `npm run readiness [-- --functions DIR] [--shapes FILE]`: is what we built ready for WeChat Cloud?
 * - every built function has a config.json with a `timeout` of 1-60 s (WeChat gives 3 s without one);
 * - every `openapi.<group>.<api>` call in a bundle is declared in that function's permissions.openapi
 *   (else WeChat answers -604101);
 * - every trigger is a well-formed timer (name, type `timer`, a 7-field cron);
 * - from the query shapes the local cloud recorded while the suite ran (VETGRID_QUERY_SHAPES), no query on a
 *   collection holding more than BIG_COLLECTION documents was answered without an index.
 * `npm test` runs it after Jest; a deploy script calls checkReadiness() first and stops on any problem.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Cron } from 'croner';
import type { QueryShape } from '../localcloud/db/query-shapes';
import type { FunctionConfig } from '../localcloud/functions/function-registry';
import { MAX_TIMEOUT_SECONDS } from '../localcloud/functions/function-runner';
import { parseWechatCron } from '../localcloud/functions/wechat-cron';

const REPO_ROOT = path.resolve(__dirname, '..');
/** "More than a few hundred documents": past this, a query must be served by a declared index. */
export const BIG_COLLECTION = 300;

export interface ReadinessProblem {
  check: 'timeout' | 'openapi-permission' | 'trigger' | 'unindexed-query';
  subject: string;
  message: string;
}

export interface ReadinessOptions {
  /** Built functions (dist/cloudfunctions by default). */
  functionsDir?: string;
  /** Query shapes recorded by the local cloud (JSON lines); skipped when absent. */
  shapesFile?: string;
  bigCollection?: number;
}

export function checkReadiness(options: ReadinessOptions = {}): ReadinessProblem[] {
  const functionsDir = options.functionsDir ?? path.join(REPO_ROOT, 'dist', 'cloudfunctions');
  const problems: ReadinessProblem[] = [];
  for (const name of builtFunctions(functionsDir)) problems.push(...checkFunction(path.join(functionsDir, name), name));
  if (options.shapesFile && fs.existsSync(options.shapesFile))
    problems.push(...checkQueryShapes(readShapes(options.shapesFile), options.bigCollection ?? BIG_COLLECTION));
  return problems;
}

function builtFunctions(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.js')))
    .map((e) => e.name)
    .sort();
}

/** The `openapi.<group>.<api>` names a bundle calls. */
export function openapiCallsIn(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\bopenapi\.([A-Za-z]+)\.([A-Za-z]+)\s*\(/g)].map((m) => `${m[1]}.${m[2]}`))];
}

function checkFunction(dir: string, name: string): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  const configFile = path.join(dir, 'config.json');
  let config: FunctionConfig = {};
  if (!fs.existsSync(configFile)) {
    problems.push({
      check: 'timeout',
      subject: name,
      message: `${name} 没有 config.json：微信云开发默认 3 秒超时，且没有任何 openapi 权限`,
    });
  } else {
    try {
      config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as FunctionConfig;
    } catch (err) {
      return [
        { check: 'timeout', subject: name, message: `${name}/config.json 不是合法的 JSON: ${(err as Error).message}` },
      ];
    }
    const t = config.timeout;
    if (t === undefined)
      problems.push({ check: 'timeout', subject: name, message: `${name}/config.json 没有 timeout（默认 3 秒）` });
    else if (!Number.isInteger(t) || t < 1 || t > MAX_TIMEOUT_SECONDS)
      problems.push({
        check: 'timeout',
        subject: name,
        message: `${name}/config.json 的 timeout 应为 1-${MAX_TIMEOUT_SECONDS} 的整数秒（现为 ${JSON.stringify(t)}）`,
      });
  }
  const permitted = new Set(config.permissions?.openapi ?? []);
  for (const api of openapiCallsIn(fs.readFileSync(path.join(dir, 'index.js'), 'utf8'))) {
    if (!permitted.has(api))
      problems.push({
        check: 'openapi-permission',
        subject: `${name}:${api}`,
        message: `${name} 调用了 openapi.${api}，但 config.json 的 permissions.openapi 没有声明（微信会返回 -604101）`,
      });
  }
  for (const [i, trigger] of (config.triggers ?? []).entries()) {
    const problem = triggerProblem(trigger);
    if (problem) problems.push({ check: 'trigger', subject: `${name}:triggers.${i}`, message: `${name}: ${problem}` });
  }
  return problems;
}

function triggerProblem(trigger: unknown): string | null {
  const t = trigger as { name?: unknown; type?: unknown; config?: unknown };
  if (!t || typeof t !== 'object') return '触发器应是对象 { name, type, config }';
  if (typeof t.name !== 'string' || !/^[A-Za-z][A-Za-z0-9_-]{0,59}$/.test(t.name))
    return `触发器名称不合法: ${JSON.stringify(t.name)}`;
  if (t.type !== 'timer') return `触发器 ${t.name} 的 type 应为 "timer"（现为 ${JSON.stringify(t.type)}）`;
  if (typeof t.config !== 'string') return `触发器 ${t.name} 缺少 cron 表达式 config`;
  if (t.config.trim().split(/\s+/).length !== 7)
    return `触发器 ${t.name} 的 cron 应有 7 个字段（秒 分 时 日 月 星期 年）: "${t.config}"`;
  try {
    const parsed = parseWechatCron(t.config);
    new Cron(parsed.pattern, { paused: true }).stop();
  } catch (err) {
    return `触发器 ${t.name} 的 cron 不合法: ${(err as Error).message}`;
  }
  return null;
}

export function readShapes(file: string): QueryShape[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as QueryShape);
}

/** Queries on a big collection that no index served (each shape once, with the largest size seen). */
export function checkQueryShapes(shapes: QueryShape[], big = BIG_COLLECTION): ReadinessProblem[] {
  const worst = new Map<string, QueryShape>();
  for (const s of shapes) {
    if (s.indexed || s.docs <= big) continue;
    const key = `${s.collection}|${s.fields.join(',')}|${s.sort.join(',')}`;
    if ((worst.get(key)?.docs ?? -1) < s.docs) worst.set(key, s);
  }
  return [...worst.entries()].map(([key, s]) => ({
    check: 'unindexed-query',
    subject: key,
    message: `${s.collection} 有 ${s.docs} 条文档，查询 {${s.fields.join(', ')}}${s.sort.length ? ` 排序 ${s.sort.join(', ')}` : ''} 没有用到索引：在 localcloud/indexes/ 中该功能的文件声明索引`,
  }));
}

function main(): void {
  const { values } = parseArgs({ options: { functions: { type: 'string' }, shapes: { type: 'string' } } });
  const problems = checkReadiness({
    functionsDir: values.functions ? path.resolve(values.functions) : undefined,
    shapesFile: values.shapes ? path.resolve(values.shapes) : process.env.VETGRID_QUERY_SHAPES,
  });
  for (const p of problems) console.log(`✘ [${p.check}] ${p.message}`);
  console.log(problems.length ? `readiness: ${problems.length} problem(s)` : 'readiness: ready for WeChat Cloud');
  process.exit(problems.length ? 1 : 0);
}

if ((require as unknown as { main?: unknown }).main === module) main();
