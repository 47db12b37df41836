import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(180_000);

describeInBrowser('grid group and notices in a real browser', () => {
  const trip = journey();
  const { as } = trip;
  const title = `退役军人体检通知${Date.now() % 10000}`;

  test('a grid member publishes; a veteran of the grid reads it; the count goes up; another grid never sees it', async () => {
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/features/notices/pages/index');
    await visible(member, '发布通知').click();
    await see(member, '发布范围');
    await type(member, 'title', title);
    await member
      .locator('taro-textarea-core textarea')
      .filter({ visible: true })
      .first()
      .fill('本周五上午在社区卫生服务中心免费体检，请带身份证。');
    await member.getByTestId('scope-picker').getByText('第三网格').first().click();
    await see(member, '发布范围：第三网格（网格）');
    await screenshot(member, 'groups-1-publish');
    await visible(member, '发布', true).click();
    await see(member, '阅读情况');
    await see(member, '已读 0 人');
    await screenshot(member, 'groups-2-receipts-before');

    const veteran = await as('demo-veteran-1', '张建国', '/features/notices/pages/index');
    const row = veteran.getByTestId('notice-row').filter({ hasText: title }).first();
    await row.waitFor({ timeout: 20_000 });
    expect(await row.getAttribute('data-unread')).toBe('true');
    await screenshot(veteran, 'groups-3-veteran-unread');
    await row.click();
    await see(veteran, '本周五上午在社区卫生服务中心免费体检');
    await screenshot(veteran, 'groups-4-veteran-reads');

    await visible(member, '刷新', true).click();
    await see(member, '已读 1 人');
    // The summary and the unread list refresh separately: wait until the list no longer names the reader
    // (the demo grid has other bound veterans, who stay on it).
    const unread = member.getByTestId('grid-unread');
    await unread.waitFor({ timeout: 20_000 });
    for (let i = 0; i < 40 && (await unread.getByText('张建国').count()) > 0; i++) await member.waitForTimeout(250);
    expect(await unread.getByText('张建国').count()).toBe(0);
    await see(member, '第三网格未读名单');
    await screenshot(member, 'groups-5-receipts-after');

    await veteran.goto(new URL('/features/notices/pages/index', trip.app.url).toString());
    const readRow = veteran.getByTestId('notice-row').filter({ hasText: title }).first();
    await readRow.waitFor({ timeout: 20_000 });
    expect(await readRow.getAttribute('data-unread')).toBe('false');

    const other = await as('demo-veteran-2', '林志强', '/features/notices/pages/index');
    await other.getByTestId('notice-list').waitFor({ timeout: 20_000 });
    await see(other, '退役军人优待证集中申领');
    expect(await other.getByText(title).count()).toBe(0);
    await other.goto(new URL('/features/grid/pages/index', trip.app.url).toString());
    await other.getByTestId('group-chat').waitFor({ timeout: 20_000 });
    expect(await other.getByText(title).count()).toBe(0);
    await screenshot(other, 'groups-6-other-grid');
  });

  test('in the group a veteran sees the notice card and posts text that is shown as typed, never as markup', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/grid/pages/index');
    await veteran.getByTestId('group-chat').waitFor({ timeout: 20_000 });
    await see(veteran, '群公告');
    await see(veteran, '医疗保障政策解读');
    await screenshot(veteran, 'groups-7a-chat-open');
    await type(veteran, 'message', '<b>请问</b>体检要空腹吗？');
    await visible(veteran, '发送', true).click();
    await see(veteran, '<b>请问</b>体检要空腹吗？');
    expect(await veteran.locator('b').count()).toBe(0);
    await screenshot(veteran, 'groups-7-chat');
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/features/grid/pages/index');
    await see(member, '<b>请问</b>体检要空腹吗？');
  });
});
