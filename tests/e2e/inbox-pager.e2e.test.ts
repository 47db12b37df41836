import type { Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, openAs, screenshot, see, visible } from './harness';
import { saveElderModeOf, startJourneyStack, type JourneyStack } from './journey-stack';

jest.setTimeout(300_000);

/**
 * Issue 14: the requests inbox pages as the ledger does (the shared Pager: 共 N 件，第 p/P 页 with the way
 * back and on), at phone width, in the standard look and in 长辈模式.
 */
const DISTRICT = { openid: 'demo-district-admin', label: '郑海波' };

const cardIds = async (page: Page) =>
  page
    .getByTestId('inbox')
    .locator('[data-testid^="request-SQ-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));

describeInBrowser('the requests inbox pages with the shared pager', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await startJourneyStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  test.each([
    ['standard', false],
    ['长辈模式', true],
  ])('the district pages through every finished request of its area (%s)', async (_look, elder) => {
    await saveElderModeOf(stack, DISTRICT.openid, elder);
    const session = await launchBrowser();
    try {
      const page = await openAs(session, stack.url, DISTRICT, '/features/requests/pages/inbox');
      await page.setViewportSize({ width: 375, height: 812 });
      await page.getByTestId('scope-area').click();
      await page.getByTestId('state-done').click();
      // Finished requests of the whole district, counted in the store (not by the action under test).
      const done = stack.cloud.db.browse('requests', JSON.stringify({ 'orgPath.0': 'd-xz', active: 0 }), 0, 1).total;
      const pages = Math.ceil(done / 20);
      expect(pages).toBeGreaterThan(1);
      await see(page, `共 ${done} 件，第 1/${pages} 页`);
      const first = await cardIds(page);
      expect(first).toHaveLength(20);
      await page.getByTestId('pager').scrollIntoViewIfNeeded();
      await screenshot(page, `inbox-pager-page-1-${elder ? 'elder' : 'standard'}`);
      await visible(page, '下一页', true).click();
      await see(page, `第 2/${pages} 页`);
      const second = await cardIds(page);
      expect(second).toHaveLength(Math.min(20, done - 20));
      expect(second.filter((id) => first.includes(id))).toEqual([]);
      await visible(page, '上一页', true).click();
      await see(page, `第 1/${pages} 页`);
      expect(await cardIds(page)).toEqual(first);
    } finally {
      await session.close();
    }
  });
});
