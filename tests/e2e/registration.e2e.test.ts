import type { Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, screenshot, type BrowserSession, see, typeInto, visible } from './harness';
import { startJourneyStack, type JourneyStack } from './journey-stack';
import { idCheckChar } from '../../types/common/validators';
import { DEMO_UNREGISTERED_VETERAN } from '../../seed/district/xiangzhou-demo';

jest.setTimeout(180_000);

/** A valid ID number no seed holds (birth 1961-07-19, random sequence). */
function unknownIdNumber(): string {
  const first17 = `440402196107199${String(Math.floor(Math.random() * 90) + 10)}`;
  return first17 + idCheckChar(first17);
}

async function firstVisitAsNewUser(page: Page, url: string) {
  await page.goto(url);
  await visible(page, '同意并继续').click();
  await see(page, '这是本地演示环境');
  await visible(page, '新微信用户', true).click();
  await see(page, '登记后即可看到您所在的网格');
  await visible(page, '退役军人登记').click();
  await see(page, '请填写与档案一致的信息');
}

async function fillForm(page: Page, values: { name: string; idNumber: string; phone: string }) {
  await typeInto(page, 'name', values.name);
  await typeInto(page, 'idNumber', values.idNumber);
  await typeInto(page, 'phone', values.phone);
}

describeInBrowser('registration journey in a real browser', () => {
  let stack: JourneyStack;
  let browser: BrowserSession;

  beforeAll(async () => {
    stack = await startJourneyStack();
  });
  afterAll(async () => {
    await stack?.close();
  });
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await browser?.close();
  });

  test('a person with no file picks street, community and grid and waits for the grid member', async () => {
    const page = await browser.context.newPage();
    await firstVisitAsNewUser(page, stack.url);
    await fillForm(page, { name: '何志远', idNumber: '440402196107190011', phone: '13800138000' });
    await visible(page, '提交登记').click();
    await see(page, '身份证号校验位不正确');
    await screenshot(page, 'registration-1-field-error');

    await fillForm(page, { name: '何志远', idNumber: unknownIdNumber(), phone: '13800138000' });
    await visible(page, '提交登记').click();
    await see(page, '请选择您居住的网格');
    const streets = page.locator('[data-testid="org-level-镇/街道"] .list-item').filter({ visible: true });
    await streets.first().waitFor({ timeout: 20_000 });
    // The first level offers streets/towns only, never a community or a grid.
    expect((await streets.allInnerTexts()).filter((t) => /社区|网格/.test(t))).toEqual([]);
    for (const level of ['镇/街道', '社区', '网格']) {
      const list = page.locator(`[data-testid="org-level-${level}"]`).filter({ visible: true });
      await list.locator('.list-item').first().waitFor({ timeout: 20_000 });
      await list.locator('.list-item').first().click();
    }
    await see(page, '已选择：');
    await screenshot(page, 'registration-2-grid-picker');
    await visible(page, '提交登记').click();
    await see(page, '待网格员确认');
    await screenshot(page, 'registration-3-pending');
    await visible(page, '返回首页').click();
    await see(page, '登记待网格员确认');
  });

  test('a person whose file matches, with a verified phone, is bound at once and sees their grid', async () => {
    const person = DEMO_UNREGISTERED_VETERAN;
    const page = await browser.context.newPage();
    await firstVisitAsNewUser(page, stack.url);
    await fillForm(page, { name: person.name, idNumber: person.idNumber, phone: person.phone });
    await visible(page, '☐ 模拟验证手机号').click();
    await visible(page, '提交登记').click();
    await see(page, '已绑定档案');
    await screenshot(page, 'registration-4-bound');
    await visible(page, '进入首页').click();
    await see(page, '第三网格');
    await see(page, '陈卫东');
    await see(page, '永济社区退役军人服务站');
  });
});
