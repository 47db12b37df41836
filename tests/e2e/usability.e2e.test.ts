import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot, see, typeInto as type, visible } from './harness';
import { journey } from './journey-stack';
import { DEMO_UNREGISTERED_VETERAN as person } from '../../seed/district/xiangzhou-demo';

jest.setTimeout(240_000);

/** Where an element is on the screen, and the height of the screen. */
async function placement(page: Page, selector: string) {
  return page
    .locator(selector)
    .filter({ visible: true })
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height, screen: window.innerHeight };
    });
}

/**
 * Issue 14's "Why" list, one test per problem a new user ran into (in Chromium at phone size, 390 x 844).
 * One seeded stack for the file; each person in a browser of their own.
 */
describeInBrowser('usability: what got in the way of a veteran and a grid member', () => {
  const trip = journey();
  const { as } = trip;

  /** A WeChat user registers as the seeded unregistered veteran with another phone: pending in 黄丽娟's grid. */
  async function registerAsNewcomer(openid: string, phone: string) {
    const newcomer = await as(openid, '新用户', '/features/registration/pages/index');
    await see(newcomer, '请填写与档案一致的信息');
    await type(newcomer, 'name', person.name);
    await type(newcomer, 'idNumber', person.idNumber);
    await type(newcomer, 'phone', phone);
    await visible(newcomer, '提交登记').click();
    await see(newcomer, '待网格员确认');
  }

  test('1. 申请更正 beside 手机号, far down the page, opens in front of the veteran; the page is not a column of identical buttons', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/profile/pages/my-file');
    await see(veteran, '联系电话');
    const buttons = veteran.locator('taro-button-core').filter({ hasText: '申请更正' }).filter({ visible: true });
    expect(await buttons.count()).toBeLessThanOrEqual(1);
    const phoneRow = veteran.locator('[data-field="phone"]').filter({ visible: true }).first();
    await phoneRow.scrollIntoViewIfNeeded();
    await phoneRow.getByText(/更正/).first().click();
    await see(veteran, '申请更正：手机号');
    const input = await placement(veteran, 'taro-input-core[name="value"] input');
    expect(input.top).toBeGreaterThanOrEqual(0);
    expect(input.bottom).toBeLessThanOrEqual(input.screen);
    await screenshot(veteran, 'usability-1-correction-sheet');
  });

  test('2. a sub-page has a title bar with a way back; the tab pages keep the tab bar', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/me/pages/index');
    await visible(veteran, '我的档案').click();
    await see(veteran, '联系电话');
    const bar = veteran.locator('#taro-navigation-bar');
    await expect(bar.isVisible()).resolves.toBe(true);
    await expect(bar.innerText()).resolves.toContain('我的档案');
    await screenshot(veteran, 'usability-2-title-bar');
    await bar.locator('.taro-navigation-bar-back').click();
    await see(veteran, '长辈模式');
    expect(new URL(veteran.url()).pathname).toBe('/features/me/pages/index');
  });

  test('2. 返回 tapped the moment a sub-page opens: 我的 shows again, never a blank page', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/me/pages/index');
    const back = veteran.locator('#taro-navigation-bar .taro-navigation-bar-back').filter({ visible: true });
    for (let i = 0; i < 5; i++) {
      await visible(veteran, '我的档案').click();
      await back.first().click();
      await veteran.getByText('长辈模式').filter({ visible: true }).first().waitFor({ timeout: 5_000 });
      await veteran.waitForTimeout(400);
      // Still there once every timer of the page change has run.
      await expect(veteran.getByText('长辈模式').filter({ visible: true }).count()).resolves.toBeGreaterThan(0);
      expect(new URL(veteran.url()).pathname).toBe('/features/me/pages/index');
    }
  });

  test('3. chat: the message just sent stays in view above the input bar; @ picks from a searchable sheet without the sender; the person mentioned is told 有人@我', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/grid/pages/index');
    await veteran.getByTestId('group-chat').waitFor({ timeout: 20_000 });
    await see(veteran, '群公告');
    const text = `请问明天几点开会${Date.now() % 1000}`;
    await type(veteran, 'message', text);
    await visible(veteran, '发送', true).click();
    await see(veteran, text);
    await veteran.waitForTimeout(600);
    const sent = await placement(veteran, `[data-testid="message"]:has-text("${text}") .msg-bubble`);
    const composer = await placement(veteran, '[data-testid="composer"]');
    expect(sent.top).toBeGreaterThanOrEqual(0);
    expect(sent.bottom).toBeLessThanOrEqual(composer.top + 1);
    await screenshot(veteran, 'usability-3a-chat-after-send');

    await visible(veteran, '@提醒', true).click();
    const picker = veteran.getByTestId('mention-picker');
    await picker.waitFor({ timeout: 20_000 });
    const sheet = await placement(veteran, '[data-testid="mention-picker"]');
    expect(sheet.top).toBeGreaterThanOrEqual(0);
    expect(sheet.bottom).toBeLessThanOrEqual(sheet.screen + 1);
    await picker.getByText('黄丽娟').first().waitFor({ timeout: 20_000 });
    expect(await picker.getByText('张建国', { exact: true }).count()).toBe(0);
    await type(veteran, 'mention-search', '黄丽');
    expect(await picker.locator('[data-testid="mention-option"]').count()).toBe(1);
    await screenshot(veteran, 'usability-3b-mention-sheet');
    await picker.getByText('黄丽娟').first().click();
    await visible(veteran, '发送', true).click();
    const mention = veteran.locator('.mention').filter({ hasText: '@黄丽娟' }).filter({ visible: true }).first();
    await mention.waitFor({ timeout: 20_000 });
    const [plain, highlighted] = await Promise.all([
      veteran
        .locator('.msg-bubble')
        .filter({ hasText: text })
        .first()
        .evaluate((el) => getComputedStyle(el).color),
      mention.evaluate((el) => getComputedStyle(el).color),
    ]);
    expect(highlighted).not.toBe(plain);

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/');
    await see(member, '有人@我');
    await screenshot(member, 'usability-3c-mentioned-home');
  });

  test('3. the 网格 badge clears while the group is open', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/features/grid/pages/index');
    await veteran.getByTestId('group-chat').waitFor({ timeout: 20_000 });
    await type(veteran, 'message', '大家好');
    await visible(veteran, '发送', true).click();
    await see(veteran, '大家好');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/');
    const gridTabBadge = member.locator('.weui-tabbar__item').nth(1).locator('.weui-badge');
    await gridTabBadge.waitFor({ timeout: 20_000 });
    await member.locator('.weui-tabbar__item').nth(1).click();
    await member.getByTestId('group-chat').waitFor({ timeout: 20_000 });
    await see(member, '大家好');
    await gridTabBadge.waitFor({ state: 'detached', timeout: 10_000 });
  });

  test("4. a pending registration waits on the grid member's home with its count, one tap from the list", async () => {
    await registerAsNewcomer('e2e-usability-newcomer', '13912340000');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/');
    const todo = member.getByTestId('todo-registrations').filter({ visible: true });
    await todo.waitFor({ timeout: 20_000 });
    expect(await todo.innerText()).toMatch(/待确认登记\s*[1-9]\d* 人/);
    await screenshot(member, 'usability-4-grid-member-home');
    await todo.click();
    await see(member, person.name);

    // 10. 确认 binds at once no more: it asks, naming the file, and 再想想 leaves it waiting.
    const card = member.locator('[data-testid^="registration-"]').filter({ hasText: person.name }).first();
    await card.getByText('确认', { exact: true }).click();
    await see(member, '请先电话核实是本人');
    await screenshot(member, 'usability-10-confirm-binding');
    await visible(member, '再想想', true).click();
    await member.waitForTimeout(500);
    await expect(card.isVisible()).resolves.toBe(true);
  });

  test('10. registration check: the grid member can call the registrant (the number revealed on a tap, logged) and reads the check as labelled lines', async () => {
    await registerAsNewcomer('e2e-usability-caller-check', '13912345678');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟', '/features/staff/pages/registrations');
    await see(member, '139****5678');
    const card = member.locator('[data-testid^="registration-"]').filter({ hasText: '139****5678' }).first();
    // Each fact under its own label; the phone's state is said once, beside the phone.
    for (const label of ['身份证号', '手机号', '网格', '核对结果', '对应档案']) {
      await expect(card.getByText(label, { exact: true }).count()).resolves.toBe(1);
    }
    expect(await card.innerText()).not.toMatch(/手机号未核验/);
    expect(await card.innerText()).not.toContain('13912345678');
    await screenshot(member, 'usability-10b-registration-check');

    // 拨打 dials the full number (H5: a tel: navigation, which the test browser leaves pending, so the
    // page is read by script from here on) and shows it.
    const dialled = new Promise<string>((resolve) => {
      member.on('request', (r) => r.url().startsWith('tel:') && resolve(r.url()));
      member.on('framenavigated', (f) => f.url().startsWith('tel:') && resolve(f.url()));
    });
    await card.getByText('拨打', { exact: true }).click({ noWaitAfter: true });
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no tel: navigation'), 15_000));
    expect(await Promise.race([dialled, timeout])).toBe('tel:13912345678');
    const shown = await member.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-testid^="registration-"]')).some((el) =>
        el.innerText.includes('13912345678'),
      ),
    );
    expect(shown).toBe(true);
    const reveals = trip.app.cloud.db.browse('audit', JSON.stringify({ kind: 'reveal', field: 'phone' }), 0, 100)
      .docs as { actor: { name: string }; reason: string }[];
    expect(reveals.map((r) => r.actor.name)).toContain('黄丽娟');
  });

  test('7. 长辈模式, switched on from the home page, enlarges text boxes, tab labels and toasts', async () => {
    const veteran = await as('demo-veteran-1', '张建国', '/');
    const toggle = veteran.getByTestId('home-elder-mode').filter({ visible: true });
    await toggle.waitFor({ timeout: 20_000 });
    const label = veteran.locator('.weui-tabbar__label').first();
    expect(parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeLessThan(16);
    await toggle.click();
    expect(parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(16);
    const box = await toggle.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(60);
    await screenshot(veteran, 'usability-7a-home-elder');

    await veteran.goto(new URL('/features/requests/pages/submit', trip.app.url).toString());
    const textarea = veteran.locator('[data-field="description"] textarea').filter({ visible: true }).first();
    await textarea.waitFor({ timeout: 20_000 });
    const style = await textarea.evaluate((el) => ({
      font: parseFloat(getComputedStyle(el).fontSize),
      height: el.getBoundingClientRect().height,
    }));
    expect(style.font).toBeGreaterThanOrEqual(18);
    expect(style.height).toBeGreaterThanOrEqual(60);
    await screenshot(veteran, 'usability-7b-submit-elder');
  });

  test('7. 长辈模式 belongs to the person: it follows them to another device, survives switching identity, and the saved choice wins over the device', async () => {
    // Every visible page root carries the class (tab pages stay alive underneath).
    const waitElder = async (page: Page, on: boolean) => {
      await page.getByTestId('home-elder-mode').filter({ visible: true }).waitFor({ timeout: 20_000 });
      await page.waitForFunction(
        (want) => {
          const roots = Array.from(document.querySelectorAll('[data-testid="page-root"]')).filter(
            (el) => el.getClientRects().length > 0,
          );
          return roots.length > 0 && roots.every((el) => el.classList.contains('elder-mode') === want);
        },
        on,
        { timeout: 10_000 },
      );
    };
    const phone = await as('demo-veteran-2', '林志强', '/');
    await waitElder(phone, false);
    await phone.getByTestId('home-elder-mode').filter({ visible: true }).click();
    await waitElder(phone, true);
    await phone.waitForTimeout(1500);

    // Another device (a browser with nothing stored): the choice is there without touching anything.
    const tablet = await as('demo-veteran-2', '林志强', '/');
    await waitElder(tablet, true);
    await screenshot(tablet, 'usability-7c-elder-on-another-device');

    // Switching to someone else does not carry it over; switching back brings it back.
    await visible(tablet, '切换身份', true).click();
    await tablet.getByTestId('demo-person').filter({ hasText: '黄丽娟' }).first().click();
    await waitElder(tablet, false);
    await visible(tablet, '切换身份', true).click();
    await tablet.getByTestId('demo-person').filter({ hasText: '林志强' }).first().click();
    await waitElder(tablet, true);

    // Turned off on the tablet: the phone, which still remembers 'on', follows the saved choice after a reload.
    await tablet.getByTestId('home-elder-mode').filter({ visible: true }).click();
    await waitElder(tablet, false);
    await tablet.waitForTimeout(1500);
    await phone.reload();
    await waitElder(phone, false);
  });

  test('the site has an icon: /favicon.ico is served, not a 404', async () => {
    const res = await fetch(new URL('/favicon.ico', trip.app.url));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});
