import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

describeInBrowser('the grid team on the file page: reveal, key groups, moving grid', () => {
  const { as } = journey('/features/me/pages/index');

  test('the grid member reveals a phone for a reason, marks and unmarks 特困, moves the file; the veteran sees all of it', async () => {
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await visible(member, '网格台账').click();
    await visible(member, '张建国').click();
    await see(member, '查看完整号码');
    await see(member, '本人可在「我的档案 → 谁查看了我的档案」中看到');

    await visible(member, '查看完整手机号').click();
    await see(member, '请填写查看原因');
    await type(member, 'revealReason', '电话通知体检');
    await visible(member, '查看完整手机号').click();
    await see(member, '完整手机号：');
    expect(await member.getByTestId('revealed').innerText()).toMatch(/完整手机号：1\d{10}/);

    await type(member, 'keyGroupReason', '民政部门认定特困供养');
    await visible(member, '标记特困').click();
    await see(member, '重点对象：特困');
    await see(member, '原因：民政部门认定特困供养');
    await screenshot(member, 'ledger-1-reveal-and-key-group');
    await type(member, 'keyGroupReason', '已脱困');
    await visible(member, '取消特困').click();
    await see(member, '标记特困');
    expect(await member.getByText('重点对象：特困').filter({ visible: true }).count()).toBe(0);

    await visible(member, '迁移网格').click();
    await visible(member, '南屏镇', true).click();
    await visible(member, '永济社区', true).click();
    await visible(member, '第一网格', true).click();
    await see(member, '迁至：南屏镇 · 永济社区 · 第一网格');
    await type(member, 'moveNote', '搬到第一网格新家');
    await screenshot(member, 'ledger-2-move-picker');
    await visible(member, '确认迁移').click();
    await see(member, '在册');

    const veteran = await as('demo-veteran-1', '张建国');
    await visible(veteran, '我的档案').click();
    await see(veteran, '第一网格');
    await see(veteran, '查看了完整的手机号');
    await see(veteran, '原因：电话通知体检');
    await see(veteran, '所属网格：');
    await see(veteran, '搬到第一网格新家');
    await screenshot(veteran, 'ledger-3-veteran-sees-move-and-reveal');
  });
});
