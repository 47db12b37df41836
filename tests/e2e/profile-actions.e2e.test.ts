import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

/** A 1×1 PNG, as a photo of a document. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describeInBrowser('代办, 解除绑定 and 撤回同意 in a real browser', () => {
  const { as } = journey('/features/me/pages/index');

  test('the grid member issues a proxy code, a family member enters it and asks a correction with a photo for the veteran, recorded as 家属代办', async () => {
    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await visible(member, '网格台账').click();
    await visible(member, '张建国').click();
    await see(member, '家属代办');
    await type(member, 'relation', '儿子');
    await visible(member, '生成代办码').click();
    await see(member, '代办码：');
    const code = (await member.getByTestId('proxy-code').innerText()).match(/代办码：([A-Z0-9]{8})/)?.[1];
    expect(code).toBeTruthy();
    await screenshot(member, 'proxy-1-code-issued');

    const family = await as('demo-family-of-veteran-1', '张小军');
    await visible(family, '为家人代办').click();
    await type(family, 'code', 'ZZZZZZZZ');
    await visible(family, '确认代办').click();
    await see(family, '代办码不正确');
    await type(family, 'code', code!);
    await visible(family, '确认代办').click();
    await see(family, '张建国 · ');
    await visible(family, '张建国 · ').click();
    await see(family, '您正在为 张建国 代办');
    await see(family, '联系电话');
    expect(await family.getByText('解除绑定').count()).toBe(0);
    const addressRow = family.locator('[data-field="address"]').filter({ visible: true }).first();
    await addressRow.getByText('更正 ›').click();
    await type(family, 'value', '永济社区幸福路8号3栋201');
    await type(family, 'reason', '搬到了同社区新家');
    const [chooser] = await Promise.all([
      family.waitForEvent('filechooser'),
      visible(family, '添加照片（如证件照片）').click(),
    ]);
    await chooser.setFiles({ name: '房产证.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await see(family, '已添加照片');
    await visible(family, '提交更正申请').click();
    await see(family, '待网格员核实');
    await screenshot(family, 'proxy-2-family-acting');

    // The code was used once: a second use is refused.
    const other = await as('demo-someone-else', '李四');
    await visible(other, '为家人代办').click();
    await type(other, 'code', code!);
    await visible(other, '确认代办').click();
    await see(other, '代办码已使用或已过期');

    await member.reload();
    await see(member, '更正申请：');
    await see(member, '申请人：家属代办（附有证明照片）');
    // The grid member checks the photo itself before deciding: it loads from a short-lived link.
    const photo = member.getByTestId('correction-photo').filter({ visible: true }).first().locator('img');
    await photo.waitFor({ timeout: 20_000 });
    await member.waitForFunction(
      (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
      await photo.elementHandle(),
      { timeout: 20_000 },
    );
    await type(member, 'note', '已上门核实');
    await visible(member, '确认更正').click();
    await see(member, '家属代办申请更正');
  });

  test('a veteran withdraws consent after reading what stops and what the district keeps', async () => {
    const veteran = await as('demo-veteran-2', '林志强');
    await visible(veteran, '我的档案').click();
    await see(veteran, '账号与授权');
    await visible(veteran, '撤回同意', true).click();
    await see(veteran, '确定撤回个人信息处理同意吗？');
    await see(veteran, '仍须保留');
    await screenshot(veteran, 'leave-1-withdraw-confirm');
    await visible(veteran, '取消', true).click();
    await visible(veteran, '撤回同意', true).click();
    await visible(veteran, '确认撤回同意').click();
    await see(veteran, '退役军人登记');
    expect(await veteran.getByText('我的档案').filter({ visible: true }).count()).toBe(0);
  });

  test('a veteran unbinds their WeChat account after a warning to rebind through the grid member', async () => {
    const veteran = await as('demo-veteran-1', '张建国');
    await visible(veteran, '我的档案').click();
    await visible(veteran, '解除绑定', true).click();
    await see(veteran, '确定解除微信绑定吗？');
    await see(veteran, '由网格员核实身份后帮您重新绑定');
    await screenshot(veteran, 'leave-2-unbind-confirm');
    await visible(veteran, '确认解除绑定').click();
    await see(veteran, '退役军人登记');
    expect(await veteran.getByText('我的档案').filter({ visible: true }).count()).toBe(0);
  });
});
