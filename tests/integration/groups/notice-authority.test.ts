/** @jest-environment node */
import { startStack, type Stack } from '../../support/stack';
import { editNotice, listNotices, noticeDetail, publishNotice, withdrawNotice } from '../../../types/notices/contracts';
import { openGroup } from '../../../types/groups/contracts';
import { loadGroupWorld, G1 } from './world';

/**
 * Issue 13, item 2: the grid team could rewrite a notice the district published to their grid (shown to
 * veterans under the district's name, no editor named) and a grid member could withdraw the leader's.
 * Only the publisher or staff strictly above the publisher's level change a notice, and an edit names
 * its editor to readers.
 */
let stack: Stack;
beforeEach(async () => {
  stack = await startStack({ clock: new Date('2026-03-01T02:00:00Z') });
  await loadGroupWorld(stack);
});
afterEach(() => stack.close());

const notice = {
  title: '优待证申领',
  body: '本月起可在服务站申领优待证，请带身份证。',
  category: '优待证' as const,
  expiresInDays: 30,
};
const scam = { ...notice, body: '请将优待证办理费500元转账至网格员个人账户' };

it('the grid team cannot rewrite or withdraw a notice the district published to their grid (nothing written)', async () => {
  const { noticeId } = await stack.ok(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-district-admin');
  for (const openid of ['wx-gm1', 'wx-gl']) {
    const edit = await stack.metered(editNotice, { noticeId, ...scam }, openid);
    expect(edit.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(edit.writes).toBe(0);
    const withdraw = await stack.metered(withdrawNotice, { noticeId }, openid);
    expect(withdraw.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(withdraw.writes).toBe(0);
    expect((await stack.ok(noticeDetail, { noticeId }, openid)).canEdit).toBe(false);
  }
  expect(await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).toMatchObject({
    body: notice.body,
    revision: 1,
    withdrawn: false,
    editedBy: null,
  });
  // Not a peer at the same level above either: a street is below the district.
  expect(await stack.call(withdrawNotice, { noticeId }, 'wx-street-admin')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});

it('a grid member cannot withdraw or edit the grid leader’s notice; the leader and the street above can', async () => {
  const { noticeId } = await stack.ok(publishNotice, { ...notice, scopeOrgId: 'g1' }, 'wx-gl');
  const withdraw = await stack.metered(withdrawNotice, { noticeId }, 'wx-gm1');
  expect(withdraw.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(withdraw.writes).toBe(0);
  expect(await stack.call(editNotice, { noticeId, ...scam }, 'wx-gm1')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.ok(editNotice, { noticeId, ...notice, title: '优待证申领（更正）' }, 'wx-gl')).toEqual({
    revision: 2,
  });
  // The street is strictly above the grid: it may correct the notice, and readers see who did.
  await stack.ok(editNotice, { noticeId, ...notice, title: '优待证申领（街道更正）' }, 'wx-street-admin');
  expect(await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).toMatchObject({
    title: '优待证申领（街道更正）',
    revision: 3,
    publisherLabel: '第三网格网格长',
    editedBy: '周街道（街道服务中心工作人员）',
  });
  expect((await stack.ok(listNotices, {}, 'wx-bound')).items[0]).toMatchObject({
    editedBy: '周街道（街道服务中心工作人员）',
  });
  expect((await stack.ok(openGroup, { groupId: G1 }, 'wx-bound')).items).toEqual([
    expect.objectContaining({ type: 'notice', editedBy: '周街道（街道服务中心工作人员）' }),
  ]);
  await stack.ok(withdrawNotice, { noticeId }, 'wx-street-admin');
});

it('the district, above everyone, may withdraw a street’s notice', async () => {
  const { noticeId } = await stack.ok(publishNotice, { ...notice, scopeOrgId: 's1' }, 'wx-street-admin');
  expect(await stack.call(withdrawNotice, { noticeId }, 'wx-gm1')).toMatchObject({ ok: false });
  await stack.ok(withdrawNotice, { noticeId }, 'wx-district-admin');
  expect((await stack.ok(noticeDetail, { noticeId }, 'wx-bound')).withdrawn).toBe(true);
});
