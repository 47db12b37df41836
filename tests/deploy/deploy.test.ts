/** @jest-environment node */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../localcloud';
import { COLLECTION_INDEXES } from '../../localcloud/indexes';
import { buildFunctions } from '../../scripts/build-functions';
import { runDeploy, type RealRunDeps } from '../../scripts/deploy/run-deploy';
import { CloudRecorder } from './recorders';
import { makeRepoTempDir } from '../support/repo-temp';

jest.setTimeout(120_000);

const SOURCES = path.join(REPO_ROOT, 'cloudfunctions');
const ENV_ID = 'vetgrid-prod-7f3a';
const PII_KEY = Buffer.alloc(32, 7).toString('base64');

/** Every deployable function folder (the `_` folders are shared code bundled into them). */
const functionFolders = fs
  .readdirSync(SOURCES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .map((d) => d.name)
  .sort();

/** Every collection the functions' code names in `db.collection('<name>')`. */
function queriedCollections(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ts$/.test(e.name))
        for (const m of fs.readFileSync(p, 'utf8').matchAll(/collection\(\s*['"`]([A-Za-z_]+)['"`]\s*\)/g))
          names.add(m[1]);
    }
  };
  walk(SOURCES);
  return names;
}

function configOf(
  dir: string,
  fn: string,
): { timeout?: number; triggers?: { name: string; config: string }[]; permissions?: { openapi?: string[] } } {
  const file = path.join(dir, fn, 'config.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

let built: string;
beforeAll(async () => {
  built = makeRepoTempDir('deploy-');
  await buildFunctions(SOURCES, built);
});
afterAll(() => fs.rmSync(built, { recursive: true, force: true }));

describe('npm run deploy -- --dry-run', () => {
  // --no-build: the suite's other files run the bundles in dist/ meanwhile (npm test builds them first).
  it('prints the whole plan without credentials and exits 0: every function, every queried collection, every declared index', async () => {
    const env = { ...process.env };
    delete env.TENCENTCLOUD_SECRETID;
    delete env.TENCENTCLOUD_SECRETKEY;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/deploy.ts', '--env', ENV_ID, '--dry-run', '--no-build'],
      {
        cwd: REPO_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);

    // Functions: each folder with its timeout (config.json, else WeChat's 3 s), triggers, permissions.
    const planned = [...out.matchAll(/^ {2}(\w+): timeout (\d+) s/gm)].map((m) => [m[1], Number(m[2])] as const);
    expect(planned.map(([name]) => name).sort()).toEqual(functionFolders);
    const distDir = path.join(REPO_ROOT, 'dist', 'cloudfunctions');
    for (const [name, timeout] of planned) {
      const config = configOf(distDir, name);
      expect(timeout).toBe(config.timeout ?? 3);
      const block = out
        .slice(out.indexOf(`  ${name}: timeout`))
        .split('\n')
        .slice(0, 4)
        .join('\n');
      for (const t of config.triggers ?? []) expect(block).toContain(`${t.name} timer "${t.config}"`);
      for (const api of config.permissions?.openapi ?? []) expect(block).toContain(api);
      expect(block).toContain('VETGRID_PII_KEY');
      // Template ids are built in from config/subscribe-templates.json, not deploy-time variables.
      expect(block).not.toContain('VETGRID_TMPL_');
    }
    // Every subscribe template is listed with the id the build carries, or as not configured.
    const configured = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, 'config', 'subscribe-templates.json'), 'utf8'),
    ) as Record<string, string>;
    for (const [key, id] of Object.entries(configured))
      expect(out).toMatch(new RegExp(`\\n  ${key} [^\\n]*: ${id ? id : '\\(未配置'}`));
    // Variable names only, never values.
    expect(out).not.toMatch(/VETGRID_PII_KEY=/);

    // Collections: every one the code queries, each with the deny-all rule; every declared index with its unique flag.
    const collections = new Map<string, string[]>();
    let current = '';
    for (const line of out.split('\n')) {
      const c = /^ {2}(\w+): rule ADMINONLY/.exec(line);
      if (c) collections.set((current = c[1]), []);
      const ix = /^ {4}index (\w+)( UNIQUE)?:/.exec(line);
      if (ix && current) collections.get(current)?.push(`${ix[1]}${ix[2] ?? ''}`);
    }
    for (const name of queriedCollections()) expect(collections.has(name)).toBe(true);
    for (const [name, specs] of Object.entries(COLLECTION_INDEXES))
      expect(collections.get(name)).toEqual(specs.map((s) => `${s.name}${s.unique ? ' UNIQUE' : ''}`));
    expect(out).toContain('storage: rule PRIVATE');
    expect(out).toContain(`VETGRID_CLOUD_ENV=${ENV_ID}`);
    expect(out).toContain('nothing was deployed');
  });

  it('a real run without its keys and files stops before touching anything, saying what is missing', async () => {
    const env = { ...process.env };
    delete env.TENCENTCLOUD_SECRETID;
    delete env.TENCENTCLOUD_SECRETKEY;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/deploy.ts', '--env', ENV_ID, '--no-build'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/appid|pii-key|upload\.key|TENCENTCLOUD_SECRETID/);
  });
});

describe('a real run, with the two clients recorded', () => {
  const weappBuilds: string[] = [];
  const deploy = (recorder: CloudRecorder, log: string[] = []) => {
    const deps: RealRunDeps = {
      inputs: () => ({
        appId: 'wx1234567890abcdef',
        piiKey: PII_KEY,
        uploadKeyPath: '/dev/null',
      }),
      clients: () => recorder.clients(),
      buildWeapp: (envId) => weappBuilds.push(envId),
    };
    return runDeploy(
      {
        envId: ENV_ID,
        dryRun: false,
        repoRoot: REPO_ROOT,
        functionsDir: built,
        indexes: COLLECTION_INDEXES,
        log: (l) => log.push(l),
      },
      deps,
    );
  };

  it('deploys everything into an empty environment, then a second run changes nothing', async () => {
    const cloud = new CloudRecorder();
    const changes = await deploy(cloud);
    expect(weappBuilds).toContain(ENV_ID);

    // Functions: created with a current runtime, the config.json timeout and the variables.
    const created = cloud.writes().filter((c) => c.method === 'functions.createFunction');
    expect(created.map((c) => (c.args[0] as { func: { name: string } }).func.name).sort()).toEqual(functionFolders);
    for (const name of functionFolders) {
      const fn = cloud.functions.get(name);
      const config = configOf(built, name);
      expect(fn?.Timeout).toBe(config.timeout ?? 3);
      expect(fn?.Runtime).toMatch(/^Nodejs(1[6-9]|2\d)/);
      expect(fn?.Variables.VETGRID_PII_KEY).toBe(PII_KEY);
      expect(fn?.Variables.VETGRID_BUILD_HASH).toMatch(/^[0-9a-f]{16}$/);
      expect(Object.keys(fn?.Variables ?? {}).sort()).toEqual(['VETGRID_BUILD_HASH', 'VETGRID_PII_KEY']);
      expect(fn?.code).toBe(fs.readFileSync(path.join(built, name, 'index.js'), 'utf8'));
      // Timer triggers through miniprogram-ci, as WeChat DevTools uploads them.
      expect(fn?.Triggers.map((t) => [t.TriggerName, JSON.parse(t.TriggerDesc).cron])).toEqual(
        (config.triggers ?? []).map((t) => [t.name, t.config]),
      );
    }
    expect(cloud.writes().filter((c) => c.method === 'cloud.createTimeTrigger').length).toBe(
      functionFolders.filter((f) => (configOf(built, f).triggers ?? []).length > 0).length,
    );

    // Collections: every declared one exists, denies the app direct access, has its indexes (unique flags too).
    expect([...cloud.collections.keys()].sort()).toEqual(Object.keys(COLLECTION_INDEXES).sort());
    for (const [name, specs] of Object.entries(COLLECTION_INDEXES)) {
      const c = cloud.collections.get(name);
      expect(c?.acl).toBe('ADMINONLY');
      // In any order: unique indexes are built after the others (apply-database.ts).
      const byName = (a: { Name: string }, b: { Name: string }) => a.Name.localeCompare(b.Name);
      expect(c?.indexes.filter((ix) => ix.Name !== '_id_').sort(byName)).toEqual(
        specs
          .map((s) => ({
            Name: s.name,
            Unique: s.unique === true,
            Keys: s.keys.map(([k, d]) => ({ Name: k, Direction: String(d) })),
          }))
          .sort(byName),
      );
    }
    expect(cloud.collections.get('requests')?.indexes.find((ix) => ix.Name === 'ref_no')?.Unique).toBe(true);
    expect(cloud.storageAcl).toBe('PRIVATE');
    expect(changes.length).toBeGreaterThan(functionFolders.length + Object.keys(COLLECTION_INDEXES).length);

    // Second run: reads only, no change, and it says so.
    cloud.clear();
    const log: string[] = [];
    expect(await deploy(cloud, log)).toEqual([]);
    expect(cloud.writes()).toEqual([]);
    expect(log.join('\n')).toContain('nothing changed');
  });

  it('changes only what differs: one rebuilt function, drift made in the console; variables set by hand are kept', async () => {
    const cloud = new CloudRecorder();
    await deploy(cloud);
    // Drift: someone set the bootstrap code by hand, loosened a rule, made an index non-unique, added a trigger.
    const account = cloud.functions.get('account');
    if (!account) throw new Error('account not deployed');
    account.Variables.VETGRID_BOOTSTRAP_CODE = 'first-admin-code-2026';
    const requests = cloud.collections.get('requests');
    if (!requests) throw new Error('requests not created');
    requests.acl = 'READONLY';
    const refNo = requests.indexes.find((ix) => ix.Name === 'ref_no');
    if (refNo) refNo.Unique = false;
    cloud.functions.get('notices')?.Triggers.push({ TriggerName: 'old', Type: 'timer', TriggerDesc: '0 0 * * * * *' });
    // A new build of one function.
    fs.appendFileSync(path.join(built, 'account', 'index.js'), '\n// rebuilt\n');

    cloud.clear();
    const changes = await deploy(cloud);
    expect(
      cloud
        .writes()
        .map((c) => c.method)
        .sort(),
    ).toEqual(
      [
        'ModifySafeRule',
        'cloud.uploadFunction',
        'database.updateCollection',
        'database.updateCollection',
        'functions.deleteFunctionTrigger',
        'functions.updateFunctionConfig',
      ].sort(),
    );
    const upload = cloud.writes().find((c) => c.method === 'cloud.uploadFunction');
    expect(upload?.args[0]).toMatchObject({ name: 'account', env: ENV_ID, remoteNpmInstall: true });
    expect(account.code).toContain('// rebuilt');
    expect(account.Variables.VETGRID_BOOTSTRAP_CODE).toBe('first-admin-code-2026');
    expect(account.Variables.VETGRID_PII_KEY).toBe(PII_KEY);
    expect(requests.acl).toBe('ADMINONLY');
    expect(requests.indexes.find((ix) => ix.Name === 'ref_no')?.Unique).toBe(true);
    expect(cloud.functions.get('notices')?.Triggers.map((t) => t.TriggerName)).toEqual(['dispatchNotifications']);
    expect(changes).toHaveLength(5);
    expect(changes.join('\n')).toMatch(/account: code uploaded/);
  });

  it('refuses to replace a different PII key already on a function, and changes nothing', async () => {
    const cloud = new CloudRecorder();
    await deploy(cloud);
    const profile = cloud.functions.get('profile');
    if (!profile) throw new Error('profile not deployed');
    profile.Variables.VETGRID_PII_KEY = Buffer.alloc(32, 9).toString('base64');
    // Functions before it (account) and a collection have changes to make too: none is made.
    fs.appendFileSync(path.join(built, 'account', 'index.js'), '\n// rebuilt again\n');
    const audit = cloud.collections.get('audit');
    if (audit) audit.acl = 'READONLY';
    cloud.clear();
    await expect(deploy(cloud)).rejects.toThrow('VETGRID_PII_KEY');
    expect(cloud.writes()).toEqual([]);
  });

  it('stops at a unique index the data breaks (two files with one ID number), pointing at 重复档案; deploys once resolved', async () => {
    const cloud = new CloudRecorder();
    // An environment filled before the ID number's index was unique, with two files sharing a number.
    cloud.collections.set('veterans', {
      acl: 'READONLY',
      indexes: [{ Name: 'id_hash', Unique: false, Keys: [{ Name: 'idHash', Direction: '1' }] }],
    });
    cloud.duplicated.set('veterans', ['idHash']);
    await expect(deploy(cloud)).rejects.toThrow(/unique index id_hash was refused.*重复档案/);
    const veterans = cloud.collections.get('veterans');
    // Closed to clients all the same; the old index is back, so queries by ID number keep one; the other
    // indexes are built; no function was deployed with the data in that state.
    expect(veterans?.acl).toBe('ADMINONLY');
    expect(veterans?.indexes.find((ix) => ix.Name === 'id_hash')).toEqual({
      Name: 'id_hash',
      Unique: false,
      Keys: [{ Name: 'idHash', Direction: '1' }],
    });
    const declared = COLLECTION_INDEXES.veterans.filter((ix) => !ix.unique).map((ix) => ix.name);
    for (const name of declared) expect(veterans?.indexes.map((ix) => ix.Name)).toContain(name);
    expect(cloud.writes().filter((c) => c.method === 'functions.createFunction')).toEqual([]);

    // The district resolved the duplicates: the next run builds the unique index and deploys the rest.
    cloud.duplicated.clear();
    await deploy(cloud);
    expect(cloud.collections.get('veterans')?.indexes.find((ix) => ix.Name === 'id_hash')?.Unique).toBe(true);
    expect(cloud.writes().filter((c) => c.method === 'functions.createFunction').length).toBe(functionFolders.length);
  });
});
