/** @jest-environment node */
/**
 * The new-notice reminder sweep under CloudBase-like latency, with the notices function held to a 5 s
 * timeout so that 2,500 subscribers take several timer runs: every subscriber in the scope gets the notice
 * once, nobody twice, nobody outside it, and a run cut off by its timeout is resumed by the next one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../../../localcloud';
import { makeRepoTempDir } from '../../support/repo-temp';
import { templateIdOf } from '../../../types/notify/templates';
import { BUILT_FUNCTIONS } from '../../support/stack';

jest.setTimeout(300_000);
const TEMPLATE = templateIdOf('notice', true);
const SUBSCRIBERS = 2_500;
const NOW = new Date('2026-03-01T02:00:00Z');

let cloud: LocalCloud;
let functionsDir: string;
beforeAll(async () => {
  // The built notices bundle, deployed with a 5 s timeout.
  functionsDir = makeRepoTempDir('sweep-');
  fs.cpSync(path.join(BUILT_FUNCTIONS, 'notices'), path.join(functionsDir, 'notices'), { recursive: true });
  const config = JSON.parse(fs.readFileSync(path.join(functionsDir, 'notices', 'config.json'), 'utf8'));
  fs.writeFileSync(path.join(functionsDir, 'notices', 'config.json'), JSON.stringify({ ...config, timeout: 5 }));
  cloud = await startLocalCloud({ memory: true, functionsDir, enableTriggers: false, clock: NOW });
});
afterAll(async () => {
  await cloud?.close();
  fs.rmSync(functionsDir, { recursive: true, force: true });
});

const pad = (n: number) => String(n).padStart(5, '0');

function subscribe(openid: string) {
  cloud.requestSubscribeMessage(openid, { [TEMPLATE]: 'accept' });
  return { _id: `${openid}__notice`, openid, key: 'notice', remaining: 1, updatedAt: NOW };
}

function loadWorld() {
  const veterans: Record<string, unknown>[] = [];
  const subscriptions: Record<string, unknown>[] = [];
  // The street's veterans: 2,500 subscribers, 400 bound without an authorisation, 300 never bound.
  for (let i = 0; i < 3_200; i++) {
    const community = `c${(i % 4) + 1}`;
    const openid = i < 2_900 ? `o-vet-${pad(i)}` : null;
    veterans.push({
      _id: `v-${pad(i)}`,
      orgPath: ['d', 's1', community, `${community}-g${i % 3}`],
      lifeStatus: 'in_district',
      openid,
    });
    if (openid && i < SUBSCRIBERS) subscriptions.push(subscribe(openid));
  }
  // Subscribers in another street: outside the notice's scope.
  for (let i = 0; i < 50; i++) {
    veterans.push({
      _id: `w-${pad(i)}`,
      orgPath: ['d', 's2', 'c9', 'c9-g0'],
      lifeStatus: 'in_district',
      openid: `o-other-${i}`,
    });
    subscriptions.push(subscribe(`o-other-${i}`));
  }
  cloud.db.importDocuments('veterans', veterans);
  // Staff: the street's own (one is also a veteran of it: one message, not two), and the district's.
  cloud.db.importDocuments('staff', [
    { _id: 'st-1', orgPath: ['d', 's1'], openid: 'o-vet-00007', status: 'active' },
    { _id: 'st-2', orgPath: ['d', 's1', 'c1'], openid: 'o-staff-2', status: 'active' },
    { _id: 'st-3', orgPath: ['d', 's1', 'c1'], openid: 'o-staff-3', status: 'removed' },
    { _id: 'st-4', orgPath: ['d'], openid: 'o-staff-4', status: 'active' },
  ]);
  subscriptions.push(subscribe('o-staff-2'), subscribe('o-staff-3'), subscribe('o-staff-4'));
  cloud.db.importDocuments('subscriptions', subscriptions);
  cloud.db.importDocuments('notices', [
    {
      _id: '1772330400000aaaaaaaa',
      title: '春节慰问活动安排',
      body: '……',
      category: '走访慰问',
      imageFileIds: [],
      publisherOpenid: 'o-publisher',
      publisherName: '南屏镇退役军人服务中心',
      publisherLabel: '南屏镇退役军人服务中心',
      scopeOrgId: 's1',
      scopePath: ['d', 's1'],
      scopeKind: 'street',
      scopeName: '南屏镇',
      expiresAt: new Date('2026-04-01T00:00:00Z'),
      requireAck: false,
      status: 'published',
      revision: 1,
      editedAt: null,
      notifyState: 'pending',
      createdAt: NOW,
      rev: '1772330400000aaaaaaaa',
    },
  ]);
}

async function run(): Promise<'ok' | 'timed out'> {
  try {
    await cloud.fireTrigger('notices', 'dispatchNotifications');
    return 'ok';
  } catch (err) {
    if (/超时/.test(String((err as Error).message))) return 'timed out';
    throw err;
  }
}

it('2,500 subscribers of a street notice each get it once, across timer runs, one of them cut by its timeout', async () => {
  loadWorld();
  cloud.setLatency({ db: 5, openapi: 30 });
  const outcomes: string[] = [];
  outcomes.push(await run());
  expect(outcomes).toEqual(['ok']);
  const afterFirst = cloud.outbox().length;
  expect(afterFirst).toBeGreaterThan(0);
  expect(afterFirst).toBeLessThan(SUBSCRIBERS); // one 5 s run cannot do them all: the job resumes

  // A run whose sends hang past the function's timeout is cut off.
  cloud.setLatency({ db: 5, openapi: 6_000 });
  outcomes.push(await run());
  expect(outcomes[1]).toBe('timed out');
  cloud.setLatency({ db: 5, openapi: 30 });

  for (let i = 0; i < 100; i++) {
    const notice = cloud.db.browse('notices', '{}', 0, 1).docs[0] as { notifyState: string };
    if (notice.notifyState === 'done') break;
    outcomes.push(await run());
  }
  // Let anything the cut-off run still had in flight land before counting.
  await new Promise((resolve) => setTimeout(resolve, 7_000));

  const sent = cloud.outbox({ templateId: TEMPLATE });
  const perPerson = new Map<string, number>();
  for (const m of sent) perPerson.set(m.touser, (perPerson.get(m.touser) ?? 0) + 1);
  const expected = [...Array.from({ length: SUBSCRIBERS }, (_, i) => `o-vet-${pad(i)}`), 'o-staff-2'];
  expect([...perPerson.entries()].filter(([, n]) => n > 1)).toEqual([]);
  expect([...perPerson.keys()].sort()).toEqual(expected.sort());
  expect(sent[0].data.thing1.value).toBe('春节慰问活动安排');
  expect((cloud.db.browse('notices', '{}', 0, 1).docs[0] as { notifyState: string }).notifyState).toBe('done');
  expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(2);
});
