import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, see, typeInto } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const press = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true }).first().click();

describeInBrowser('hardship subsidy in a real browser', () => {
  const { as } = journey();

  test('a veteran applies; the station reviews; the street approves and pays; the veteran sees every step', async () => {
    const veteran = await as('demo-veteran-1', '张建国');
    await tap(veteran, 'home-assist');
    await see(veteran, '申请临时困难补助');
    await veteran.locator('taro-textarea-core[name="situation"] textarea').filter({ visible: true }).fill('老伴住院，医药费支出较大，生活暂时困难。');
    await typeInto(veteran, 'amount', '2000');
    await press(veteran, '提交申请');
    await see(veteran, '已提交，待服务站审核');

    const station = await as('demo-station-staff-c-10-01', '服务站');
    await tap(station, 'home-assist-queue');
    await see(station, '张建国');
    await press(station, '审核通过');
    await see(station, '服务站已审核，待审批');

    const street = await as('demo-street-admin-s-10', '街道');
    await tap(street, 'home-assist-queue');
    await see(street, '服务站已审核，待审批');
    await press(street, '批准');
    await see(street, '已批准，待发放');
    await press(street, '登记发放（银行转账）');
    await street.getByText('已批准，待发放').filter({ visible: true }).first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);

    await veteran.reload();
    await see(veteran, '当前：已发放');
    for (const step of ['提交申请', '服务站审核通过', '审批通过', '已发放']) await see(veteran, step);
    await screenshot(veteran, 'assist-1-steps');
  });
});
