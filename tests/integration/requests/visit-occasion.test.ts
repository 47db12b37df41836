/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { submitRequest } from '../../../types/requests/submit';
import { markVisitOccasion } from '../../../types/requests/visit-occasion';
import { listTasks } from '../../../types/care/tasks';
import { seededStack, token, who } from './support';

jest.setTimeout(90_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

it('the handler marks a six-mandatory-visit occasion on a request: one visit task for the grid, due by the district setting', async () => {
  const { id, refNo } = await stack.ok(
    submitRequest,
    {
      clientToken: token(),
      category: '生活困难',
      urgency: 'urgent',
      description: '老伴住院，家里一时周转不开。',
      contact: { method: 'wechat' },
    },
    who.veteranA,
  );
  const { res, writes } = await stack.metered(markVisitOccasion, { id, occasion: 'nope' }, who.gridMemberA);
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'occasion' } });
  expect(writes).toBe(0);
  expect(await stack.call(markVisitOccasion, { id, occasion: 'illness' }, who.stationA)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });

  const marked = await stack.ok(markVisitOccasion, { id, occasion: 'illness' }, who.gridMemberA);
  expect(marked.occasionLabel).toBe('重病住院');
  expect(new Date(marked.dueAt).getTime() - stack.cloud.clock.now().getTime()).toBe(3 * 86_400_000);
  expect((await stack.ok(markVisitOccasion, { id, occasion: 'illness' }, who.gridMemberA)).taskId).toBe(marked.taskId);

  const tasks = (await stack.ok(listTasks, {}, who.gridMemberA)).items.filter((t) => t.source === 'request');
  expect(tasks).toHaveLength(1);
  expect(tasks[0]).toMatchObject({
    id: marked.taskId,
    occasionLabel: '重病住院',
    note: `诉求 ${refNo}`,
    status: 'open',
  });
});
