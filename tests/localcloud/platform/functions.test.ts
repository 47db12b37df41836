/** @jest-environment node */
import fs from 'node:fs';
import path from 'node:path';
import { startLocalCloud } from '../../../localcloud';
import { FIXTURE_INDEXES, gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud();
});
afterAll(() => fx.stop());

describe('function runner and gateway', () => {
  it('builds deployable folders: index.js, package.json pinning the SDK, config.json when declared', () => {
    const notify = path.join(fx.functionsDir, 'notify');
    expect(fs.readdirSync(notify).sort()).toEqual(['config.json', 'index.js', 'package.json']);
    expect(JSON.parse(fs.readFileSync(path.join(notify, 'package.json'), 'utf8'))).toEqual({
      name: 'notify',
      version: '1.0.0',
      main: 'index.js',
      dependencies: { 'wx-server-sdk': '4.0.2' },
    });
    expect(fs.existsSync(path.join(fx.functionsDir, '_shared'))).toBe(false);
    const bundle = fs.readFileSync(path.join(notify, 'index.js'), 'utf8');
    expect(bundle).toContain('require("wx-server-sdk")');
    expect(bundle).toContain('function sdkFor'); // shared code is bundled in, not required
  });

  it('a built bundle answers through the gateway with its OPENID, and through invoke()', async () => {
    const res = await gatewayCall(fx.cloud, 'whoami', { hello: 1 }, 'o-alice');
    expect(res.status).toBe(200);
    expect(res.body.result).toMatchObject({ openid: 'o-alice', event: { hello: 1, userInfo: { openId: 'o-alice' } } });
    const direct = await fx.cloud.invoke('whoami', {}, { OPENID: 'o-bob', UNIONID: 'u-bob' });
    expect(direct.result).toMatchObject({ openid: 'o-bob', unionid: 'u-bob' });
  });

  it('two overlapping gateway calls each see their own OPENID', async () => {
    const [slow, fast] = await Promise.all([
      gatewayCall(fx.cloud, 'whoami', { delayMs: 150 }, 'o-slow'),
      gatewayCall(fx.cloud, 'whoami', { delayMs: 0 }, 'o-fast'),
    ]);
    expect(slow.body.result.openid).toBe('o-slow');
    expect(fast.body.result.openid).toBe('o-fast');
  });

  it('without X-WX-OPENID the function runs with an empty OPENID (it decides what that means)', async () => {
    const res = await gatewayCall(fx.cloud, 'whoami', {});
    expect(res.status).toBe(200);
    expect(res.body.result.openid).toBe('');
  });

  it('meters each request: the writer fixture makes exactly N writes', async () => {
    const res = await gatewayCall(fx.cloud, 'writer', { count: 3 }, 'o-w');
    const { requestId } = res.body.result;
    expect(res.requestId).toBe(requestId);
    expect(fx.cloud.meter(requestId).writes).toBe(3);
    expect(fx.cloud.meter(requestId).reads).toBeGreaterThan(0);
    const over = await (await fetch(`${fx.cloud.url}/localcloud/api/requests/${requestId}/meter`)).json();
    expect(over).toEqual(fx.cloud.meter(requestId));
    // Another request's writes are its own.
    const second = await gatewayCall(fx.cloud, 'writer', { count: 1 }, 'o-w');
    expect(fx.cloud.meter(second.body.result.requestId).writes).toBe(1);
    expect(fx.cloud.meter(requestId).writes).toBe(3);
  });

  it('cloud.callFunction from one function runs the other with the caller identity', async () => {
    const res = await gatewayCall(fx.cloud, 'caller', { target: 'whoami', data: { via: 'caller' } }, 'o-carol');
    expect(res.body.result).toMatchObject({ ok: true, result: { openid: 'o-carol', event: { via: 'caller' } } });
  });

  it('cloud.callFunction of a missing or failing function rejects in the caller with the reason', async () => {
    const missing = await gatewayCall(fx.cloud, 'caller', { target: 'no-such-fn' }, 'o-1');
    expect(missing.body.result.ok).toBe(false);
    expect(missing.body.result.errMsg).toContain('no-such-fn');
    const failing = await gatewayCall(
      fx.cloud,
      'caller',
      { target: 'failing', data: { message: '数据库不可用' } },
      'o-1',
    );
    expect(failing.body.result.ok).toBe(false);
    expect(failing.body.result.errMsg).toContain('数据库不可用');
  });

  it('gateway errors: unknown function 404, throwing function 500, missing fn 400, in Chinese', async () => {
    const unknown = await gatewayCall(fx.cloud, 'no-such-fn', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toEqual({ code: 'FUNCTION_NOT_FOUND', message: '云函数 no-such-fn 不存在' });
    const failing = await gatewayCall(fx.cloud, 'failing', { message: 'boom' });
    expect(failing.status).toBe(500);
    expect(failing.body.error.code).toBe('FUNCTION_ERROR');
    expect(failing.body.error.message).toContain('云函数 failing 执行出错');
    const noName = await fetch(`${fx.cloud.url}/gateway/call`, { method: 'POST', body: JSON.stringify({ data: {} }) });
    expect(noName.status).toBe(400);
    expect(((await noName.json()) as any).error.code).toBe('INVALID_REQUEST');
  });

  it('passes the controllable clock to functions as context.localCloud.now', async () => {
    fx.cloud.clock.set('2031-03-04T05:06:07.000Z');
    const { result } = await fx.cloud.invoke('echo-timer', { manual: true });
    expect((result as { now: string }).now).toBe('2031-03-04T05:06:07.000Z');
    fx.cloud.clock.reset();
  });

  it('runs functions on their own instances: one computing for two seconds does not hold up another call', async () => {
    const cloud = await startLocalCloud({
      memory: true,
      functionsDir: fx.functionsDir,
      enableTriggers: false,
      indexes: FIXTURE_INDEXES,
      functionThreads: 2,
    });
    try {
      const finished: string[] = [];
      const spin = cloud.invoke('spin', { ms: 2_000 }).then(() => finished.push('spin'));
      const other = cloud.invoke('whoami', {}, { OPENID: 'o-carol' }).then((inv) => {
        finished.push('whoami');
        return inv.result;
      });
      expect(await other).toMatchObject({ openid: 'o-carol' });
      await spin;
      expect(finished).toEqual(['whoami', 'spin']);
    } finally {
      await cloud.close();
    }
  });

  it('an instance that dies takes its call with it (FUNCTION_ERROR); the next call gets a new instance', async () => {
    await expect(fx.cloud.invoke('spin', { exit: true })).rejects.toMatchObject({ code: 'FUNCTION_ERROR' });
    expect((await fx.cloud.invoke('spin', { ms: 1 })).result).toMatchObject({ turns: expect.any(Number) });
  });
});
