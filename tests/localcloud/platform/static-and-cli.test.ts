/** @jest-environment node */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as wxCloud from 'wx-server-sdk';
import { REPO_ROOT } from '../../../localcloud';
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

describe('serving a built H5 app (staticDir)', () => {
  let fx: FixtureCloud;
  let appDir: string;
  beforeAll(async () => {
    appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-h5-'));
    fs.mkdirSync(path.join(appDir, 'js'));
    fs.writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>网格</title><div id="app"></div>');
    fs.writeFileSync(path.join(appDir, 'js', 'app.js'), 'console.log(1)');
    fx = await startFixtureCloud({ staticDir: appDir });
  });
  afterAll(async () => {
    await fx.stop();
    fs.rmSync(appDir, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, 404s missing assets', async () => {
    const home = await fetch(`${fx.cloud.url}/`);
    expect(await home.text()).toContain('网格');
    const route = await fetch(`${fx.cloud.url}/pages/notice/detail?id=3`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="app">');
    const js = await fetch(`${fx.cloud.url}/js/app.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${fx.cloud.url}/js/missing.js`)).status).toBe(404);
    // An encoded path that climbs out of the app folder never reaches the file system outside it.
    expect(await (await fetch(`${fx.cloud.url}/..%2f..%2f..%2fetc%2fpasswd`)).text()).not.toContain('root:');
  });

  it('keeps the API routes on the same origin', async () => {
    expect((await gatewayCall(fx.cloud, 'whoami', {}, 'o-h5')).body.result.openid).toBe('o-h5');
    expect((await fetch(`${fx.cloud.url}/files/not-a-token`)).status).toBe(403);
  });
});

describe('npm run localcloud (cli)', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    child?.kill('SIGTERM');
  });

  it('prints a serviceUrl that the real SDK cloud.init accepts', async () => {
    child = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'localcloud/cli.ts',
        '--port',
        '0',
        '--memory',
        '--no-triggers',
      ],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const serviceUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      child!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /^serviceUrl: (\S+)$/m.exec(out);
        if (match) resolve(match[1]);
      });
      child!.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child!.once('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
    });
    expect(serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tcb$/);
    const cloud = wxCloud as unknown as { init(c: object): void; database(): any };
    cloud.init({ env: 'vetgrid-local', serviceUrl, secretId: 'local', secretKey: 'local' });
    const db = cloud.database();
    await db.createCollection('cli_probe');
    const { _id } = await db.collection('cli_probe').add({ data: { ok: true } });
    const { total } = await db.collection('cli_probe').count();
    expect(typeof _id).toBe('string');
    expect(total).toBe(1);
  }, 30_000);
});
