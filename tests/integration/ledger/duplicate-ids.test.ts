/** @jest-environment node */
import { COLLECTION_INDEXES } from '../../../localcloud/indexes';
import { duplicateIdNumbers } from '../../../types/ledger/duplicates';
import { startStack, type Stack } from '../../support/stack';
import { load, smallDistrict, validId, veteranFile } from '../../support/fixtures';

/**
 * Issue 13 item 4: an environment filled before the ID number's unique index may already hold two files
 * with one ID number (verifyFile used to accept another veteran's number). The district's admin gets the
 * list of such files, grouped by the number's blind index (nothing decrypted, the number shown masked),
 * so staff can merge or correct them before the unique index is built. Through the real SDK.
 */
jest.setTimeout(60_000);
let stack: Stack;
const district = smallDistrict();
const grid = district.orgs.find((o) => o._id === 'g1')!;
const otherGrid = district.orgs.find((o) => o._id === 'g2')!;
// 李建军's number typed into a second file in another grid, and a third person of their own.
const copy = veteranFile('v-copy', '李建君', district.people.boundId, '13612345678', otherGrid);
const third = veteranFile('v-third', '刘海军', validId('1962-01-01', 31), '13612340000', grid);

// The store as it was before the unique index: the same indexes, id_hash not unique.
const beforeTheIndex = {
  ...COLLECTION_INDEXES,
  veterans: COLLECTION_INDEXES.veterans.map((i) => (i.name === 'id_hash' ? { ...i, unique: false } : i)),
};

beforeAll(async () => {
  stack = await startStack({ clock: new Date('2026-11-29T02:00:00Z'), indexes: beforeTheIndex });
  await load(stack.cloud, {
    orgs: district.orgs,
    veterans: [...district.veterans, copy, third],
    staff: district.staff,
    accounts: district.accounts,
  });
});
afterAll(() => stack.close());

it("the district's admin sees the two files sharing one ID number, masked, with where each lives", async () => {
  const { groups } = await stack.ok(duplicateIdNumbers, {}, 'wx-district-admin');
  const masked = `${district.people.boundId.slice(0, 6)}********${district.people.boundId.slice(-4)}`;
  expect(groups).toEqual([
    {
      idMasked: masked,
      files: [
        {
          veteranId: 'v-bound',
          name: '李建军',
          place: expect.stringContaining('第三网格'),
          lifeStatus: 'in_district',
          version: 1,
          phoneMasked: '137****5678',
          bound: true,
          pinned: [],
        },
        {
          veteranId: 'v-copy',
          name: '李建君',
          place: expect.stringContaining('第一网格'),
          lifeStatus: 'in_district',
          version: 1,
          phoneMasked: '136****5678',
          bound: false,
          pinned: [],
        },
      ],
    },
  ]);
  const answer = JSON.stringify(groups);
  for (const full of [district.people.boundId, district.people.unboundId]) expect(answer).not.toContain(full);
});

it.each([
  ['a street admin', 'wx-street-admin'],
  ['a grid member', 'wx-gm1'],
  ['a veteran', 'wx-bound'],
])('%s is refused and nothing is written', async (_who, openid) => {
  const { res, writes } = await stack.metered(duplicateIdNumbers, {}, openid);
  expect(res).toEqual({
    ok: false,
    error: { code: 'FORBIDDEN', message: '只有区退役军人事务局的管理员可以查看和处理身份证号重复的档案' },
  });
  expect(writes).toBe(0);
});

it('once the files are resolved the list is empty', async () => {
  const fresh = await startStack({ clock: new Date('2026-11-29T02:00:00Z') });
  try {
    await load(fresh.cloud, {
      orgs: district.orgs,
      veterans: [...district.veterans, third],
      staff: district.staff,
      accounts: district.accounts,
    });
    expect(await fresh.ok(duplicateIdNumbers, {}, 'wx-district-admin')).toEqual({ groups: [] });
  } finally {
    await fresh.close();
  }
});
