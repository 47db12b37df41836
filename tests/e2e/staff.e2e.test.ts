import { describeInBrowser, screenshot, see, typeInto, visible } from './harness';
import { journey } from './journey-stack';
import { DEMO_UNREGISTERED_VETERAN as person } from '../../seed/district/xiangzhou-demo';

jest.setTimeout(180_000);

describeInBrowser('staff in a real browser', () => {
  const trip = journey();
  const { as } = trip;

  test('ID and name without a verified phone wait for the grid member, who confirms in 待确认登记; then the veteran sees their grid', async () => {
    const veteran = await as('e2e-new-veteran', '新用户', '/features/registration/pages/index');
    await see(veteran, '请填写与档案一致的信息');
    await typeInto(veteran, 'name', person.name);
    await typeInto(veteran, 'idNumber', person.idNumber);
    await typeInto(veteran, 'phone', '13912340000');
    await visible(veteran, '提交登记').click();
    await see(veteran, '待网格员确认');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/features/me/pages/index');
    await visible(member, '待确认登记').click();
    const card = member.locator('[data-testid^="registration-"]').filter({ hasText: person.name }).first();
    await card.waitFor({ timeout: 20_000 });
    await screenshot(member, 'staff-1-pending-registrations');
    await card.getByText('确认', { exact: true }).click();
    // Binding is asked once more, naming the file it binds to.
    await see(member, '确认后，周振华的微信将绑定到档案');
    await visible(member, '确认绑定', true).click();
    await card.waitFor({ state: 'detached', timeout: 20_000 });

    await veteran.goto(new URL('/', trip.app.url).toString());
    await see(veteran, '第三网格');
    await see(veteran, '陈卫东');
    await screenshot(veteran, 'staff-2-veteran-bound-after-confirmation');
  });

  test('a street admin invites a grid member; the code binds the new staff member once', async () => {
    const admin = await as('demo-street-admin-s-10', '南屏镇管理员', '/features/staff/pages/team');
    await visible(admin, '永济社区').click();
    await visible(admin, '第三网格').click();
    await see(admin, '第三网格 的工作人员');
    await typeInto(admin, 'invite-name', '郑晓明');
    await typeInto(admin, 'invite-phone', '13612345678');
    await visible(admin, '生成邀请码').click();
    const codeLine = admin.getByTestId('invitation-code');
    await codeLine.waitFor({ timeout: 20_000 });
    const code = /邀请码：([A-Z0-9]+)/.exec(await codeLine.innerText())?.[1] ?? '';
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    await see(admin, '郑晓明');
    await screenshot(admin, 'staff-3-invitation');

    const staff = await as('e2e-new-staff', '新工作人员', '/features/staff/pages/bind');
    await typeInto(staff, 'code', code);
    await visible(staff, '绑定', true).click();
    await see(staff, '绑定成功：第三网格 网格长');
    await screenshot(staff, 'staff-4-bound');
    await staff.goto(new URL('/features/me/pages/index', trip.app.url).toString());
    await see(staff, '网格长');
    await see(staff, '待确认登记');

    const reuse = await as('e2e-other-person', '另一人', '/features/staff/pages/bind');
    await typeInto(reuse, 'code', code);
    await visible(reuse, '绑定', true).click();
    await see(reuse, '该邀请码已被使用');
  });
});
