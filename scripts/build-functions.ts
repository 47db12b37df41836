/**
 * `npm run build:functions [-- --src DIR] [--out DIR] [--only NAME,...]`
 * Bundles every cloudfunctions/<name>/index.ts (names starting with `_` are shared code, not functions)
 * into a deployable folder dist/cloudfunctions/<name>/ holding index.js + package.json (+ config.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const REPO_ROOT = path.resolve(__dirname, '..');
/**
 * Packages that stay outside the bundle: WeChat Cloud installs them from the function's package.json
 * (“云端安装依赖”), the local cloud resolves them from node_modules. The SDK always; sharp (native: libvips)
 * only in functions that store images, whose runtime must then be Node.js 20 or later.
 */
const SDK_VERSION = '4.0.2';
const SHARP_VERSION = '0.35.5';

export interface BuiltFunction {
  name: string;
  outDir: string;
  bytes: number;
}

export function functionNames(srcDir: string): string[] {
  if (!fs.existsSync(srcDir)) return [];
  return fs
    .readdirSync(srcDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && fs.existsSync(path.join(srcDir, e.name, 'index.ts')))
    .map((e) => e.name)
    .sort();
}

export async function buildFunctions(srcDir: string, outRoot: string, only?: string[]): Promise<BuiltFunction[]> {
  const names = functionNames(srcDir).filter((n) => !only || only.includes(n));
  const built: BuiltFunction[] = [];
  for (const name of names) {
    const outDir = path.join(outRoot, name);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    await build({
      entryPoints: [path.join(srcDir, name, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node16',
      external: ['wx-server-sdk', 'sharp'],
      tsconfig: path.join(REPO_ROOT, 'tsconfig.json'),
      logLevel: 'warning',
      legalComments: 'none',
    });
    const usesSharp = /require\("sharp"\)/.test(fs.readFileSync(path.join(outDir, 'index.js'), 'utf8'));
    const dependencies = { 'wx-server-sdk': SDK_VERSION, ...(usesSharp ? { sharp: SHARP_VERSION } : {}) };
    const pkg = {
      name,
      version: '1.0.0',
      main: 'index.js',
      ...(usesSharp ? { engines: { node: '>=20.9.0' } } : {}),
      dependencies,
    };
    fs.writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
    const config = path.join(srcDir, name, 'config.json');
    if (fs.existsSync(config)) fs.copyFileSync(config, path.join(outDir, 'config.json'));
    built.push({ name, outDir, bytes: fs.statSync(path.join(outDir, 'index.js')).size });
  }
  return built;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { src: { type: 'string' }, out: { type: 'string' }, only: { type: 'string' } },
  });
  const srcDir = path.resolve(values.src ?? path.join(REPO_ROOT, 'cloudfunctions'));
  const outRoot = path.resolve(values.out ?? path.join(REPO_ROOT, 'dist', 'cloudfunctions'));
  const built = await buildFunctions(srcDir, outRoot, values.only?.split(','));
  if (built.length === 0) console.log(`no functions found in ${srcDir}`);
  for (const fn of built)
    console.log(`${fn.name.padEnd(24)} ${(fn.bytes / 1024).toFixed(1).padStart(8)} KB  ${fn.outDir}`);
}

if ((require as unknown as { main?: unknown }).main === module) {
  main().catch((err) => {
    console.error(`build:functions failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
