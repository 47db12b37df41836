import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, see, typeInto } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const typeArea = (page: Page, name: string, value: string) =>
  page.locator(`taro-textarea-core[name="${name}"] textarea`).filter({ visible: true }).fill(value);
const figure = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).filter({ visible: true }).first().innerText()).trim();
const count = (text: string) => Number(/(\d+)/.exec(text.replace(/,/g, ''))?.[1]);
const money = (text: string) => Math.round(Number(/¥([\d,.]+)/.exec(text)?.[1].replace(/,/g, '')) * 100);

describeInBrowser('visits in a real browser', () => {
  const { as } = journey();

  test("a grid member logs a visit with a gift; the street's dashboard shows one more visit and its value", async () => {
    const street = await as('demo-street-admin-s-10', '街道工作人员');
    await tap(street, 'home-dashboard');
    await street.getByTestId('fig-visits').filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    await street
      .getByTestId('month-chart')
      .filter({ visible: true })
      .first()
      .locator('canvas')
      .waitFor({ timeout: 20_000 });
    const visitsBefore = count(await figure(street, 'fig-visits'));
    const valueBefore = money(await figure(street, 'fig-visit-value'));
    await screenshot(street, 'care-1-dashboard-before');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await tap(member, 'home-care');
    await see(member, '超期未联系');
    await member.getByTestId('uncontacted').getByText('记录走访').first().click();
    await see(member, '走访对象');
    await typeInto(member, 'visitors', '黄丽娟');
    await typeArea(member, 'findings', '端午节上门慰问，身体状况良好。');
    await typeInto(member, 'goods', '粽子、食用油');
    await typeInto(member, 'goodsValue', '150');
    await typeInto(member, 'money', '500');
    await screenshot(member, 'care-2-log-visit');
    await member.getByText('保存走访记录').filter({ visible: true }).first().click();
    await see(member, '超期未联系');

    await street.reload();
    await street.getByTestId('fig-visits').filter({ visible: true }).first().waitFor({ timeout: 30_000 });
    await street.waitForFunction(
      (n) => {
        const el = Array.from(document.querySelectorAll('[data-testid="fig-visits"]')).find(
          (e) => (e as HTMLElement).offsetParent,
        );
        return el && Number(/(\d+)/.exec(el.textContent ?? '')?.[1]) === n;
      },
      visitsBefore + 1,
      { timeout: 20_000 },
    );
    expect(count(await figure(street, 'fig-visits'))).toBe(visitsBefore + 1);
    expect(money(await figure(street, 'fig-visit-value'))).toBe(valueBefore + 65_000);
    await screenshot(street, 'care-3-dashboard-after');
  });
});
