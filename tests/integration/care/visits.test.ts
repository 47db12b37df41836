/** @jest-environment node */
import { logVisit, listVisits } from '../../../types/care/visits';
import { listTasks, recordOccasion } from '../../../types/care/tasks';
import { uncontacted } from '../../../types/care/coverage';
import { DEFAULT_OCCASIONS } from '../../../types/care/model';
import type { Stack } from '../../support/stack';
import { careStack, dateOf, NOW, P, raw } from './care-stack';

jest.setTimeout(120_000);
let stack: Stack;
let mine: { _id: string; name: string };
let other: { _id: string };
beforeAll(async () => {
  stack = await careStack();
  mine = raw<{ _id: string; name: string }>(stack, 'veterans', {
    gridId: 'g-10-01-3',
    lifeStatus: 'in_district',
    openid: null,
  })[0];
  other = raw<{ _id: string }>(stack, 'veterans', { openid: P.veteranB })[0];
});
afterAll(() => stack.close());

const visit = (over: object = {}) => ({
  veteranId: mine._id,
  date: '2025-06-14',
  kind: 'festival' as const,
  visitors: ['黄丽娟'],
  findings: '身体健康，生活稳定',
  goods: '大米一袋',
  goodsValueFen: 12_000,
  moneyFen: 20_000,
  ...over,
});

describe('logging a visit', () => {
  it('records the visit with its gift value and the grid sees it', async () => {
    const out = await stack.ok(logVisit, visit(), P.gridMemberA);
    expect(out.valueFen).toBe(32_000);
    const list = await stack.ok(listVisits, { veteranId: mine._id }, P.gridMemberA);
    expect(list.items[0]).toMatchObject({ id: out.id, kindLabel: '节日走访', valueFen: 32_000, date: '2025-06-14' });
  });

  it.each([
    ['a date in the future', { date: '2025-06-16' }, 'INVALID_INPUT', 'date'],
    ['a negative amount', { moneyFen: -100 }, 'INVALID_INPUT', 'moneyFen'],
    ['an absurd amount', { goodsValueFen: 100_000_000 }, 'INVALID_INPUT', 'goodsValueFen'],
    ['a mandatory visit without its occasion', { kind: 'mandatory' }, 'INVALID_INPUT', 'occasion'],
  ])('refuses %s and writes nothing', async (_l, over, code, field) => {
    const { res, writes } = await stack.metered(logVisit, visit(over) as never, P.gridMemberA);
    expect(res.ok ? null : [res.error.code, res.error.field]).toEqual([code, field]);
    expect(res.ok ? '' : res.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(writes).toBe(0);
  });

  it("refuses a visit to a veteran outside the grid member's grid, writing nothing", async () => {
    const { res, writes } = await stack.metered(logVisit, visit({ veteranId: other._id }), P.gridMemberA);
    expect(res.ok ? 'ok' : res.error.code).toBe('FORBIDDEN');
    expect(writes).toBe(0);
  });
});

describe('six-mandatory-visit triggers', () => {
  it.each(DEFAULT_OCCASIONS.map((o) => [o.label, o] as const))(
    '%s: a task due after the configured days, overdue once past it, closed by the visit',
    async (_l, occasion) => {
      stack.cloud.clock.set(NOW);
      const task = await stack.ok(
        recordOccasion,
        { veteranId: mine._id, occasion: occasion.key, note: '家属告知' },
        P.gridMemberA,
      );
      expect(Date.parse(task.dueAt) - NOW.getTime()).toBe(occasion.dueDays * 86_400_000);
      const stored = raw(stack, 'visitTasks', { _id: task.taskId })[0];
      expect(stored).toMatchObject({ gridId: 'g-10-01-3', status: 'open', occasion: occasion.key });
      expect(dateOf(stored.dueAt)).toBe(Date.parse(task.dueAt));

      stack.cloud.clock.advance((occasion.dueDays - 1) * 86_400_000);
      let overdue = await stack.ok(listTasks, { overdueOnly: true }, P.gridMemberA);
      expect(overdue.items.map((t) => t.id)).not.toContain(task.taskId);
      stack.cloud.clock.advance(2 * 86_400_000);
      overdue = await stack.ok(listTasks, { overdueOnly: true }, P.gridMemberA);
      expect(overdue.items.find((t) => t.id === task.taskId)).toMatchObject({
        overdue: true,
        occasionLabel: occasion.label,
      });
      const street = await stack.ok(listTasks, { overdueOnly: true }, P.streetA);
      expect(street.items.map((t) => t.id)).toContain(task.taskId);

      const today = new Date(stack.cloud.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      await stack.ok(
        logVisit,
        visit({ kind: 'mandatory', occasion: occasion.key, taskId: task.taskId, date: today }),
        P.gridMemberA,
      );
      overdue = await stack.ok(listTasks, { overdueOnly: true }, P.gridMemberA);
      expect(overdue.items.map((t) => t.id)).not.toContain(task.taskId);
      expect(raw(stack, 'visitTasks', { _id: task.taskId })[0].status).toBe('done');
    },
  );

  it('refuses an occasion the district has not configured', async () => {
    const { res, writes } = await stack.metered(
      recordOccasion,
      { veteranId: mine._id, occasion: 'birthday' },
      P.gridMemberA,
    );
    expect(res.ok ? 'ok' : res.error.code).toBe('INVALID_INPUT');
    expect(writes).toBe(0);
  });
});

describe('coverage list for a grid member', () => {
  it('lists exactly the living veterans of the grid without a visit within the period (key groups sooner)', async () => {
    stack.cloud.clock.set(NOW);
    const out = await stack.ok(uncontacted, { days: 90 }, P.gridMemberA);
    const living = raw<{ _id: string; birthDate: string; keyGroups: Record<string, unknown> }>(stack, 'veterans', {
      gridId: 'g-10-01-3',
      lifeStatus: 'in_district',
    });
    const visits = raw<{ veteranId: string; date: unknown }>(stack, 'visits', { gridId: 'g-10-01-3' });
    const lastOf = (id: string) =>
      Math.max(-Infinity, ...visits.filter((v) => v.veteranId === id).map((v) => dateOf(v.date)));
    const key = (v: (typeof living)[number]) =>
      Object.keys(v.keyGroups ?? {}).length > 0 || v.birthDate <= '1945-06-15';
    const expected = living
      .filter((v) => NOW.getTime() - lastOf(v._id) >= (key(v) ? 30 : 90) * 86_400_000)
      .map((v) => v._id)
      .sort();
    expect(out.items.map((i) => i.veteranId).sort()).toEqual(expected);
    expect(out.items.map((i) => i.veteranId)).not.toContain(mine._id);
    expect(out.total).toBe(living.length);
  });
});
