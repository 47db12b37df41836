/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { seedIfEmpty } from '../../../scripts/seed-local';
import { openGroup } from '../../../types/groups/contracts';
import { publishNotice, receiptSummary } from '../../../types/notices/contracts';
import type { OrgDoc } from '../../../types/org/model';

jest.setTimeout(180_000);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  await seedIfEmpty(stack.cloud, 'tiny');
});
afterAll(() => stack.close());

const fields = { body: '详见正文。', category: '政策宣传' as const, expiresInDays: 30 };

it('a district notice shows in all 475 grid groups and a street notice only in that street, each one document', async () => {
  const noticesBefore = stack.cloud.db.listCollections().find((c) => c.name === 'notices')?.count ?? 0;
  const district = await stack.metered(
    publishNotice,
    { ...fields, title: '全区通知', scopeOrgId: 'd-xz' },
    'demo-district-admin',
  );
  const street = await stack.metered(
    publishNotice,
    { ...fields, title: '南屏镇通知', scopeOrgId: 's-10' },
    'demo-street-admin-s-10',
  );
  expect([district.writes, street.writes]).toEqual([1, 1]);
  const grids = stack.cloud.db.browse('orgs', JSON.stringify({ kind: 'grid' }), 0, 1000).docs as OrgDoc[];
  expect(grids).toHaveLength(475);
  const seen = new Map<string, string[]>();
  for (let i = 0; i < grids.length; i += 8) {
    await Promise.all(
      grids.slice(i, i + 8).map(async (g) => {
        const { items } = await stack.ok(openGroup, { groupId: `grid__${g._id}` }, 'demo-district-admin');
        seen.set(
          g._id,
          items.flatMap((it) => (it.type === 'notice' ? [it.title] : [])),
        );
      }),
    );
  }
  expect(grids.filter((g) => !seen.get(g._id)?.includes('全区通知'))).toEqual([]);
  const withStreet = grids.filter((g) => seen.get(g._id)?.includes('南屏镇通知')).map((g) => g._id);
  expect(withStreet).toEqual(grids.filter((g) => g.path[1] === 's-10').map((g) => g._id));
  expect(withStreet.length).toBeGreaterThan(10);
  expect(stack.cloud.db.listCollections().find((c) => c.name === 'notices')?.count).toBe(noticesBefore + 2);

  const bound = stack.cloud.db.browse(
    'veterans',
    JSON.stringify({ lifeStatus: 'in_district', openid: { $type: 'string' } }),
    0,
    0,
  ).total;
  const summary = await stack.ok(
    receiptSummary,
    { noticeId: (district.res as { data: { noticeId: string } }).data.noticeId },
    'demo-district-admin',
  );
  expect(summary).toMatchObject({ audience: bound, read: 0, unread: bound });
});
