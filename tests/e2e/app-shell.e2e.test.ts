import { describeInBrowser, fontSizeOf, launchBrowser, openAs, screenshot, type BrowserSession, see } from './harness';
import { startJourneyStack, type JourneyStack } from './journey-stack';

jest.setTimeout(120_000);

describeInBrowser('H5 app shell on the local cloud', () => {
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

  test('a first visit asks for privacy consent, then a demo identity, then shows the way to register', async () => {
    const page = await browser.context.newPage();
    await page.goto(stack.url);
    await see(page, '使用前，请阅读并同意以下《隐私保护指引》');
    await see(page, '一、我们收集哪些信息');
    await screenshot(page, 'shell-1-consent');
    await page.getByText('同意并继续').filter({ visible: true }).click();

    await see(page, '选择演示身份');
    await see(page, '黄丽娟');
    await screenshot(page, 'shell-2-signin');
    await page.getByText('新微信用户', { exact: true }).filter({ visible: true }).first().click();

    await see(page, '登记后即可看到您所在的网格');
    await see(page, '本地演示环境 · 当前身份：新微信用户');
    await see(page, '该功能即将上线');
    await screenshot(page, 'shell-3-home-new-user');
  });

  test('a bound veteran sees their grid, members to call and the station; 长辈模式 enlarges text and stays on', async () => {
    const page = await openAs(browser, stack.url, { openid: 'demo-veteran-1', label: '张建国' });
    await see(page, '第三网格');
    await see(page, '陈卫东');
    await see(page, '永济社区退役军人服务站');
    await screenshot(page, 'shell-4-home-veteran');

    await page.goto(new URL('/features/me/pages/index', stack.url).toString());
    await see(page, '身份证号：');
    const idLine = await page.getByText('身份证号：').first().textContent();
    expect(idLine).toMatch(/\*{4,}/);
    expect(await fontSizeOf(page, '长辈模式')).toBeLessThan(20);
    await page.getByTestId('elder-mode-row').click();
    expect(await fontSizeOf(page, '长辈模式')).toBeGreaterThanOrEqual(20);
    await page.reload();
    await see(page, '长辈模式');
    expect(await fontSizeOf(page, '长辈模式')).toBeGreaterThanOrEqual(20);
    const target = await page.getByTestId('elder-mode-row').boundingBox();
    expect(target?.height ?? 0).toBeGreaterThanOrEqual(48);
    await screenshot(page, 'shell-5-me-elder-mode');
  });
});
