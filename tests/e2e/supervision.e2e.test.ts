import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, openAs, screenshot, see, visible, type BrowserSession } from './harness';
import { startJourneyStack, type JourneyStack } from './journey-stack';
import { examSitePhoto, withExif } from '../support/photos';

jest.setTimeout(240_000);

const SUPERVISOR = { openid: 'demo-integrity-supervisor', label: '苏明远（廉洁征兵监督员）' };
const STAFF = { openid: 'demo-recruitment-staff', label: '何俊杰（区征兵办工作人员）' };
const VETERAN = { openid: 'demo-veteran-1', label: '张建国（退役军人，永济社区第三网格）' };
const DESCRIPTION = '体检站有人私下收取“加急费”，称可以优先体检。';

/** Inputs and textareas of the supervision forms, by their field name. */
const fill = (page: Page, name: string, value: string) =>
  page
    .locator(`[data-field="${name}"] input, [data-field="${name}"] textarea`)
    .filter({ visible: true })
    .first()
    .fill(value);

describeInBrowser('supervision journey in a real browser', () => {
  let stack: JourneyStack;
  let browser: BrowserSession;
  let photoFile: string;

  beforeAll(async () => {
    stack = await startJourneyStack();
    photoFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vetgrid-photo-')), 'IMG_20261129_093012.jpg');
    fs.writeFileSync(photoFile, withExif(examSitePhoto(), '苏明远'));
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

  test('a supervisor files a report with a photo; the office handles and publishes it; it appears on the problem list without the reporter', async () => {
    // 1. The supervisor, from the home page.
    const sup = await openAs(browser, stack.url, SUPERVISOR);
    await see(sup, '廉洁征兵监督');
    await visible(sup, '监督事项').click();
    await see(sup, '廉洁征兵与作风监督');
    await screenshot(sup, 'supervision-1-hub');
    await visible(sup, '反映问题', true).click();
    await see(sup, '哪个阶段');
    await sup.locator('[data-field="stageId"] .list-item').filter({ hasText: /^体检/ }).first().click();
    await fill(sup, 'place', '区人民医院体检站一楼');
    await sup.locator('[data-field="type"] .list-item').filter({ hasText: '微腐败' }).first().click();
    await fill(sup, 'description', DESCRIPTION);
    const [chooser] = await Promise.all([sup.waitForEvent('filechooser'), visible(sup, '拍照或选择照片').click()]);
    await chooser.setFiles(photoFile);
    await sup.locator('[data-testid="photo-thumb"]').first().waitFor({ timeout: 20_000 });
    await screenshot(sup, 'supervision-2-report-form');
    await visible(sup, '提交', true).click();
    await see(sup, '编号：LZ');
    const refNo = (await visible(sup, '编号：LZ').innerText()).replace('编号：', '').trim();
    await screenshot(sup, 'supervision-3-filed');

    // 2. The office: inbox, the photo, 受理, 答复, 公布.
    // Each person in their own browser profile (the demo identity lives in the profile's storage).
    const officeBrowser = await launchBrowser();
    const office = await openAs(officeBrowser, stack.url, STAFF, '/features/supervision/pages/office-reports');
    await see(office, refNo);
    await office.locator(`[data-ref="${refNo}"]`).getByText('查看详情').click();
    await see(office, '办理过程');
    const photo = office.locator('[data-testid="report-photo"] img').first();
    await photo.waitFor({ timeout: 20_000 });
    await office.waitForFunction(
      (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
      await photo.elementHandle(),
      { timeout: 20_000 },
    );
    await visible(office, '受理', true).click();
    await see(office, '征兵办已受理，正在核查');
    await fill(office, 'note', '经核查，一名外包人员私收费用，已清退并报公安机关处理。');
    await visible(office, '答复', true).click();
    await see(office, '公布到问题清单');
    await fill(office, 'summary', '体检站外包人员私收“加急费”');
    await fill(office, 'measures', '清退涉事人员，体检站张贴收费公示和举报电话。');
    await visible(office, '公布', true).click();
    await see(office, '已公布到问题清单');
    await screenshot(office, 'supervision-4-office-detail');
    expect(await office.locator('body').innerText()).not.toContain('苏明远');

    // 3. Any user: the problem list, without the reporter.
    await officeBrowser.close();
    const veteranBrowser = await launchBrowser();
    const veteran = await openAs(veteranBrowser, stack.url, VETERAN);
    await see(veteran, '征兵问题清单');
    await veteran.getByTestId('open-problems').first().click();
    await see(veteran, '体检站外包人员私收“加急费”');
    await screenshot(veteran, 'supervision-5-problem-list');
    const text = await veteran.locator('body').innerText();
    expect(text).toContain('清退涉事人员');
    expect(text).not.toContain('苏明远');
    expect(text).not.toContain(refNo);
    await veteranBrowser.close();

    // The reporter sees the answer.
    await sup.goto(new URL('/features/supervision/pages/my-reports', stack.url).toString());
    await see(sup, '经核查，一名外包人员私收费用');
    await see(sup, '已公布到问题清单');
  });
});
