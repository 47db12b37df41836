import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalDatabase, sdkErrorBody } from '../../../localcloud/db';
import type { LocalDatabaseOptions } from '../../../localcloud/db';

// Skips the SDK's per-call probe of the Tencent Cloud metadata host (a DNS lookup and ~60 ms per call).
process.env.TENCENTCLOUD = 'true';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cloud = require('wx-server-sdk');

export interface Meter {
  reads: number;
  writes: number;
}

export interface Harness {
  db: LocalDatabase;
  /** A wx-server-sdk database() pointed at the engine through a loopback HTTP server. */
  sdk: any;
  url: string;
  meter: Meter;
  /** Every action body the SDK sent, in order. */
  sent: { action: string; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

/**
 * A minimal stand-in for the local cloud's HTTP server: the real SDK POSTs JSON to
 * `serviceUrl?env=..&seqId=..`; database.* bodies go to LocalDatabase.handle, errors come back as HTTP 200
 * bodies with `code` and `message` (what the SDK's requester turns into a rejection).
 */
export async function startHarness(opts: LocalDatabaseOptions = {}, existing?: LocalDatabase): Promise<Harness> {
  // The engine's own tests run queries no app makes (on purpose unindexed): they record no query shapes for
  // the readiness check unless a test names its own file.
  const db = existing ?? new LocalDatabase({ queryShapesFile: '', ...opts });
  const meter: Meter = { reads: 0, writes: 0 };
  const sent: Harness['sent'] = [];
  let seq = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const action = String(body.action);
      sent.push({ action, body });
      const requestId = `req-${++seq}`;
      const meta = {
        requestId,
        meter: { read: (n: number) => (meter.reads += n), write: (n: number) => (meter.writes += n) },
      };
      const answer = action.startsWith('database.')
        ? db.handle(action, body, meta)
        : Promise.reject(new Error(`harness serves database.* only, got ${action}`));
      answer
        .catch((err: unknown) => sdkErrorBody(err, requestId))
        .then((out) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(out));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/tcb`;
  const app = cloud.createNewInstance({ env: 'test', serviceUrl: url, secretId: 'local', secretKey: 'local' });
  return {
    db,
    sdk: app.database(),
    url,
    meter,
    sent,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections(); // the SDK keeps connections alive
      await closed;
      if (!existing) db.close();
    },
  };
}

/** Test collections: declared with the indexes the tests rely on. */
export const TEST_INDEXES = {
  items: [
    {
      name: 'grid_status',
      keys: [
        ['orgPath.3', 1],
        ['status', 1],
      ] as [string, 1 | -1][],
    },
    { name: 'score', keys: [['score', 1]] as [string, 1 | -1][] },
  ],
  messages: [
    {
      name: 'group_time',
      keys: [
        ['groupId', 1],
        ['createdAt', -1],
      ] as [string, 1 | -1][],
    },
  ],
  people: [],
  tags: [],
};
