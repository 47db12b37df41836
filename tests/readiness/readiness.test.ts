/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../localcloud';
import { checkReadiness, readShapes } from '../../scripts/readiness';
import { startHarness, type Harness } from '../localcloud/db/harness';

/** A built function folder: index.js and, when given, config.json. */
function builtFunction(root: string, name: string, bundle: string, config?: unknown): void {
  fs.mkdirSync(path.join(root, name), { recursive: true });
  fs.writeFileSync(path.join(root, name, 'index.js'), bundle);
  if (config !== undefined) fs.writeFileSync(path.join(root, name, 'config.json'), JSON.stringify(config));
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const SENDS = 'exports.main = async (e, ctx) => ctx.sdk.openapi.subscribeMessage.send({});';

describe('readiness check (what WeChat Cloud would refuse or run slowly)', () => {
  it('a function without config.json, or whose config.json has no timeout or one past 60 s, is not ready', () => {
    builtFunction(dir, 'bare', 'exports.main = () => 1;');
    builtFunction(dir, 'untimed', 'exports.main = () => 1;', {});
    builtFunction(dir, 'too-long', 'exports.main = () => 1;', { timeout: 120 });
    builtFunction(dir, 'fine', 'exports.main = () => 1;', { timeout: 5 });
    const problems = checkReadiness({ functionsDir: dir });
    expect(problems.map((p) => [p.check, p.subject])).toEqual([
      ['timeout', 'bare'],
      ['timeout', 'too-long'],
      ['timeout', 'untimed'],
    ]);
  });

  it('an openapi call in a bundle without its permission in config.json is not ready (-604101 on WeChat)', () => {
    builtFunction(dir, 'sender', SENDS, { timeout: 5, permissions: { openapi: ['security.msgSecCheck'] } });
    builtFunction(dir, 'declared', SENDS, { timeout: 5, permissions: { openapi: ['subscribeMessage.send'] } });
    expect(checkReadiness({ functionsDir: dir }).map((p) => p.subject)).toEqual(['sender:subscribeMessage.send']);
  });

  it('a malformed trigger is not ready: wrong type, missing name, a cron that is not 7 valid fields', () => {
    const trigger = (t: unknown) => ({ timeout: 5, triggers: [t] });
    builtFunction(dir, 'a', '', trigger({ name: 'tick', type: 'timer', config: '0 */1 * * * * *' }));
    builtFunction(dir, 'b', '', trigger({ name: 'tick', type: 'http', config: '0 */1 * * * * *' }));
    builtFunction(dir, 'c', '', trigger({ type: 'timer', config: '0 */1 * * * * *' }));
    builtFunction(dir, 'd', '', trigger({ name: 'tick', type: 'timer', config: '*/5 * * * *' }));
    builtFunction(dir, 'e', '', trigger({ name: 'tick', type: 'timer', config: '0 99 * * * * *' }));
    expect(checkReadiness({ functionsDir: dir }).map((p) => p.subject)).toEqual([
      'b:triggers.0',
      'c:triggers.0',
      'd:triggers.0',
      'e:triggers.0',
    ]);
  });

  it('every function this project builds is ready (run after npm run build:functions)', () => {
    const built = path.join(REPO_ROOT, 'dist', 'cloudfunctions');
    expect(fs.existsSync(built)).toBe(true);
    expect(checkReadiness({ functionsDir: built })).toEqual([]);
  });
});

describe('query shapes recorded by the local cloud while the suite runs', () => {
  let h: Harness;
  let shapes: string;
  beforeEach(async () => {
    shapes = path.join(dir, 'shapes.jsonl');
    h = await startHarness({
      queryShapesFile: shapes,
      indexes: { people: [{ name: 'grid', keys: [['grid', 1]] }] },
    });
  });
  afterEach(() => h.close());

  it('a query on a big collection that no index serves is not ready; indexed ones and small collections are', async () => {
    const people = Array.from({ length: 400 }, (_, i) => ({ _id: `p${i}`, grid: `g${i % 10}`, name: `n${i}` }));
    h.db.importDocuments('people', people);
    await h.sdk.collection('people').where({ grid: 'g1' }).get();
    await h.sdk.collection('people').where({ _id: 'p7' }).get();
    await h.sdk.collection('people').where({ name: 'n5' }).count();
    await h.sdk.collection('people').limit(10).get(); // a plain page: no filter, no index needed
    const recorded = readShapes(shapes);
    expect(recorded).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ collection: 'people', fields: ['grid'], indexed: true, docs: 400 }),
        expect.objectContaining({ collection: 'people', fields: ['_id'], indexed: true }),
        expect.objectContaining({ collection: 'people', fields: ['name'], indexed: false, docs: 400 }),
      ]),
    );
    const problems = checkReadiness({ functionsDir: path.join(dir, 'none'), shapesFile: shapes });
    expect(problems.map((p) => [p.check, p.subject])).toEqual([['unindexed-query', 'people|name|']]);
    expect(checkReadiness({ functionsDir: path.join(dir, 'none'), shapesFile: shapes, bigCollection: 500 })).toEqual(
      [],
    );
  });
});
