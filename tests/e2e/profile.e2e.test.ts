import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

describeInBrowser('我的档案 and 网格台账 in a real browser', () => {
  const { as } = journey();

  test('a veteran asks to correct their phone, the grid member confirms, the veteran sees the new number masked and the history', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/me/pages/index');
    await visible(veteran, '我的档案').click();
    await see(veteran, '联系电话');
    const phoneRow = veteran.locator('[data-field="phone"]').filter({ visible: true }).first();
    const oldPhone = (await phoneRow.innerText()).match(/1\d\d\*{4}\d{4}/)?.[0];
    expect(oldPhone).toBeTruthy();
    await phoneRow.getByText('更正 ›').click();
    await see(veteran, '申请更正：手机号');
    await type(veteran, 'value', '12345');
    await type(veteran, 'reason', '换了新号码');
    await visible(veteran, '提交更正申请').click();
    await see(veteran, '请填写11位中国大陆手机号');
    await type(veteran, 'value', '13955501234');
    await visible(veteran, '提交更正申请').click();
    await see(veteran, '待网格员核实');
    await see(veteran, `${oldPhone} → 139****1234`);
    await screenshot(veteran, 'profile-1-correction-requested');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/features/me/pages/index');
    await visible(member, '网格台账').click();
    await see(member, '第三网格');
    await visible(member, '待更正').click();
    await visible(member, '张建国').click();
    await see(member, '更正申请：手机号');
    await see(member, '驳回');
    await member.waitForTimeout(500);
    await screenshot(member, 'profile-2-grid-member-file-page');
    await type(member, 'note', '已电话核实');
    await visible(member, '确认更正').click();
    await see(member, '手机号：');
    await see(member, `${oldPhone} → 139****1234`);

    await veteran.reload();
    await see(veteran, '已更正');
    const phoneNow = veteran.locator('[data-field="phone"]').filter({ visible: true }).first();
    await expect(phoneNow.innerText()).resolves.toContain('139****1234');
    await see(veteran, '更正 · 黄丽娟');
    await see(veteran, '查看了档案');
    expect(await veteran.content()).not.toContain('13955501234');
    await screenshot(veteran, 'profile-3-corrected-with-history');
  });

  test('a street admin sees the filing rate and searches the ledger', async () => {
    const admin = await as('demo-street-admin-s-10', '吴国强', '/features/me/pages/index');
    await visible(admin, '台账', true).click();
    await see(admin, '南屏镇 建档率');
    await type(admin, 'query', '张建国');
    await visible(admin, '搜索', true).click();
    await see(admin, '共 1 人');
    await screenshot(admin, 'profile-4-staff-ledger');
  });
});
