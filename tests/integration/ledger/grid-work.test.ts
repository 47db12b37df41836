/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { smallWorld } from './world';
import { fileDetail, gridRoster } from '../../../types/ledger/roster';
import { markKeyGroup, moveFile, verifyFile } from '../../../types/ledger/edits';
import { revealField } from '../../../types/ledger/reveal';
import { ledgerStats } from '../../../types/ledger/search';
import { fileViewers, myHistory } from '../../../types/profile/queries';

jest.setTimeout(60_000);

let stack: Stack;
let people: { unboundPhone: string; boundPhone: string };
beforeEach(async () => {
  const w = await smallWorld();
  stack = w.stack;
  people = w.district.people;
});
afterEach(() => stack.close());

describe('the grid roster and verification', () => {
  it('lists the grid with key groups and an overdue list that follows the schedule', async () => {
    const roster = await stack.ok(gridRoster, {}, 'wx-gm1');
    expect(roster.items.map((r) => r.name).sort()).toEqual(['李建军', '王卫国']);
    expect(roster.counts).toMatchObject({ all: 2, overdue: 0, unverified: 0 });
    expect(JSON.stringify(roster)).not.toContain(people.unboundPhone);
    // Verified 2026-01-01; every 6 months: due 2026-07-01.
    stack.cloud.clock.set(new Date('2026-07-02T00:00:00Z'));
    const later = await stack.ok(gridRoster, { filter: 'overdue' }, 'wx-gm1');
    expect(later.items).toHaveLength(2);
    await stack.ok(verifyFile, { veteranId: 'v-bound' }, 'wx-gm1');
    expect((await stack.ok(gridRoster, { filter: 'overdue' }, 'wx-gm1')).items.map((r) => r.id)).toEqual(['v-unbound']);
  });

  it('searches the roster by the start of a name or the tail of the masked phone, within the grid it may see', async () => {
    const names = async (query: string, openid = 'wx-gm1') =>
      (await stack.ok(gridRoster, { query }, openid)).items.map((r) => r.name);
    expect(await names('李')).toEqual(['李建军']);
    expect(await names('王卫')).toEqual(['王卫国']);
    // Both phones end in 5678 (139****5678, 137****5678): the tail finds both, another tail neither.
    expect((await names(people.boundPhone.slice(-4))).sort()).toEqual(['李建军', '王卫国'].sort());
    expect(await names('678')).toHaveLength(2);
    expect(await names('4321')).toEqual([]);
    expect(await names('赵')).toEqual([]);
    // The search narrows the list, not the counts of the grid.
    const searched = await stack.ok(gridRoster, { query: '李' }, 'wx-gm1');
    expect(searched.counts.all).toBe(2);
    // Another grid's member searching this grid is refused, as the list is.
    const other = await stack.call(gridRoster, { gridId: 'g1', query: '李' }, 'wx-gm-other');
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('key groups are verified every 3 months', async () => {
    await stack.ok(markKeyGroup, { veteranId: 'v-bound', group: 'hardship', on: true, reason: '因病致贫' }, 'wx-gm1');
    stack.cloud.clock.set(new Date('2026-04-02T00:00:00Z'));
    const overdue = await stack.ok(gridRoster, { filter: 'overdue' }, 'wx-gm1');
    expect(overdue.items.map((r) => r.id)).toEqual(['v-bound']);
    expect((await stack.ok(gridRoster, { filter: 'hardship' }, 'wx-gm1')).items[0].keyGroups).toEqual(['hardship']);
  });

  it('an edit is stamped verified, kept in the history, and refused with a stale version or bad input', async () => {
    const bad = await stack.metered(
      verifyFile,
      { veteranId: 'v-bound', changes: { enlistDate: '1995-01-01' } },
      'wx-gm1',
    );
    expect(bad.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'changes.enlistDate' } });
    expect(bad.writes).toBe(0);
    const unknown = await stack.metered(verifyFile, { veteranId: 'v-bound', changes: { shoeSize: '42' } }, 'wx-gm1');
    expect(unknown.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'changes.shoeSize' } });
    const res = await stack.ok(
      verifyFile,
      { veteranId: 'v-bound', changes: { address: '永济社区二巷2号', living: '独居' }, note: '上门核实', version: 1 },
      'wx-gm1',
    );
    expect(res).toEqual({ version: 2, changed: ['address', 'living'] });
    const stale = await stack.metered(verifyFile, { veteranId: 'v-bound', changes: {}, version: 1 }, 'wx-gm1');
    expect(stale.res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(stale.writes).toBe(0);
    const history = await stack.ok(myHistory, {}, 'wx-bound');
    expect(history.items[0]).toMatchObject({
      action: '核实',
      actorName: '钱网格员',
      note: '上门核实',
      changes: [
        { label: '住址', before: '永济社区一巷1号', after: '永济社区二巷2号' },
        { label: '居住情况', before: '与家人同住', after: '独居' },
      ],
    });
  });

  it('moving a file to another grid keeps its history and hands it to the new grid team', async () => {
    await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { rank: '上士' } }, 'wx-gm1');
    stack.cloud.clock.advance(60_000);
    await stack.ok(moveFile, { veteranId: 'v-bound', toGridId: 'g2', note: '搬到第一网格' }, 'wx-gm1');
    expect((await stack.ok(gridRoster, {}, 'wx-gm1')).items.map((r) => r.id)).toEqual(['v-unbound']);
    expect((await stack.ok(gridRoster, {}, 'wx-gm-other')).items.map((r) => r.id)).toEqual(['v-bound']);
    const history = await stack.ok(myHistory, {}, 'wx-bound');
    expect(history.items.map((h) => h.action)).toEqual(['转移网格', '核实']);
    expect(history.items[0].changes[0]).toEqual({
      label: '所属网格',
      before: '南屏镇 永济社区 第三网格',
      after: '南屏镇 永济社区 第一网格',
    });
    const stats = await stack.ok(ledgerStats, { orgId: 'c1' }, 'wx-street-admin');
    expect(stats.rows.map((r) => [r.id, r.known])).toEqual(
      expect.arrayContaining([
        ['g1', 1],
        ['g2', 1],
      ]),
    );
    const again = await stack.call(moveFile, { veteranId: 'v-bound', toGridId: 'g2', note: '再搬' }, 'wx-gm-other');
    expect(again).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
  });
});

describe('privacy: reveals and views are logged and the person sees them', () => {
  it('a reveal needs a reason, answers the full number, and the veteran sees who and why', async () => {
    const bare = await stack.metered(revealField, { veteranId: 'v-bound', field: 'phone', reason: '' }, 'wx-gm1');
    expect(bare.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } });
    expect(bare.writes).toBe(0);
    expect(await stack.ok(revealField, { veteranId: 'v-bound', field: 'phone', reason: '电话回访' }, 'wx-gm1')).toEqual(
      { value: people.boundPhone },
    );
    stack.cloud.clock.advance(60_000);
    const page = await stack.ok(fileDetail, { veteranId: 'v-bound' }, 'wx-street-admin');
    expect(JSON.stringify(page)).not.toContain(people.boundPhone);
    const viewers = await stack.ok(fileViewers, {}, 'wx-bound');
    expect(viewers.items).toEqual([
      expect.objectContaining({ who: '周街道（街道服务中心工作人员）', what: '查看了档案' }),
      expect.objectContaining({ who: '钱网格员（网格员）', what: '查看了完整的手机号', reason: '电话回访' }),
    ]);
  });
});
