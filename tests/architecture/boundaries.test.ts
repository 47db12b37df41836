/** @jest-environment node */
/**
 * Where code may reach (docs/ARCHITECTURE.md, issue 17): a function's folder is its own; what two functions
 * share lives in cloudfunctions/_kernel (the seam) or _domain, the rules both sides share in types/.
 * Read from the import statements of the tree, so a new shortcut fails here rather than in review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROLE_LABELS } from '../../types/auth/roles';

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

/**
 * The app decides what to offer with the named policies (src/lib/auth/policy.ts over types/auth/policies.ts),
 * the same the functions enforce; a page that tests role names drifts from the server (issue 17).
 * src/lib/auth/policy.ts is the one place that maps whoami's roles to the policies.
 */
it('no file of src/ but src/lib/auth/policy.ts compares role names or reads the role groups', () => {
  const ROLE_NAMES = Object.keys(ROLE_LABELS).filter((r) => r !== 'veteran');
  const rules: [string, RegExp][] = [
    ['compares a role', /\brole\s*(===|!==)|(===|!==)\s*\w+\.role\b|\.includes\(\s*\w+\.role\s*\)/],
    ['names a role', new RegExp(`['"\`](${ROLE_NAMES.join('|')})['"\`]`)],
    [
      'reads the policies around src/lib/auth/policy.ts',
      /import\s*\{[^}]*\b(can|canSomewhere|seatFor|holdsOver|adminAbove|POLICIES|GRID_TEAM|AREA_STAFF|GRID_KEEPERS|RECRUITMENT_OFFICE|ANY_STAFF|STREET_AND_DISTRICT)\b[^}]*\}\s*from\s*'@types-contract\/auth\/policies'/,
    ],
  ];
  const allowed = path.join(ROOT, 'src/lib/auth/policy.ts');
  const found = sources(path.join(ROOT, 'src'))
    .filter((file) => file !== allowed)
    .flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return rules.filter(([, re]) => re.test(text)).map(([what]) => `${path.relative(ROOT, file)} ${what}`);
    });
  expect(found).toEqual([]);
});

/**
 * The functions decide by the named policies too (types/auth/policies.ts: ctx.authorize, ctx.authorizeSeat,
 * seatsFor / seatOver / seatAllows), never by testing role names of their own (issue 17). Role groups exported
 * by the policy module (GRID_TEAM for the query of a grid's team) and the role tables of types/auth are the
 * definitions to read. The one file of cloudfunctions/ that names roles is _kernel/caller.ts, where a
 * supervisor's appointment and a party post become role assignments. A group member's own 'admin'/'member'
 * (types/groups/model.ts) is not a role.
 */
it('no file of cloudfunctions/ but _kernel/caller.ts compares role names or names a role', () => {
  const ALL_ROLES = Object.keys(ROLE_LABELS);
  const POSTS = ALL_ROLES.filter((r) => r !== 'veteran');
  const rules: [string, RegExp][] = [
    [
      'compares a role',
      /\.role\s*(===|!==)(?!\s*'(admin|member)')|(===|!==)\s*[\w?.]+\.role\b|\.includes\(\s*[\w?.]+\.role\s*\)/,
    ],
    ['names a role', new RegExp(`['"\`](${POSTS.join('|')})['"\`]`)],
  ];
  const allowed = path.join(FUNCTIONS, '_kernel/caller.ts');
  const found = sources(FUNCTIONS)
    .filter((file) => file !== allowed)
    .flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      return rules.filter(([, re]) => re.test(text)).map(([what]) => `${path.relative(ROOT, file)} ${what}`);
    });
  expect(found).toEqual([]);
});

/**
 * Every refusal of a person goes through a named policy (types/auth/policies.ts: ctx.authorize,
 * ctx.authorizeFound, or `denied(policy)` with that policy's one message), ownership included: one's own
 * request, report, feedback, file, notice, and nobody deciding their own application (issue 17). Left,
 * each with its reason: the timer guard of the router (no person), the rank of a grant (a grant is refused
 * above the inviter's own rank, a rule of types/auth/grants.ts, not of a place), and a group's abilities
 * (an explicit group's admins and members are its own list, not seats).
 */
it('no file of cloudfunctions/ refuses with FORBIDDEN but through a named policy', () => {
  const allowed = new Map([
    ['cloudfunctions/_kernel/action.ts', 'denied(policy): the one place a policy refusal is made'],
    ['cloudfunctions/_kernel/router.ts', 'timers answer only their trigger'],
    ['cloudfunctions/account/staff/grants.ts', 'rank of a grant'],
    ['cloudfunctions/_domain/groups/access.ts', "an explicit group's own members and admins"],
  ]);
  const found = sources(FUNCTIONS)
    .map((file) => path.relative(ROOT, file))
    .filter((file) => !allowed.has(file))
    .filter((file) => /AppError\(\s*['"]FORBIDDEN['"]/.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  expect(found).toEqual([]);
});

/**
 * Shanghai time has one helper per side (issue 17): types/common/shanghai-time.ts for calendar arithmetic
 * shared with the functions, src/lib/time/format.ts for the client; nothing else spells the +08:00 offset.
 */
it('no file but the two Shanghai-time helpers spells the +08:00 offset', () => {
  const helpers = new Set(['types/common/shanghai-time.ts', 'src/lib/time/format.ts']);
  const offset = /\+08:?00|utcOffset\(\s*480\s*\)|\b8\s*\*\s*3600|\b8\s*\*\s*60\s*\*\s*60|\b28800\b/;
  const found = ['src', 'cloudfunctions', 'types']
    .flatMap((dir) => sources(path.join(ROOT, dir)))
    .map((file) => path.relative(ROOT, file))
    .filter((file) => !helpers.has(file) && offset.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
  expect(found).toEqual([]);
});
