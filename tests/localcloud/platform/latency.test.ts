/** @jest-environment node */
import { spawn } from 'node:child_process';
import path from 'node:path';
import * as wxCloud from 'wx-server-sdk';
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';
import { parseLatency, REPO_ROOT } from '../../../localcloud';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({ latency: { db: 40, openapi: 120 } });
});
afterAll(() => fx.stop());

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

it('every database call through the real SDK waits the injected latency', async () => {
  // The writer fixture makes 3 add() one after another, then one get(): 4 round trips.
  const { ms, value } = await timed(() => gatewayCall(fx.cloud, 'writer', { count: 3 }, 'o-1'));
  expect(value.body.result).toMatchObject({ seen: 3 });
  expect(ms).toBeGreaterThanOrEqual(4 * 40);
});

it('an openapi call waits its own latency; concurrent calls overlap like round trips', async () => {
  const { ms } = await timed(() =>
    Promise.all(
      [1, 2, 3, 4, 5].map(() => gatewayCall(fx.cloud, 'notify', { op: 'check', content: '周六体检' }, 'o-1')),
    ),
  );
  expect(ms).toBeGreaterThanOrEqual(120);
  expect(ms).toBeLessThan(5 * 120);
});

it('can be changed at run time and switched off', async () => {
  fx.cloud.setLatency({});
  const { ms } = await timed(() => gatewayCall(fx.cloud, 'notify', { op: 'check', content: '周六体检' }, 'o-1'));
  expect(ms).toBeLessThan(120);
  fx.cloud.setLatency({ db: 40, openapi: 120 });
});

it('parses the command line form', () => {
  expect(parseLatency('db=30ms,openapi=150ms')).toEqual({ db: 30, openapi: 150 });
  expect(parseLatency('openapi=0.2s')).toEqual({ db: 0, openapi: 200 });
  expect(() => parseLatency('storage=5ms')).toThrow('--latency');
});

it('npm run localcloud -- --latency db=…: the real SDK pointed at it waits that long for a database call', async () => {
  const child = spawn(
    process.execPath,
    [
      path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      'localcloud/cli.ts',
      '--port',
      '0',
      '--memory',
      '--no-triggers',
      '--latency',
      'db=250ms,openapi=150ms',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const serviceUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /^serviceUrl: (\S+)$/m.exec(out);
        if (match && out.includes('latency: db=250ms,openapi=150ms')) resolve(match[1]);
      });
      child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
    });
    const cloud = wxCloud as unknown as { init(c: object): void; database(): any };
    cloud.init({ env: 'vetgrid-local', serviceUrl, secretId: 'local', secretKey: 'local' });
    const db = cloud.database();
    await db.createCollection('latency_probe');
    const { ms } = await timed(() => db.collection('latency_probe').count());
    expect(ms).toBeGreaterThanOrEqual(250);
  } finally {
    child.kill('SIGTERM');
  }
}, 30_000);
