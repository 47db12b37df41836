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

export interface DeployedFunction {
  name: string;
  bundlePath: string;
  config: FunctionConfig | null;
}

/**
 * The deployable bundles in a folder (`<dir>/<name>/index.js`, as `npm run build:functions` writes them).
 * They are loaded by the function instances (function-threads.ts), each its own, so a local cloud started
 * after a rebuild runs the new bundles.
 */
export class FunctionRegistry {
  private readonly deployed = new Map<string, DeployedFunction>();

  constructor(readonly functionsDir: string) {}

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

  /** The deployed function (looked up once), or undefined when no bundle of that name is deployed. */
  get(name: string): DeployedFunction | undefined {
    const known = this.deployed.get(name);
    if (known) return known;
    if (!this.has(name)) return undefined;
    const found = { name, bundlePath: path.join(this.functionsDir, name, 'index.js'), config: this.config(name) };
    this.deployed.set(name, found);
    return found;
  }
}
