/** @jest-environment node */
import http from 'node:http';
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

/**
 * The local cloud answers its own page only. Each refusal below is something any web page the developer
 * visits could otherwise do (issue 13): act as a demo identity through the gateway, read the store by DNS
 * rebinding, wipe it through the inspector, or run SDK actions by posting text/plain to /tcb.
 */
const DEV_ORIGIN = 'http://localhost:10086';
const EVIL = 'https://evil.example';

let fx: FixtureCloud;
let port: number;
beforeAll(async () => {
  fx = await startFixtureCloud({ allowedOrigins: [DEV_ORIGIN] });
  port = Number(new URL(fx.cloud.url).port);
  await gatewayCall(fx.cloud, 'writer', { count: 2 }, 'o-1');
  // A field long enough that ^(x+x+)+y$ backtracks for about a second when evaluated.
  fx.cloud.db.importDocuments('fixture_writes', [{ _id: 'long', text: 'x'.repeat(25) }]);
});
afterAll(() => fx.stop());

const writesStored = () => fx.cloud.db.browse('fixture_writes', '{}', 0, 100).total;

/** A raw HTTP request: fetch cannot set Host, and a browser's request carries headers fetch would not add. */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** What the gateway and inspector answer, as far as these tests read it. */
interface Answer {
  error?: { code: string; message: string };
  result?: { openid: string };
  docs?: { _id: string }[];
}

const gatewayBody = JSON.stringify({ fn: 'writer', data: { count: 1 } });

describe('Host: loopback names with the served port only', () => {
  it('refuses a request naming another host (DNS rebinding) on every endpoint, running nothing', async () => {
    const before = writesStored();
    const requestsBefore = fx.cloud.requests().length;
    for (const [method, path, body] of [
      ['POST', '/gateway/call', gatewayBody],
      ['GET', '/_inspector/api/collections', undefined],
      ['GET', '/_inspector', undefined],
      ['POST', '/tcb', JSON.stringify({ action: 'database.getDocument', collectionName: 'fixture_writes' })],
      ['GET', '/nothing', undefined],
    ] as const) {
      const res = await raw(
        method,
        path,
        { host: `rebind.evil.example:${port}`, 'content-type': 'application/json', 'x-wx-openid': 'o-1' },
        body,
      );
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.body).not.toContain('fixture_writes');
    }
    expect(writesStored()).toBe(before);
    expect(fx.cloud.requests().length).toBe(requestsBefore);
  });

  it('answers localhost and 127.0.0.1 with the port', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`]) {
      const res = await raw('GET', '/_inspector/api/collections', { host });
      expect(res.status).toBe(200);
    }
    expect((await raw('GET', '/_inspector/api/collections', { host: 'localhost:1' })).status).toBe(403);
  });
});

describe('Origin: the gateway and inspector answer their own page and configured dev origins', () => {
  it('refuses a gateway call from another site, before the function runs', async () => {
    const before = writesStored();
    const requestsBefore = fx.cloud.requests().length;
    const res = await fetch(`${fx.cloud.url}/gateway/call`, {
      method: 'POST',
      headers: { origin: EVIL, 'content-type': 'application/json', 'x-wx-openid': 'o-1' },
      body: gatewayBody,
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await res.json()) as Answer).error?.code).toBe('FORBIDDEN_ORIGIN');
    expect(writesStored()).toBe(before);
    expect(fx.cloud.requests().length).toBe(requestsBefore);
  });

  it('gives another site no CORS grant on a preflight (no wildcard, no X-WX-OPENID)', async () => {
    const res = await fetch(`${fx.cloud.url}/gateway/call`, {
      method: 'OPTIONS',
      headers: { origin: EVIL, 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('refuses the inspector API to another site', async () => {
    const res = await fetch(`${fx.cloud.url}/_inspector/api/collections`, { headers: { origin: EVIL } });
    expect(res.status).toBe(403);
  });

  it('serves its own origin and a configured dev origin, with CORS for the dev origin only', async () => {
    const own = await fetch(`${fx.cloud.url}/gateway/call`, {
      method: 'POST',
      headers: { origin: fx.cloud.url, 'content-type': 'application/json', 'x-wx-openid': 'o-own' },
      body: JSON.stringify({ fn: 'whoami', data: {} }),
    });
    expect(own.status).toBe(200);
    expect(((await own.json()) as Answer).result?.openid).toBe('o-own');

    const preflight = await fetch(`${fx.cloud.url}/gateway/call`, {
      method: 'OPTIONS',
      headers: { origin: DEV_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(DEV_ORIGIN);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('x-wx-openid');
    const dev = await fetch(`${fx.cloud.url}/gateway/call`, {
      method: 'POST',
      headers: { origin: DEV_ORIGIN, 'content-type': 'application/json', 'x-wx-openid': 'o-dev' },
      body: JSON.stringify({ fn: 'whoami', data: {} }),
    });
    expect(dev.status).toBe(200);
    expect(dev.headers.get('access-control-allow-origin')).toBe(DEV_ORIGIN);
  });
});

describe('inspector writes need the token its own page carries', () => {
  it('refuses a reset without the token, and the data stays', async () => {
    const before = writesStored();
    expect(before).toBeGreaterThan(0);
    const none = await fetch(`${fx.cloud.url}/_inspector/api/reset`, { method: 'POST' });
    expect(none.status).toBe(403);
    const wrong = await fetch(`${fx.cloud.url}/_inspector/api/reset`, {
      method: 'POST',
      headers: { 'x-inspector-token': 'guess' },
    });
    expect(wrong.status).toBe(403);
    const fire = await fetch(`${fx.cloud.url}/_inspector/api/triggers/timer/tick/fire`, { method: 'POST' });
    expect(fire.status).toBe(403);
    expect(writesStored()).toBe(before);
  });

  it('the page carries a token that differs at every start', async () => {
    const page = await (await fetch(`${fx.cloud.url}/_inspector`)).text();
    expect(page).toContain(fx.cloud.inspectorToken);
    const other = await startFixtureCloud();
    try {
      expect(other.cloud.inspectorToken).not.toBe(fx.cloud.inspectorToken);
    } finally {
      await other.stop();
    }
  });
});

describe('/tcb serves the SDK, never a browser', () => {
  const insert = JSON.stringify({
    action: 'database.insertDocument',
    collectionName: 'fixture_writes',
    data: [JSON.stringify({ _id: 'from-a-page', n: 1 })],
  });

  it('refuses a cross-site text/plain POST (a form or no-cors fetch) without running it', async () => {
    const before = writesStored();
    const res = await raw('POST', '/tcb', { host: `127.0.0.1:${port}`, 'content-type': 'text/plain' }, insert);
    expect(res.status).toBe(415);
    expect(writesStored()).toBe(before);
  });

  it('refuses any request carrying Origin or Sec-Fetch-Site, even as JSON', async () => {
    const before = writesStored();
    const browserHeaders: Record<string, string>[] = [{ origin: fx.cloud.url }, { 'sec-fetch-site': 'cross-site' }];
    for (const header of browserHeaders) {
      const res = await raw(
        'POST',
        '/tcb',
        { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...header },
        insert,
      );
      expect(res.status).toBe(403);
    }
    expect(writesStored()).toBe(before);
  });

  it('the real SDK (through a function) still reads and writes', async () => {
    const before = writesStored();
    const res = await gatewayCall(fx.cloud, 'writer', { count: 1 }, 'o-2');
    expect(res.status).toBe(200);
    expect(writesStored()).toBe(before + 1);
  });
});

describe('inspector filters: a catastrophic regex is refused at once', () => {
  const docs = (filter: unknown) =>
    fetch(
      `${fx.cloud.url}/_inspector/api/collections/fixture_writes/docs?filter=${encodeURIComponent(JSON.stringify(filter))}`,
    );

  it.each([
    ['$regex', { text: { $regex: '^(x+x+)+y$' } }],
    ['EJSON regexp', { text: { $regularExpression: { pattern: '^(x|xx)+y$', options: '' } } }],
    ['$expr $regexMatch', { $expr: { $regexMatch: { input: '$text', regex: '^(x+x+)+y$' } } }],
    ['computed pattern', { $expr: { $regexMatch: { input: '$text', regex: { $concat: ['^(x+x+)+', 'y$'] } } } }],
    ['too long', { text: { $regex: 'x'.repeat(101) } }],
  ])('%s: 400 within 100 ms', async (_name, filter) => {
    // The best of five round trips: this machine is shared, and evaluating the pattern takes about 1 s each time.
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const res = await docs(filter);
      const body = (await res.json()) as Answer;
      fastest = Math.min(fastest, performance.now() - started);
      expect(res.status).toBe(400);
      expect(body.error?.message).toMatch(/正则表达式/);
    }
    expect(fastest).toBeLessThan(100);
  });

  it('a plain pattern still filters', async () => {
    const res = await docs({ text: { $regex: '^x{3}' } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as Answer).docs?.map((d) => d._id)).toEqual(['long']);
  });
});
