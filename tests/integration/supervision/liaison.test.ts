/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { appointSupervisor, bindSupervisor } from '../../../types/supervision/appointments';
import { myGroups, openGroup, postMessage } from '../../../types/groups/contracts';
import { liaisonGroupId } from '../../../types/supervision/liaison';
import { seededStack, WHO } from './world';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

it('each body has a liaison group: its supervisors talk to its staff, and nobody else gets in', async () => {
  const recruit = liaisonGroupId('u-recruit');
  expect((await stack.ok(myGroups, {}, WHO.integrity.openid)).items.map((g) => g.name)).toContain(
    '廉洁征兵监督员联络群',
  );
  expect((await stack.ok(myGroups, {}, WHO.conduct.openid)).items.map((g) => g.name)).toContain(
    '区市场监督管理局作风监督员联络群',
  );
  await stack.ok(postMessage, { groupId: recruit, text: '体检站今天排队秩序良好。' }, WHO.integrity.openid);
  const seen = await stack.ok(openGroup, { groupId: recruit }, WHO.head);
  expect(JSON.stringify(seen.items)).toContain('体检站今天排队秩序良好。');
  expect(await stack.call(openGroup, { groupId: recruit }, WHO.conduct.openid)).toMatchObject({ ok: false });
  expect(await stack.call(openGroup, { groupId: recruit }, 'demo-veteran-1')).toMatchObject({ ok: false });
});

it('a newly appointed supervisor joins the liaison group when they bind their account', async () => {
  const appointed = await stack.ok(
    appointSupervisor,
    {
      type: 'integrity',
      bodyId: 'u-recruit',
      name: '方晓东',
      certificateNo: 'LZZB2026-201',
      termStart: '2026-01-01',
      termEnd: '2027-12-31',
      agreementSigned: true,
    },
    WHO.head,
  );
  expect(await stack.call(openGroup, { groupId: liaisonGroupId('u-recruit') }, 'wx-liaison-new')).toMatchObject({
    ok: false,
  });
  await stack.ok(bindSupervisor, { code: appointed.bindCode }, 'wx-liaison-new');
  expect((await stack.ok(openGroup, { groupId: liaisonGroupId('u-recruit') }, 'wx-liaison-new')).group).toMatchObject({
    name: '廉洁征兵监督员联络群',
  });
});
