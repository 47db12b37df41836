/** @jest-environment node */
/**
 * The district-wide figures read rollups (one document per place node) instead of scanning files; they must
 * stay equal to the files after every kind of write, under concurrent writes to one grid, and after drift
 * (a rollup left wrong) once the nightly rebuild has run. Expected values are counted here straight from
 * the files in the store, not through any rollup code.
 */
import type { Stack } from '../../support/stack';
import { load, validId, veteranFile } from '../../support/fixtures';
import { smallWorld } from './world';
import { uploadSheet } from './sheets';
import { localSdk } from '../../../scripts/seed-local';
import { markKeyGroup, moveFile, verifyFile } from '../../../types/ledger/edits';
import { ledgerStats } from '../../../types/ledger/search';
import { importCommit } from '../../../types/ledger/transfer';
import { register } from '../../../types/account/register';
import { unbindAccount } from '../../../types/profile/requests';

jest.setTimeout(120_000);

interface RawFile {
  orgPath: string[];
  lifeStatus: string;
  openid: string | null;
  birthDate: string;
  keyGroups?: Record<string, unknown>;
}

const PLACES = ['d', 's1', 's2', 'c1', 'g1', 'g2'];

/** For each boundary year 1940-1990 (the aged-80+ figure of 2020-2070): people born in an earlier year. */
function bornBeforeYears(files: RawFile[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let y = 1940; y <= 1990; y++) {
    const n = files.filter((f) => Number(f.birthDate.slice(0, 4)) < y).length;
    if (n) out[y] = n;
  }
  return out;
}

/** What a node's rollup must hold, counted from the living files under it. */
function rawCounts(stack: Stack, nodeId: string) {
  const files = (stack.cloud.db.browse('veterans', '{}', 0, 100_000).docs as RawFile[]).filter(
    (f) => f.lifeStatus === 'in_district' && f.orgPath.includes(nodeId),
  );
  const has = (f: RawFile, g: string) => !!f.keyGroups?.[g];
  const born: Record<string, number> = {};
  for (const f of files) born[f.birthDate.slice(0, 4)] = (born[f.birthDate.slice(0, 4)] ?? 0) + 1;
  return {
    known: files.length,
    hardship: files.filter((f) => has(f, 'hardship')).length,
    contribution: files.filter((f) => has(f, 'contribution')).length,
    decorated: files.filter((f) => has(f, 'decorated')).length,
    marked: files.filter((f) => has(f, 'hardship') || has(f, 'contribution') || has(f, 'decorated')).length,
    bound: files.filter((f) => f.openid).length,
    born,
    agedBefore: bornBeforeYears(files),
    markedAgedBefore: bornBeforeYears(
      files.filter((f) => has(f, 'hardship') || has(f, 'contribution') || has(f, 'decorated')),
    ),
  };
}

function rollupCounts(stack: Stack, nodeId: string) {
  const doc = stack.cloud.db.browse('rollups', JSON.stringify({ _id: nodeId }), 0, 1).docs[0] as
    | Record<string, unknown>
    | undefined;
  if (!doc) return null;
  const nonZero = (map: unknown) =>
    Object.fromEntries(Object.entries((map ?? {}) as Record<string, number>).filter(([, n]) => n !== 0));
  const { known, hardship, contribution, decorated, marked, bound } = doc;
  return {
    known,
    hardship,
    contribution,
    decorated,
    marked,
    bound,
    born: nonZero(doc.born),
    agedBefore: nonZero(doc.agedBefore),
    markedAgedBefore: nonZero(doc.markedAgedBefore),
  };
}

function expectRollupsEqualFiles(stack: Stack) {
  for (const id of PLACES) expect([id, rollupCounts(stack, id)]).toEqual([id, rawCounts(stack, id)]);
}

/** The filing-rate table a street's staff see: per grid of c1, living files and hardship marks. */
async function expectTableEqualFiles(stack: Stack) {
  const stats = await stack.ok(ledgerStats, { orgId: 'c1' }, 'wx-street-admin');
  for (const id of ['g1', 'g2']) {
    const raw = rawCounts(stack, id);
    expect(stats.rows.find((r) => r.id === id)).toMatchObject({ known: raw.known, hardship: raw.hardship });
  }
}

let stack: Stack;
let people: { unboundId: string; unboundPhone: string };
beforeEach(async () => {
  const world = await smallWorld();
  stack = world.stack;
  people = world.district.people;
});
afterEach(() => stack.close());

it('registration: a veteran binding their file joins the bound count of every node above it', async () => {
  const before = rawCounts(stack, 'g1').bound;
  await stack.ok(
    register,
    { name: '王卫国', idNumber: people.unboundId, phone: people.unboundPhone, phoneProof: { kind: 'demo_verified' } },
    'wx-new',
  );
  expect(rawCounts(stack, 'g1').bound).toBe(before + 1);
  expectRollupsEqualFiles(stack);
});

it('import: files created by a ledger import commit are counted at every node above them', async () => {
  const headers = ['所属镇街', '所属社区', '所属网格', '姓名', '身份证号', '手机号', '出生日期'];
  const rows = [
    ['南屏镇', '永济社区', '第三网格', '马德胜', validId('1944-03-15', 51), '13622223333', ''],
    ['南屏镇', '永济社区', '第一网格', '黄志明', validId('1962-08-01', 52), '13622223334', ''],
  ];
  const fileID = await uploadSheet(stack.cloud, headers, rows, 'wx-street-admin');
  expect(await stack.ok(importCommit, { fileID }, 'wx-street-admin')).toMatchObject({ created: 2 });
  expect([rawCounts(stack, 'g1').known, rawCounts(stack, 'g2').known]).toEqual([3, 1]);
  expectRollupsEqualFiles(stack);
  await expectTableEqualFiles(stack);
});

it('verify, key-group mark, move between grids and unbinding: every node equals the files', async () => {
  await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { rank: '上士' } }, 'wx-gm1');
  await stack.ok(markKeyGroup, { veteranId: 'v-bound', group: 'hardship', on: true, reason: '因病致贫' }, 'wx-gm1');
  expectRollupsEqualFiles(stack);
  await stack.ok(moveFile, { veteranId: 'v-bound', toGridId: 'g2', note: '搬家' }, 'wx-gm1');
  expectRollupsEqualFiles(stack);
  await stack.ok(unbindAccount, { confirm: true }, 'wx-bound');
  expect(rawCounts(stack, 'g2')).toMatchObject({ known: 1, hardship: 1, bound: 0 });
  expectRollupsEqualFiles(stack);
  await expectTableEqualFiles(stack);
});

it('20 veterans of one grid registering at the same moment: every counter equals the files', async () => {
  const g1 = (await stack.cloud.db.browse('orgs', JSON.stringify({ _id: 'g1' }), 0, 1).docs[0]) as never;
  const crowd = Array.from({ length: 20 }, (_, i) => ({
    file: veteranFile(
      `v-crowd-${i}`,
      `林${'一二三四五六七八九十'[i % 10]}${i < 10 ? '明' : '华'}`,
      validId(`19${50 + i}-0${(i % 9) + 1}-15`, 100 + i),
      `1371000${String(i).padStart(4, '0')}`,
      g1,
    ),
    phone: `1371000${String(i).padStart(4, '0')}`,
    id: validId(`19${50 + i}-0${(i % 9) + 1}-15`, 100 + i),
  }));
  await load(stack.cloud, { veterans: crowd.map((c) => c.file) });
  expectRollupsEqualFiles(stack);
  const results = await Promise.all(
    crowd.map((c, i) =>
      stack.call(
        register,
        { name: c.file.name, idNumber: c.id, phone: c.phone, phoneProof: { kind: 'demo_verified' } },
        `wx-crowd-${i}`,
      ),
    ),
  );
  expect(results.map((r) => (r.ok ? r.data.status : r.error.code))).toEqual(crowd.map(() => 'bound'));
  expect(rawCounts(stack, 'g1').bound).toBe(21);
  expectRollupsEqualFiles(stack);
});

it('drift: rollups left wrong are repaired by the nightly rebuild, and the figures equal the files again', async () => {
  const db = localSdk(stack.cloud).database();
  const _ = db.command;
  await db
    .collection('rollups')
    .doc('c1')
    .update({ data: { known: 999, bound: _.inc(5) } });
  await db
    .collection('rollups')
    .doc('g2')
    .update({ data: { hardship: 7, born: _.set({ 1901: 3 }), agedBefore: _.set({ 1945: 1 }) } });
  await db.collection('rollups').doc('s2').remove();
  const wrong = await stack.ok(ledgerStats, { orgId: 's1' }, 'wx-street-admin');
  expect(wrong.rows.find((r) => r.id === 'c1')?.known).toBe(999);

  const run = await stack.cloud.fireTrigger('ledger', 'rebuildRollups');
  expect(run.result).toMatchObject({ ok: true, data: { status: 'done', state: { repaired: 3 } } });
  expectRollupsEqualFiles(stack);
  await expectTableEqualFiles(stack);
  const right = await stack.ok(ledgerStats, { orgId: 's1' }, 'wx-street-admin');
  expect(right.rows.find((r) => r.id === 'c1')?.known).toBe(rawCounts(stack, 'c1').known);
});
