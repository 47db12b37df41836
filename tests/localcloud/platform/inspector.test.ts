/** @jest-environment node */
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud({ subscribeTemplates: { TPL: ['thing1'] } });
  await gatewayCall(fx.cloud, 'writer', { count: 2 }, 'o-1');
  fx.cloud.requestSubscribeMessage('o-9', { TPL: 'accept' });
  await gatewayCall(
    fx.cloud,
    'notify',
    { op: 'send', touser: 'o-9', templateId: 'TPL', page: 'pages/home', data: { thing1: { value: '通知' } } },
    'o-1',
  );
  await gatewayCall(fx.cloud, 'storage-roundtrip', { op: 'upload', cloudPath: 'ins/a.txt', text: 'inspect me' }, 'o-1');
});
afterAll(() => fx.stop());

const api = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${fx.cloud.url}/_inspector/api/${path}`, init);
  return { status: res.status, body: (await res.json()) as any };
};

describe('inspector', () => {
  it('serves a Chinese HTML page', async () => {
    const res = await fetch(`${fx.cloud.url}/_inspector`);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('本地云检查器');
  });

  it('lists collections with counts and browses documents with a JSON filter', async () => {
    const { body } = await api('collections');
    expect(body.collections).toEqual(expect.arrayContaining([{ name: 'fixture_writes', count: 2 }]));
    const page = await api(`collections/fixture_writes/docs?filter=${encodeURIComponent('{}')}&limit=1`);
    expect(page.body.total).toBe(2);
    expect(page.body.docs).toHaveLength(1);
    const bad = await api(`collections/fixture_writes/docs?filter=${encodeURIComponent('{oops')}`);
    expect(bad.status).toBe(400);
  });

  it('lists the outbox, files (with a working temp URL) and request meters', async () => {
    expect((await api('outbox')).body.messages).toEqual([
      expect.objectContaining({ touser: 'o-9', templateId: 'TPL' }),
    ]);
    const { files } = (await api('files')).body;
    expect(files).toHaveLength(1);
    expect(await (await fetch(files[0].tempFileURL)).text()).toBe('inspect me');
    const { requests } = (await api('requests')).body;
    expect(requests.find((r: any) => r.functionName === 'writer')).toMatchObject({
      writes: 2,
      status: 'ok',
      identity: { OPENID: 'o-1' },
    });
  });

  it('reset (POST, with the token the page carries) empties everything', async () => {
    expect((await api('reset')).status).toBe(404);
    const page = await (await fetch(`${fx.cloud.url}/_inspector`)).text();
    const token = /name="inspector-token" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect((await api('reset', { method: 'POST', headers: { 'x-inspector-token': token } })).body).toEqual({
      ok: true,
    });
    expect((await api('collections')).body.collections.every((c: any) => c.count === 0)).toBe(true);
    expect((await api('outbox')).body.messages).toEqual([]);
    expect((await api('files')).body.files).toEqual([]);
  });
});
