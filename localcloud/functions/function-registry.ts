import fs from 'node:fs';
import path from 'node:path';

/** A timer trigger as declared in a function's config.json on WeChat Cloud. */
export interface TriggerConfig {
  name: string;
  type: string;
  config: string;
}

/** The parts of a function's config.json the local cloud honours. */
export interface FunctionConfig {
  permissions?: { openapi?: string[] };
  timeout?: number;
  triggers?: TriggerConfig[];
}

export type FunctionMain = (event: unknown, context: unknown) => unknown;

export interface DeployedFunction {
  name: string;
  bundlePath: string;
  config: FunctionConfig | null;
  main: FunctionMain;
}

/**
 * The deployable bundles in a folder (`<dir>/<name>/index.js`, as `npm run build:functions` writes them).
 * Bundles are required in-process; a registry starts from a fresh require cache so a rebuild is picked up.
 */
export class FunctionRegistry {
  private readonly loaded = new Map<string, DeployedFunction>();

  constructor(readonly functionsDir: string) {
    this.forgetCachedBundles();
  }

  /** Names of the deployable functions (folders with an index.js). */
  names(): string[] {
    if (!fs.existsSync(this.functionsDir)) return [];
    return fs
      .readdirSync(this.functionsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(this.functionsDir, e.name, 'index.js')))
      .map((e) => e.name)
      .sort();
  }

  has(name: string): boolean {
    return /^[A-Za-z0-9_-]+$/.test(name) && fs.existsSync(path.join(this.functionsDir, name, 'index.js'));
  }

  config(name: string): FunctionConfig | null {
    const file = path.join(this.functionsDir, name, 'config.json');
    if (!fs.existsSync(file)) return null;
    return JSON.parse(fs.readFileSync(file, 'utf8')) as FunctionConfig;
  }

  /** The loaded function, or undefined when no bundle of that name is deployed. */
  get(name: string): DeployedFunction | undefined {
    const cached = this.loaded.get(name);
    if (cached) return cached;
    if (!this.has(name)) return undefined;
    const bundlePath = path.join(this.functionsDir, name, 'index.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(bundlePath) as { main?: unknown };
    if (typeof exported.main !== 'function') {
      throw new Error(`云函数 ${name} 的 index.js 没有导出 main 函数`);
    }
    const deployed: DeployedFunction = {
      name,
      bundlePath,
      config: this.config(name),
      main: exported.main as FunctionMain,
    };
    this.loaded.set(name, deployed);
    return deployed;
  }

  private forgetCachedBundles(): void {
    const root = path.resolve(this.functionsDir) + path.sep;
    // Under Jest, `require` has no cache (each test file gets a fresh module registry anyway).
    const cache = (require as unknown as { cache?: Record<string, unknown> }).cache;
    if (!cache) return;
    for (const key of Object.keys(cache)) {
      if (key.startsWith(root)) delete cache[key];
    }
  }
}
