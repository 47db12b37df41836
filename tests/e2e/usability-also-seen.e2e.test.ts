import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, see } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const typeArea = (page: Page, name: string, value: string) =>
  page.locator(`taro-textarea-core[name="${name}"] textarea`).filter({ visible: true }).fill(value);
const statusIs = (page: Page, status: string) =>
  page.locator(`[data-testid="request-detail"][data-status="${status}"]`).waitFor({ timeout: 20_000 });

/** 「12月7日」: the working day a deadline instant ends (the instant is the next midnight), in Shanghai. */
function dayOf(instant: unknown): string {
  const raw = (instant as { $date?: string | number })?.$date ?? (instant as string);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(new Date(raw).getTime() - 1))
    .reduce<Record<string, string>>((o, p) => ({ ...o, [p.type]: p.value }), {});
  return `${parts.month}月${parts.day}日`;
}

/** Issue 14's "Also seen" list: each fix with a check of what a user saw. */
describeInBrowser('usability: the smaller things seen on the way', () => {
  const trip = journey();

  test('a request waiting to be accepted shows its acceptance deadline as 受理期限 and the answer deadline beside it; 受理 does not move the answer deadline', async () => {
    const veteran = await trip.as('demo-veteran-1', '张建国');
    await tap(veteran, 'home-submit-request');
    await see(veteran, '诉求类别');
    await tap(veteran, 'category-生活困难');
    await typeArea(veteran, 'description', '想了解临时困难补助怎么申请，需要准备哪些材料。');
    await tap(veteran, 'submit-request');
    await statusIs(veteran, 'submitted');
    const refNo = /SQ-\d{8}-\d{4}/.exec(await veteran.getByTestId('ref-no').innerText())?.[0] ?? '';
    const stored = trip.app.cloud.db.browse('requests', JSON.stringify({ refNo }), 0, 1).docs[0] as {
      acceptDueAt: unknown;
      answerDueAt: unknown;
    };
    const accept = dayOf(stored.acceptDueAt);
    const answer = dayOf(stored.answerDueAt);
    expect(accept).not.toBe(answer);

    const deadlines = async (page: Page) =>
      (await page.getByTestId('deadline').filter({ visible: true }).allInnerTexts()).map((t) => t.trim());
    expect(await deadlines(veteran)).toEqual([`受理期限：${accept}（含当天）前`, `答复期限：${answer}（含当天）前`]);
    await screenshot(veteran, 'also-seen-request-deadlines');

    const member = await trip.as('demo-grid-member-g-10-01-3', '黄丽娟');
    await tap(member, 'home-inbox');
    const card = member.getByTestId(`request-${refNo}`);
    await card.waitFor({ timeout: 20_000 });
    expect(await card.getByTestId('deadline').allInnerTexts()).toEqual([
      `受理期限：${accept}（含当天）前`,
      `答复期限：${answer}（含当天）前`,
    ]);
    await card.click();
    await statusIs(member, 'submitted');
    await tap(member, 'step-accept');
    await statusIs(member, 'accepted');

    await veteran.reload();
    await statusIs(veteran, 'accepted');
    expect(await deadlines(veteran)).toEqual([`答复期限：${answer}（含当天）前`]);
  });

  test('logging a visit, 走访人 starts with the name of the person logging it', async () => {
    const veteran = trip.app.cloud.db.browse('veterans', JSON.stringify({ gridId: 'g-10-01-3' }), 0, 1).docs[0] as {
      _id: string;
      name: string;
    };
    const member = await trip.as(
      'demo-grid-member-g-10-01-3',
      '黄丽娟',
      `/features/care/pages/log-visit?veteranId=${veteran._id}&name=${encodeURIComponent(veteran.name)}`,
    );
    await see(member, '走访对象');
    const visitors = member.locator('taro-input-core[name="visitors"] input').filter({ visible: true });
    await member.waitForFunction(
      () => (document.querySelector('taro-input-core[name="visitors"] input') as HTMLInputElement | null)?.value,
    );
    expect(await visitors.inputValue()).toBe('黄丽娟');

    // One colour for "on" and "yes": a switch turned on, and the picker's 确定, are the app's red, not green.
    const brand = 'rgb(183, 28, 28)';
    const household = member.locator('input.weui-switch').filter({ visible: true }).first();
    await household.click();
    await member.waitForTimeout(500); // the switch's colour transition
    expect(await household.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(brand);
    await member.getByTestId('visit-kind').filter({ visible: true }).first().click();
    const confirm = member.locator('.weui-picker__action').filter({ hasText: '确定' }).filter({ visible: true });
    await confirm.waitFor({ timeout: 10_000 });
    expect(await confirm.evaluate((el) => getComputedStyle(el).color)).toBe(brand);
  });

  test('the demo sign-in comes back to the new WeChat user made earlier (registered or not) instead of always making another', async () => {
    const page = await trip.as('demo-veteran-1', '张建国', '/features/demo/pages/signin');
    const openid = () => page.evaluate(() => window.localStorage.getItem('vetgrid.demoOpenid'));
    await see(page, '选择演示身份');
    await page.getByText('新微信用户', { exact: true }).filter({ visible: true }).first().click();
    await see(page, '当前身份：新微信用户');
    const first = await openid();
    expect(first).toMatch(/^demo-new-/);

    await page.goto(new URL('/features/demo/pages/signin', trip.app.url).toString());
    await page.getByTestId('demo-person').filter({ hasText: '黄丽娟' }).first().click();
    await see(page, '当前身份：黄丽娟');
    await page.goto(new URL('/features/demo/pages/signin', trip.app.url).toString());
    await see(page, '刚才的新微信用户');
    await screenshot(page, 'also-seen-demo-signin');
    await page.getByText('刚才的新微信用户', { exact: true }).filter({ visible: true }).first().click();
    await see(page, '当前身份：新微信用户');
    expect(await openid()).toBe(first);
  });
});
