/** @jest-environment node */
/**
 * Where code may reach (docs/ARCHITECTURE.md, issue 17): a function's folder is its own; what two functions
 * share lives in cloudfunctions/_kernel (the seam) or _domain, the rules both sides share in types/.
 * Read from the import statements of the tree, so a new shortcut fails here rather than in review.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FUNCTIONS = path.join(ROOT, 'cloudfunctions');
const SHARED = new Set(['_kernel', '_domain']);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** The repository paths a file imports (relative imports only, resolved). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) =>
    path.relative(ROOT, path.resolve(path.dirname(file), m[1])),
  );
}

/** The function folder a repository path lies in (cloudfunctions/<fn>/...), or null. */
function functionOf(repoPath: string): string | null {
  const [top, fn] = repoPath.split(path.sep);
  return top === 'cloudfunctions' && fn && !SHARED.has(fn) && !fn.endsWith('.ts') ? fn : null;
}

const functions = fs
  .readdirSync(FUNCTIONS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !SHARED.has(e.name))
  .map((e) => e.name);

it.each(functions)('the %s function imports no other function’s folder', (fn) => {
  const reaching = sources(path.join(FUNCTIONS, fn)).flatMap((file) =>
    importsOf(file)
      .filter((target) => functionOf(target) !== null && functionOf(target) !== fn)
      .map((target) => `${path.relative(ROOT, file)} -> ${target}`),
  );
  expect(reaching).toEqual([]);
});

it('the shared folders and the seed import no function’s folder (a rule they need lives in types/ or _domain)', () => {
  const files = [
    ...sources(path.join(FUNCTIONS, '_kernel')),
    ...sources(path.join(FUNCTIONS, '_domain')),
    ...sources(path.join(ROOT, 'seed')),
  ];
  const reaching = files.flatMap((file) =>
    importsOf(file)
      .filter((target) => functionOf(target) !== null)
      .map((target) => `${path.relative(ROOT, file)} -> ${target}`),
  );
  expect(reaching).toEqual([]);
});

it('types/ imports nothing from the functions or the app', () => {
  const reaching = sources(path.join(ROOT, 'types')).flatMap((file) =>
    importsOf(file)
      .filter((target) => /^(cloudfunctions|src)\//.test(target))
      .map((target) => `${path.relative(ROOT, file)} -> ${target}`),
  );
  expect(reaching).toEqual([]);
});
