/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { smallWorld } from './world';
import { verifyFile } from '../../../types/ledger/edits';
import { listTasks } from '../../../types/care/tasks';

jest.setTimeout(60_000);
let stack: Stack;
beforeEach(async () => {
  stack = (await smallWorld()).stack;
});
afterEach(() => stack.close());

it('recording a death on a file gives the grid a 家中有丧事 visit task (once); other edits give none', async () => {
  await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { address: '永济社区二巷8号' } }, 'wx-gm1');
  expect((await stack.ok(listTasks, {}, 'wx-gm1')).items).toEqual([]);
  await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { lifeStatus: '已故' } }, 'wx-gm1');
  const tasks = (await stack.ok(listTasks, {}, 'wx-gm1')).items;
  expect(tasks).toHaveLength(1);
  expect(tasks[0]).toMatchObject({
    veteranName: '李建军',
    occasionLabel: '家中有丧事',
    source: 'ledger',
    status: 'open',
  });
  expect(new Date(tasks[0].dueAt).getTime() - stack.cloud.clock.now().getTime()).toBe(2 * 86_400_000);
  await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { address: '永济社区三巷1号' } }, 'wx-gm1');
  expect((await stack.ok(listTasks, {}, 'wx-gm1')).items).toHaveLength(1);
});
