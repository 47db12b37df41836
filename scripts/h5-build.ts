import fs from 'node:fs';
import path from 'node:path';
import { runStep } from './run-step';

const root = path.resolve(__dirname, '..');
export const H5_DIR = path.join(root, 'dist', 'h5');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the H5 app unless dist/h5 is newer than every source it is built from. */
export function ensureH5Build(): void {
  const index = path.join(H5_DIR, 'index.html');
  const sources = ['src', 'types', 'config'].map((d) => newestMtime(path.join(root, d)));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs > Math.max(...sources)) {
    console.log('H5 build is up to date.');
    return;
  }
  if (runStep('build H5', 'npm', ['run', '--silent', 'build:h5']).code !== 0) throw new Error('H5 build failed');
}
