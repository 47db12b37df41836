import type { Page } from 'playwright-core';
import { describeInBrowser, screenshot } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(240_000);

const visible = (page: Page, text: string, exact = false) =>
  page.getByText(text, { exact }).filter({ visible: true }).first();
const see = (page: Page, text: string) => visible(page, text).waitFor({ timeout: 20_000 });
const typeArea = (page: Page, name: string, value: string) =>
  page.locator(`taro-textarea-core[name="${name}"] textarea`).filter({ visible: true }).fill(value);
const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const statusIs = (page: Page, status: string) =>
  page.locator(`[data-testid="request-detail"][data-status="${status}"]`).waitFor({ timeout: 20_000 });

/** A 1x1 PNG: a real image the function accepts. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describeInBrowser('requests in a real browser', () => {
  const { as } = journey();

  test('a veteran submits with a photo; the grid accepts and escalates; the station answers; 不满意 reopens it', async () => {
    const veteran = await as('demo-veteran-1', '张建国');
    await see(veteran, '我的诉求');
    await tap(veteran, 'home-submit-request');
    await see(veteran, '诉求类别');
    await tap(veteran, 'category-生活困难');
    await typeArea(veteran, 'description', '老伴住院花了不少钱，这个月药费有困难，想申请临时困难补助。');
    const chooser = veteran.waitForEvent('filechooser');
    await tap(veteran, 'add-photo');
    await (await chooser).setFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: PNG });
    await veteran.locator('.photo-cell').first().waitFor({ timeout: 20_000 });
    await screenshot(veteran, 'requests-1-form');
    await tap(veteran, 'submit-request');
    await statusIs(veteran, 'submitted');
    const refNo = /SQ-\d{8}-\d{4}/.exec(await veteran.getByTestId('ref-no').innerText())?.[0] ?? '';
    expect(refNo).toMatch(/^SQ-\d{8}-\d{4}$/);
    await see(veteran, '已收到您的诉求，等待工作人员受理');
    await see(veteran, '现在由：第三网格');
    await veteran.getByTestId('request-photo').first().waitFor({ timeout: 20_000 });
    const detailUrl = veteran.url();
    await screenshot(veteran, 'requests-2-submitted');

    const member = await as('demo-grid-member-g-10-01-3', '黄丽娟');
    await tap(member, 'home-inbox');
    await member.getByTestId(`request-${refNo}`).click();
    await statusIs(member, 'submitted');
    await tap(member, 'step-accept');
    await statusIs(member, 'accepted');
    await typeArea(member, 'handle-text', '需服务站协调临时救助资金');
    await tap(member, 'step-escalate');
    await see(member, '现在由：永济社区退役军人服务站');
    await screenshot(member, 'requests-3-escalated');

    const station = await as('demo-station-staff-c-10-01', '梁晓梅');
    await station.goto(detailUrl);
    await statusIs(station, 'in_progress');
    await typeArea(station, 'handle-text', '已为您申请临时困难补助 1000 元，三个工作日内到账。');
    await tap(station, 'step-answer');
    await statusIs(station, 'answered');

    await veteran.reload();
    await statusIs(veteran, 'answered');
    await see(veteran, '已为您申请临时困难补助 1000 元');
    await tap(veteran, 'rating-unsatisfied');
    await typeArea(veteran, 'comment', '钱还没到账，药费仍然困难');
    await screenshot(veteran, 'requests-4-rating');
    await tap(veteran, 'send-rating');
    await statusIs(veteran, 'in_progress');
    await see(veteran, '不满意，由原办理单位重新办理');
    await see(veteran, '现在由：永济社区退役军人服务站');
    await screenshot(veteran, 'requests-5-reopened');
  });
});
