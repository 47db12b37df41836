/** @jest-environment node */
import { FunctionFailedError } from '../../../localcloud/functions/function-runner';
import { pngImage } from '../../support/png-image';
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

/**
 * WeChat Cloud's rules, enforced by the local cloud and exercised through the real wx-server-sdk. Each test
 * names the rule it follows; where WeChat documents none, localcloud/db/README.md says which value we took.
 */
jest.setTimeout(20_000);

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({ blockedWords: ['赌博'], reviewWords: ['加微信私聊'] });
});
afterAll(() => fx.stop());
beforeEach(() => fx.cloud.reset());

type Result = { ok: boolean; errCode?: number; errMsg?: string } & Record<string, any>;
const run = async (fn: string, event: Record<string, unknown>, OPENID = 'o-rules'): Promise<Result> =>
  (await fx.cloud.invoke(fn, event, { OPENID })).result as Result;
const tagsInStore = () =>
  fx.cloud.db.browse('fixture_writes', '', 0, 10_000).docs.map((d) => (d as { tag?: string }).tag);
/** Waits for a timed-out sleeper of `fn` to wake and be refused, so its late write cannot leak into later tests. */
const refusedLate = (fn: string) =>
  until(() => fx.cloud.requests().some((r) => r.functionName === fn && r.refusedAfterTimeout > 0), 2000);
const until = async (what: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!what() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return what();
};

describe('function timeout (getFuntionConfig: timeout 1-300 s, default 3 s; we rely on at most 60 s)', () => {
  it('a function with no config.json gets 3 s, fails as WeChat fails, and nothing it does afterwards lands', async () => {
    const err = await fx.cloud.invoke('rules-bare', { op: 'sleepThenWrite', ms: 3300, tag: 'late' }).catch((e) => e);
    expect(err).toBeInstanceOf(FunctionFailedError);
    expect(err.code).toBe('FUNCTION_TIMEOUT');
    expect(err.message).toContain('Invoking task timed out after 3 seconds');
    // The sleeper wakes at 3.3 s and tries to write: the local cloud refuses every call of that request.
    const record = () => fx.cloud.requests().find((r) => r.requestId === err.requestId);
    expect(record()?.refusedAfterTimeout).toBe(0); // the caller heard of the timeout before the late write
    expect(await until(() => (record()?.refusedAfterTimeout ?? 0) > 0, 2000)).toBe(true);
    expect(record()?.status).toBe('timeout');
    expect(tagsInStore()).not.toContain('late');
  });

  it("a function called with cloud.callFunction that times out rejects in its caller with WeChat's timeout message", async () => {
    const res = await run('rules-configured', {
      op: 'call',
      target: 'rules-bare',
      data: { op: 'sleepThenWrite', ms: 3300, tag: 'nested' },
    });
    expect(res.ok).toBe(false);
    // TCB's FUNCTIONS_EXECUTE_FAIL body; the SDK reports it as callFunction:fail with WeChat's message.
    expect(res.errMsg).toMatch(/^callFunction:fail .*Invoking task timed out after 3 seconds/);
    expect(await refusedLate('rules-bare')).toBe(true);
    expect(tagsInStore()).not.toContain('nested');
  });

  it("config.json's timeout is honoured (5 s lets a 3.5 s call finish); one outside 1-60 s does not run", async () => {
    expect(await run('rules-configured', { op: 'sleepThenWrite', ms: 3500, tag: 'patient' })).toEqual({ ok: true });
    expect(tagsInStore()).toContain('patient');
    const err = await fx.cloud.invoke('rules-bad-timeout', { op: 'list' }).catch((e) => e);
    expect(err).toBeInstanceOf(FunctionFailedError);
    expect(err.message).toContain('timeout 应为 1-60');
  });

  it('the gateway answers a timed-out call with 504 FUNCTION_TIMEOUT', async () => {
    const res = await gatewayCall(fx.cloud, 'rules-bare', { op: 'sleepThenWrite', ms: 3200, tag: 'gw' }, 'o-gw');
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('FUNCTION_TIMEOUT');
    expect(await refusedLate('rules-bare')).toBe(true);
  });
});

describe('storage batches (Cloud.getTempFileURL: 「一次最多取 50 个」; deleteFile the same)', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `cloud://vetgrid-local.x/none/${i}.png`);

  it('getTempFileURL takes 50 files and refuses 51', async () => {
    expect(await run('rules-configured', { op: 'urls', fileIDs: ids(50) })).toMatchObject({ ok: true, count: 50 });
    const refused = await run('rules-configured', { op: 'urls', fileIDs: ids(51) });
    expect(refused.ok).toBe(false);
    expect(refused.errMsg).toContain('一次最多 50 个文件');
  });

  it('deleteFile takes 50 files and refuses 51', async () => {
    expect(await run('rules-configured', { op: 'delete', fileIDs: ids(50) })).toMatchObject({ ok: true, count: 50 });
    const refused = await run('rules-configured', { op: 'delete', fileIDs: ids(51) });
    expect(refused.ok).toBe(false);
    expect(refused.errMsg).toContain('一次最多 50 个文件');
  });
});

describe('callFunction payload (Cloud.callFunction: data over 100 KB should go through storage/CDN)', () => {
  it('100 KB of data passes; more is refused before the callee runs', async () => {
    const fits = await run('rules-configured', { op: 'call', target: 'whoami', data: { blob: 'x'.repeat(90_000) } });
    expect(fits.ok).toBe(true);
    const tooBig = await run('rules-configured', { op: 'call', target: 'whoami', data: { blob: 'x'.repeat(103_000) } });
    expect(tooBig.ok).toBe(false);
    expect(tooBig.errMsg).toContain('100 KB');
  });
});

describe('query results (WeChat Cloud guarantees no order without orderBy)', () => {
  beforeEach(() => {
    fx.cloud.db.importDocuments(
      'fixture_writes',
      Array.from({ length: 30 }, (_, i) => ({ _id: `w${String(i).padStart(2, '0')}`, tag: `t${i}`, n: i })),
    );
  });

  it('come back in a deterministic order that is not the order they were added in', async () => {
    const first = await run('rules-configured', { op: 'list' });
    const second = await run('rules-configured', { op: 'list' });
    const inserted = Array.from({ length: 30 }, (_, i) => `t${i}`);
    expect(first.tags).toHaveLength(30);
    expect(first.tags).not.toEqual(inserted);
    expect([...first.tags].sort()).toEqual([...inserted].sort());
    expect(second.tags).toEqual(first.tags);
  });

  it('skip() without orderBy() is refused (pages would overlap or miss documents on WeChat)', async () => {
    const refused = await run('rules-configured', { op: 'page', skip: 10 });
    expect(refused.ok).toBe(false);
    expect(refused.errMsg).toContain('skip() without orderBy()');
    expect(await run('rules-configured', { op: 'page', skip: 10, orderBy: '_id' })).toEqual({ ok: true, count: 10 });
  });

  it('aggregate: 20 results without $limit, at most 1,000 with one (stricter choice), $skip needs a $sort', async () => {
    fx.cloud.db.importDocuments(
      'fixture_writes',
      Array.from({ length: 1100 }, (_, i) => ({ _id: `m${String(i).padStart(4, '0')}`, n: i })),
    );
    expect(await run('rules-configured', { op: 'aggregate' })).toEqual({ ok: true, count: 20 });
    expect(await run('rules-configured', { op: 'aggregate', limit: 1000 })).toEqual({ ok: true, count: 1000 });
    const over = await run('rules-configured', { op: 'aggregate', limit: 1001 });
    expect(over.ok).toBe(false);
    expect(over.errMsg).toContain('exceeds the 1000 results');
    const skipped = await run('rules-configured', { op: 'aggregate', skipUnsorted: 5, limit: 10 });
    expect(skipped.ok).toBe(false);
    expect(skipped.errMsg).toContain('$skip without a $sort');
  });
});

describe('security.msgSecCheck v2 (errcode 0 with result.suggest pass/review/risky; 61010)', () => {
  it('answers pass, review and risky with errcode 0', async () => {
    const pass = await run('rules-configured', { op: 'check', content: '周六上午体检' });
    expect(pass).toMatchObject({ ok: true, errCode: 0, result: { suggest: 'pass', label: 100 } });
    const review = await run('rules-configured', { op: 'check', content: '有事加微信私聊' });
    expect(review).toMatchObject({ ok: true, errCode: 0, result: { suggest: 'review' } });
    const risky = await run('rules-configured', { op: 'check', content: '这里有赌博信息' });
    expect(risky).toMatchObject({ ok: true, errCode: 0, result: { suggest: 'risky' } });
  });

  it('version 1 still answers 87014 for risky content', async () => {
    expect(await run('rules-configured', { op: 'check', content: '赌博', version: 1 })).toMatchObject({
      ok: false,
      errCode: 87014,
    });
  });

  it('61010 for a user who has not used the mini-program in the last 2 hours', async () => {
    await fx.cloud.invoke('whoami', {}, { OPENID: 'o-earlier' });
    fx.cloud.clock.advance(2 * 60 * 60 * 1000 + 60_000);
    try {
      const stale = await run('rules-configured', { op: 'check', content: '你好', openid: 'o-earlier' });
      expect(stale).toMatchObject({ ok: false, errCode: 61010 });
      const never = await run('rules-configured', { op: 'check', content: '你好', openid: 'o-never-seen' });
      expect(never).toMatchObject({ ok: false, errCode: 61010 });
    } finally {
      fx.cloud.clock.reset();
    }
  });
});

describe('security.imgSecCheck (PNG/JPEG/GIF, 1 MB, 750 x 1334 px)', () => {
  const check = (bytes: Buffer) =>
    gatewayCall(fx.cloud, 'notify', {
      op: 'checkImage',
      contentType: 'image/png',
      base64: bytes.toString('base64'),
    }).then((r) => r.body.result);

  it('takes 750 x 1334 and answers 40006 for one pixel more either way', async () => {
    expect(await check(pngImage({ width: 750, height: 1334 }))).toEqual({ ok: true, errCode: 0 });
    expect(await check(pngImage({ width: 751, height: 20 }))).toMatchObject({ ok: false, errCode: 40006 });
    expect(await check(pngImage({ width: 20, height: 1335 }))).toMatchObject({ ok: false, errCode: 40006 });
  });
});

describe('phonenumber.getPhoneNumber (the button code exchanged once for the verified phone)', () => {
  it('a local demo code local-phone-<11 digits> gives that phone once; reuse is 40163, anything else 40029', async () => {
    const first = await run('rules-configured', { op: 'phone', code: 'local-phone-13800138000' });
    expect(first).toEqual({
      ok: true,
      phoneInfo: expect.objectContaining({ purePhoneNumber: '13800138000', countryCode: '86' }),
    });
    expect(await run('rules-configured', { op: 'phone', code: 'local-phone-13800138000' })).toMatchObject({
      ok: false,
      errCode: 40163,
    });
    expect(await run('rules-configured', { op: 'phone', code: 'from-somewhere' })).toMatchObject({
      ok: false,
      errCode: 40029,
    });
  });
});

describe('openapi permissions (CloudBase: an API not declared in config.json permissions.openapi is -604101)', () => {
  it('a function whose config.json does not declare the API is refused', async () => {
    const res = await run('rules-configured', { op: 'image', base64: pngImage().toString('base64') });
    expect(res).toMatchObject({ ok: false, errCode: -604101 });
  });

  it('a function with no config.json at all is refused every openapi call', async () => {
    expect(await run('rules-bare', { op: 'check', content: '你好' })).toMatchObject({ ok: false, errCode: -604101 });
    expect(await run('rules-bare', { op: 'phone', code: 'local-phone-13900139000' })).toMatchObject({
      ok: false,
      errCode: -604101,
    });
  });
});
