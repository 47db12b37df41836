/** @jest-environment node */
import { gatewayCall, startFixtureCloud, type FixtureCloud } from './support/fixture-cloud';

let fx: FixtureCloud;
beforeAll(async () => {
  fx = await startFixtureCloud();
});
afterAll(() => fx.stop());

async function storage(data: Record<string, unknown>) {
  const res = await gatewayCall(fx.cloud, 'storage-roundtrip', data, 'o-storage');
  expect(res.status).toBe(200);
  return res.body.result;
}

describe('storage through the real SDK', () => {
  it('uploads a file and hands out a WeChat-style fileID', async () => {
    const { fileID } = await storage({ op: 'upload', cloudPath: 'notices/关于体检.txt', text: '体检通知' });
    expect(fileID).toMatch(/^cloud:\/\/vetgrid-local\.[^/]+\/notices\/关于体检\.txt$/);
    expect(fx.cloud.files().map((f) => f.fileID)).toContain(fileID);
  });

  it('serves the content through a temp URL, and only through it', async () => {
    const { fileID } = await storage({ op: 'upload', cloudPath: 'a/b.txt', text: 'hello 你好' });
    const { file } = await storage({ op: 'url', fileID });
    expect(file.status).toBe(0);
    const res = await fetch(file.tempFileURL);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('hello 你好');
    expect(res.headers.get('content-type')).toContain('text/plain');

    // Knowing the fileID is not enough: the fileID itself, a made-up token, a token whose payload was
    // rewritten to name another file, or whose signature was altered, all get 403.
    const token = new URL(file.tempFileURL).pathname.split('/')[2];
    const [payload, signature] = token.split('.');
    const other = JSON.parse(Buffer.from(payload, 'base64url').toString());
    other.fileID = fileID.replace('a/b.txt', 'a/other.txt');
    const forged = [
      `/files/${encodeURIComponent(fileID)}`,
      '/files/abc.def',
      `/files/${Buffer.from(JSON.stringify(other)).toString('base64url')}.${signature}`,
      `/files/${payload}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
    ];
    for (const guess of forged) expect((await fetch(`${fx.cloud.url}${guess}`)).status).toBe(403);
  });

  it('expires temp URLs: 2 hours by default, maxAge when given', async () => {
    const { fileID } = await storage({ op: 'upload', cloudPath: 'expiring.txt', text: 'x' });
    const start = new Date('2030-01-01T00:00:00Z');
    fx.cloud.clock.set(start);
    const { file: defaultAge } = await storage({ op: 'url', fileID });
    const { file: short } = await storage({ op: 'url', fileID, maxAge: 60 });
    expect(defaultAge.maxAge).toBe(7200);
    fx.cloud.clock.advance(61_000);
    expect((await fetch(short.tempFileURL)).status).toBe(403);
    expect((await fetch(defaultAge.tempFileURL)).status).toBe(200);
    fx.cloud.clock.set(new Date(start.getTime() + 2 * 3600_000 + 1000));
    expect((await fetch(defaultAge.tempFileURL)).status).toBe(403);
    fx.cloud.clock.reset();
  });

  it('downloads and deletes; a deleted file is gone from its old temp URL and from getTempFileURL', async () => {
    const { fileID } = await storage({ op: 'upload', cloudPath: 'dl/report.txt', text: '月度报表' });
    expect((await storage({ op: 'download', fileID })).text).toBe('月度报表');
    const { file: url } = await storage({ op: 'url', fileID });
    const { file: deleted } = await storage({ op: 'delete', fileID });
    expect(deleted).toEqual({ fileID, status: 0, errMsg: 'ok' });
    expect((await fetch(url.tempFileURL)).status).toBe(403);
    const { file: missing } = await storage({ op: 'url', fileID });
    expect(missing.status).not.toBe(0);
    expect(missing.tempFileURL).toBe('');
    expect(fx.cloud.files().map((f) => f.fileID)).not.toContain(fileID);
  });
});
