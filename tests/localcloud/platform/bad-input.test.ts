/** @jest-environment node */
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud();
});
afterAll(() => fx.stop());

/** Every document the store holds, counted per collection: a refused write must leave this unchanged. */
const stored = () => Object.fromEntries(fx.cloud.db.listCollections().map((c) => [c.name, c.count]));

const post = (path: string, body: string | Buffer, contentType = 'application/json') =>
  fetch(`${fx.cloud.url}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('bad input gets a clear answer and the server goes on serving', () => {
  it('malformed JSON on the SDK endpoint: 400 INVALID_JSON, and nothing stored', async () => {
    const before = stored();
    const res = await post(
      '/tcb/req/r-bad-json?env=x',
      '{"action": "database.insertDocument", "collectionName": "messages", "data": ["{}"',
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'INVALID_JSON', requestId: 'r-bad-json' });
    expect(fx.cloud.meter('r-bad-json')).toEqual({ reads: 0, writes: 0 });
    expect(stored()).toEqual(before);
  });

  it('a body without action: 400 naming what is missing', async () => {
    const res = await post('/tcb', JSON.stringify({ collectionName: 'x' }));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain('action');
  });

  it('an unknown action: an SDK error body naming the action (never silent success)', async () => {
    const res = await post('/tcb', JSON.stringify({ action: 'storage.getFileAuthority', fileList: [] }));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      code: 'INVALID_ACTION',
      message: expect.stringContaining('storage.getFileAuthority'),
    });
    const other = await post('/tcb', JSON.stringify({ action: 'ai.bot.chat' }));
    expect(((await other.json()) as { message: string }).message).toContain('ai.bot.chat');
  });

  it('a body over 5 MB: 413 on the SDK endpoint and the gateway, and nothing stored', async () => {
    const before = stored();
    const huge = JSON.stringify({
      action: 'database.insertDocument',
      collectionName: 'messages',
      data: [JSON.stringify({ text: 'x'.repeat(5 * 1024 * 1024 + 10) })],
    });
    const tcb = await post('/tcb/req/r-huge?env=x', huge);
    expect(tcb.status).toBe(413);
    expect(await tcb.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect(fx.cloud.meter('r-huge')).toEqual({ reads: 0, writes: 0 });
    expect(stored()).toEqual(before);
    const gateway = await post(
      '/gateway/call',
      JSON.stringify({ fn: 'whoami', data: { blob: 'x'.repeat(6 * 1024 * 1024) } }),
    );
    expect(gateway.status).toBe(413);
    expect(((await gateway.json()) as any).error.code).toBe('BODY_TOO_LARGE');
  });

  it('malformed JSON on the gateway: 400 INVALID_JSON in Chinese', async () => {
    const res = await post('/gateway/call', '{fn: whoami}');
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.error.code).toBe('INVALID_JSON');
    expect(body.error.message).toMatch(/JSON/);
  });

  it('unknown paths and methods are refused plainly', async () => {
    expect((await fetch(`${fx.cloud.url}/nothing-here`)).status).toBe(404);
    expect((await fetch(`${fx.cloud.url}/tcb`)).status).toBe(405);
  });

  it('after all that, a normal call still works', async () => {
    const res = await gatewayCall(fx.cloud, 'whoami', {}, 'o-after');
    expect(res.status).toBe(200);
    expect(res.body.result.openid).toBe('o-after');
  });
});
