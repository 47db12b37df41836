/** @jest-environment node */
/**
 * Aged 80+ on the district-wide figures is counted to the day, as the file view counts it (PRODUCT.md:
 * "who is 80+"; the key group 80岁以上): someone whose 80th birthday is tomorrow is not 80+ today, someone
 * whose birthday was yesterday is. The rollups count people by birth year, so the boundary year is where a
 * year-banded count would be wrong. Expected values come from the files themselves, read straight from the
 * store with the calendar written out here (today in Shanghai is 2026-03-01, so born on or before 1946-03-01).
 */
import type { Stack } from '../../support/stack';
import { load, validId, veteranFile } from '../../support/fixtures';
import { smallWorld } from './world';
import { ledgerStats, searchLedger } from '../../../types/ledger/search';
import { dashboardOverview } from '../../../types/dashboard/overview';

jest.setTimeout(60_000);

const BORN_ON_OR_BEFORE = '1946-03-01';

interface RawFile {
  gridId: string;
  lifeStatus: string;
  birthDate: string;
  keyGroups?: Record<string, unknown>;
}

function rawAged(stack: Stack, gridId: string) {
  const files = (stack.cloud.db.browse('veterans', JSON.stringify({ gridId }), 0, 10_000).docs as RawFile[]).filter(
    (f) => f.lifeStatus === 'in_district',
  );
  const aged = files.filter((f) => f.birthDate <= BORN_ON_OR_BEFORE);
  const marked = (f: RawFile) => !!(f.keyGroups?.hardship || f.keyGroups?.contribution || f.keyGroups?.decorated);
  return {
    aged80: aged.length,
    keyGroupPeople: files.filter((f) => marked(f) || f.birthDate <= BORN_ON_OR_BEFORE).length,
  };
}

let stack: Stack;
beforeAll(async () => {
  const world = await smallWorld(); // the clock: 2026-03-01 12:00 in Shanghai
  stack = world.stack;
  const g1 = world.district.orgs.find((o) => o._id === 'g1')!;
  const file = (id: string, birth: string, seq: number) =>
    veteranFile(id, '陈志强', validId(birth, seq), `1380000${String(seq).padStart(4, '0')}`, g1);
  const yesterday = file('v-80-yesterday', '1946-02-28', 31);
  yesterday.keyGroups = { hardship: { reason: '因病致贫', setBy: 'st-gm1', setAt: new Date('2026-01-01T00:00:00Z') } };
  await load(stack.cloud, {
    veterans: [
      file('v-80-tomorrow', '1946-03-02', 32),
      file('v-80-today', '1946-03-01', 33),
      yesterday,
      file('v-81', '1945-07-01', 34),
      file('v-79', '1947-01-01', 35),
    ],
  });
});
afterAll(() => stack.close());

it('the raw files hold three people of 80+ in g1: born yesterday, today and a year earlier, not tomorrow', () => {
  expect(rawAged(stack, 'g1')).toEqual({ aged80: 3, keyGroupPeople: 3 });
});

it('the filing-rate table counts 80+ to the day, equal to a raw scan', async () => {
  const stats = await stack.ok(ledgerStats, { orgId: 'c1' }, 'wx-street-admin');
  expect(stats.rows.find((r) => r.id === 'g1')?.aged80).toBe(rawAged(stack, 'g1').aged80);
  expect(stats.rows.find((r) => r.id === 'g2')?.aged80).toBe(0);
  expect(stats.total.aged80).toBe(3);
});

it('the dashboard counts 80+ and key-group people to the day, equal to a raw scan', async () => {
  const raw = rawAged(stack, 'g1');
  for (const orgId of ['c1', 'g1', 's1', 'd']) {
    const data = await stack.ok(dashboardOverview, { orgId }, 'wx-district-admin');
    expect([orgId, data.total.aged80, data.total.keyGroupPeople]).toEqual([orgId, raw.aged80, raw.keyGroupPeople]);
  }
  const community = await stack.ok(dashboardOverview, { orgId: 'c1' }, 'wx-district-admin');
  expect(community.children.find((c) => c.id === 'g1')).toMatchObject(raw);
});

it('the file view (ledger filter 80岁以上) agrees with the figures', async () => {
  const view = await stack.ok(searchLedger, { orgId: 'g1', filter: 'aged80' }, 'wx-gm1');
  expect(view.total).toBe(rawAged(stack, 'g1').aged80);
});
