import type { Page } from 'playwright-core';
import { pngImage } from '../support/png-image';
import { readSheetFile } from '../support/exports';
import { describeInBrowser, launchBrowser, openAs, screenshot, see, typeInto, visible } from './harness';
import { saveElderModeOf, startJourneyStack, type JourneyStack } from './journey-stack';

jest.setTimeout(300_000);

/**
 * What was left of issue 14, as a person would notice it on the H5 build: the ledger pages through all its
 * people and the grid roster searches; the report form's 十个严禁 choices raise no page error; a text box's
 * line sits in the middle of its box; the dashboard chart's text grows in 长辈模式; 我的 does not offer
 * district staff 退役军人登记 as if it were their work.
 */
const STREET = { openid: 'demo-street-admin-s-10', label: '吴国强' };
const DISTRICT = { openid: 'demo-district-admin', label: '郑海波' };
const GRID_MEMBER = { openid: 'demo-grid-member-g-10-01-3', label: '黄丽娟' };
const SUPERVISOR = { openid: 'demo-integrity-supervisor', label: '苏明远' };
const SCENE = pngImage({ width: 640, height: 480, rgb: [120, 140, 90] });

const rowNames = async (page: Page) =>
  (await page.locator('[data-testid="roster-list"] .list-item .text-block').allInnerTexts()).map(
    (t) => t.split(' · ')[0],
  );

/** The fonts the page draws on canvases (echarts draws every label with fillText). */
const RECORD_CANVAS_FONTS = () => {
  const fonts: string[] = [];
  (window as unknown as { canvasFonts: string[] }).canvasFonts = fonts;
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, ...args) {
    fonts.push(this.font);
    return fill.apply(this, args as Parameters<typeof fill>);
  };
};

describeInBrowser('issue 14, what was left', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await startJourneyStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  async function open(who: { openid: string; label: string }, route: string, elder = false) {
    await saveElderModeOf(stack, who.openid, elder);
    const session = await launchBrowser();
    const page = await openAs(session, stack.url, who, route);
    await page.setViewportSize({ width: 375, height: 812 });
    return { page, close: () => session.close() };
  }

  test('the staff ledger pages through every person with the total, and the export counts what the list counts', async () => {
    const { page, close } = await open(STREET, '/features/ledger/pages/staff');
    try {
      await see(page, '第 1/');
      const status = await page.getByTestId('pager-status').innerText();
      const [, total, pages] = status.match(/共 (\d+) 人，第 1\/(\d+) 页/) ?? [];
      // The street's people in the district, counted in the store (not by the action under test).
      const inStore = stack.cloud.db.browse(
        'veterans',
        JSON.stringify({ 'orgPath.1': 's-10', lifeStatus: 'in_district' }),
        0,
        1,
      ).total;
      expect(Number(total)).toBe(inStore);
      expect(Number(pages)).toBe(Math.ceil(inStore / 30));
      const first = await rowNames(page);
      expect(first).toHaveLength(30);
      await visible(page, '下一页', true).click();
      await see(page, '第 2/');
      const second = await rowNames(page);
      expect(second).toHaveLength(Math.min(30, inStore - 30));
      await screenshot(page, 'usability-ledger-page-2');
      await visible(page, '上一页', true).click();
      await see(page, '第 1/');
      expect(await rowNames(page)).toEqual(first);

      await typeInto(page, 'exportReason', '季度台账核对');
      await visible(page, '导出台账（隐去身份证号和电话）').click();
      await see(page, '已导出');
      expect(await page.getByTestId('export-done').innerText()).toContain(`已导出 ${inStore} 人（全部在册）`);
    } finally {
      await close();
    }
  });

  test('a street export in parts shows 进度 while it runs, then each file with its people, at 360 px and in 长辈模式', async () => {
    const inStore = stack.cloud.db.browse(
      'veterans',
      JSON.stringify({ 'orgPath.1': 's-10', lifeStatus: 'in_district' }),
      0,
      1,
    ).total;
    // One part a slice and three parts in all (in production: 10,000 people a part, as many as a slice fits).
    const part = Math.ceil(inStore / 3);
    process.env.VETGRID_JOB_SLICE_MS = '1';
    process.env.VETGRID_EXPORT_PART_ROWS = String(part);
    try {
      for (const elder of [false, true]) {
        await saveElderModeOf(stack, STREET.openid, elder);
        const session = await launchBrowser();
        try {
          const page = await openAs(session, stack.url, STREET, '/features/ledger/pages/staff');
          await page.setViewportSize({ width: 360, height: 780 });
          await see(page, '导出台账（隐去身份证号和电话）');
          await typeInto(page, 'exportReason', '季度台账核对');
          await visible(page, '导出台账（隐去身份证号和电话）').click();
          // The first part is written within the call; the card asks at once, then every 2 s, each ask one
          // more part: 进度 shows ${part} or ${2 * part} done of the total (which one depends on the machine).
          await page
            .getByText(new RegExp(`进度 (${part}|${2 * part})/${inStore} 人`))
            .filter({ visible: true })
            .first()
            .waitFor({ timeout: 20_000 });
          const card = page.getByTestId('export-card');
          await card.scrollIntoViewIfNeeded();
          await screenshot(page, `ledger-export-progress-${elder ? 'elder' : 'standard'}`);
          await see(page, '共 3 个文件', 30_000);
          expect(await page.getByTestId('export-done').innerText()).toContain(`已导出 ${inStore} 人（全部在册）`);
          const parts = page.getByTestId('export-part');
          expect(await parts.count()).toBe(3);
          const counts = (await parts.allInnerTexts()).map((t) => Number(t.match(/（(\d+) 人）/)?.[1]));
          expect(counts).toEqual([part, part, inStore - 2 * part]);
          // Nothing spills out of the card at 360 px.
          const box = await card.boundingBox();
          expect(box && box.x + box.width).toBeLessThanOrEqual(360);
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
          await card.scrollIntoViewIfNeeded();
          await screenshot(page, `ledger-export-parts-${elder ? 'elder' : 'standard'}`);
          // Each file downloads with a link asked afresh, and holds the people it says.
          const [download] = await Promise.all([
            page.waitForEvent('download'),
            visible(page, '下载第 3 个文件').click(),
          ]);
          expect(download.suggestedFilename()).toMatch(/^南屏镇台账_\d{4}-\d{2}-\d{2}_第3份（共3份）\.xlsx$/);
          const rows = await readSheetFile(String(await download.path()));
          expect(rows).toHaveLength(inStore - 2 * part + 1);
          // Leaving the page does not lose the export: opened again, the card shows it with its files.
          await page.reload();
          await see(page, '共 3 个文件', 20_000);
          expect(await page.getByTestId('export-done').innerText()).toMatch(
            new RegExp(`已导出 ${inStore} 人（南屏镇，\\d+月\\d+日 \\d{2}:\\d{2}开始导出）`),
          );
          expect(await page.getByTestId('export-part').count()).toBe(3);
          if (elder) {
            // A day on its files are deleted (the hourly purge): the card says so instead of dead links.
            stack.cloud.clock.advance(25 * 3_600_000);
            try {
              await stack.cloud.fireTrigger('ledger', 'purgeExports');
              await page.reload();
              await see(page, '文件已按规定删除', 20_000);
              expect(await page.getByTestId('export-part').count()).toBe(0);
              await page.getByTestId('export-card').scrollIntoViewIfNeeded();
              await screenshot(page, 'ledger-export-expired-elder');
            } finally {
              stack.cloud.clock.reset();
            }
          }
        } finally {
          await session.close();
        }
      }
    } finally {
      delete process.env.VETGRID_JOB_SLICE_MS;
      delete process.env.VETGRID_EXPORT_PART_ROWS;
    }
  });

  test('the grid roster searches by the start of a name and by the last digits of a phone', async () => {
    const files = stack.cloud.db.browse(
      'veterans',
      JSON.stringify({ gridId: 'g-10-01-3', lifeStatus: 'in_district' }),
      0,
      500,
    ).docs as { name: string; phoneMasked: string | null }[];
    const someone = files.find((f) => f.phoneMasked) as { name: string; phoneMasked: string };
    const tail = someone.phoneMasked.slice(-4);
    for (const elder of [false, true]) {
      const { page, close } = await open(GRID_MEMBER, '/features/ledger/pages/roster', elder);
      try {
        await see(page, '在册');
        await typeInto(page, 'rosterQuery', someone.name.slice(0, 1));
        await visible(page, '搜索', true).click();
        await see(page, `“${someone.name.slice(0, 1)}”：找到`);
        const byName = await rowNames(page);
        expect(byName.sort()).toEqual(
          files
            .filter((f) => f.name.startsWith(someone.name.slice(0, 1)))
            .map((f) => f.name)
            .sort(),
        );
        await typeInto(page, 'rosterQuery', tail);
        await visible(page, '搜索', true).click();
        await see(page, `“${tail}”：找到`);
        const byPhone = await rowNames(page);
        expect(byPhone).toContain(someone.name);
        expect(byPhone.sort()).toEqual(
          files
            .filter((f) => f.phoneMasked?.endsWith(tail))
            .map((f) => f.name)
            .sort(),
        );
        await screenshot(page, `usability-roster-search-${elder ? 'elder' : 'standard'}`);
      } finally {
        await close();
      }
    }
  });

  test('the report form: choosing 十个严禁 items raises no page error, nor does adding a photo; text boxes centre their line, larger in 长辈模式', async () => {
    for (const elder of [false, true]) {
      const { page, close } = await open(SUPERVISOR, '/features/supervision/pages/file-report', elder);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      // React reports a DOM failure (the insertBefore seen) on the console; a slow gateway on a busy machine
      // (a 504 for a resource) is not what this looks for.
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
      });
      try {
        await see(page, '哪个阶段');
        const type = page.locator('[data-field="type"] .list-item');
        const items = page.locator('[data-field="prohibitionNo"] .list-item');
        await page.getByText('提交', { exact: true }).filter({ visible: true }).last().click();
        await type.filter({ hasText: '十个严禁' }).first().click();
        await items.first().click();
        await items.nth(5).click();
        await type.filter({ hasText: '微腐败' }).first().click();
        await type.filter({ hasText: '十个严禁' }).first().click();
        await items.nth(9).click();
        await see(page, '10. 严禁');
        // One tick, on the chosen item.
        const ticks = await page
          .locator('[data-field="prohibitionNo"] .choice-tick')
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).visibility));
        expect(ticks.filter((v) => v === 'visible')).toHaveLength(1);
        expect(ticks[9]).toBe('visible');

        // A single-line box: its text in the middle (within 2 px); a text area: its first line clear of the border.
        const place = await page.locator('[data-field="place"] taro-input-core').evaluate((box) => {
          const input = box.querySelector('input') as HTMLInputElement;
          const a = box.getBoundingClientRect();
          const b = input.getBoundingClientRect();
          return {
            boxHeight: a.height,
            offCentre: Math.abs(a.top + a.height / 2 - (b.top + b.height / 2)),
            font: parseFloat(getComputedStyle(input).fontSize),
          };
        });
        expect(place.offCentre).toBeLessThanOrEqual(2);
        expect(place.boxHeight).toBeGreaterThanOrEqual(elder ? 60 : 44);
        expect(place.font).toBeGreaterThanOrEqual(elder ? 18 : 16);
        const area = await page.locator('[data-field="description"] textarea').evaluate((el) => ({
          padTop: parseFloat(getComputedStyle(el).paddingTop),
          font: parseFloat(getComputedStyle(el).fontSize),
        }));
        expect(area.padTop).toBeGreaterThanOrEqual(8);
        expect(area.font).toBeGreaterThanOrEqual(elder ? 18 : 16);
        // A photo added once 长辈模式 has arrived (it moves the button): the add button shows it is busy and
        // raises no insertBefore (Taro's <Button loading> did, issue 14).
        if (elder) await page.locator('.app-root.elder-mode').waitFor({ timeout: 20_000 });
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          page.getByTestId('add-photo').filter({ visible: true }).first().click(),
        ]);
        await chooser.setFiles({ name: 'scene.png', mimeType: 'image/png', buffer: SCENE });
        await page.getByTestId('photo-thumb').first().waitFor({ timeout: 30_000 });
        await see(page, '拍照或选择照片');
        await screenshot(page, `usability-report-form-${elder ? 'elder' : 'standard'}`);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
  });

  test('the dashboard chart draws its text at 18 px or more in 长辈模式, 12 px otherwise', async () => {
    for (const elder of [false, true]) {
      await saveElderModeOf(stack, DISTRICT.openid, elder);
      const session = await launchBrowser();
      try {
        await session.context.addInitScript(RECORD_CANVAS_FONTS);
        const page = await openAs(session, stack.url, DISTRICT, '/features/dashboard/pages/index');
        await page.setViewportSize({ width: 375, height: 812 });
        await see(page, '各月走访');
        await page.waitForFunction(() => (window as unknown as { canvasFonts: string[] }).canvasFonts.length > 5);
        const sizes = (await page.evaluate(() => (window as unknown as { canvasFonts: string[] }).canvasFonts)).map(
          (f) => Number(/(\d+(?:\.\d+)?)px/.exec(f)?.[1]),
        );
        if (elder) expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
        else expect(Math.min(...sizes)).toBe(12);
        await page.getByTestId('month-chart').scrollIntoViewIfNeeded();
        await screenshot(page, `usability-dashboard-chart-${elder ? 'elder' : 'standard'}`);
      } finally {
        await session.close();
      }
    }
  });

  test('我的 of district staff: no 退役军人登记 among their work; a staff member who is a veteran still finds it, last', async () => {
    for (const elder of [false, true]) {
      const { page, close } = await open(DISTRICT, '/features/me/pages/index', elder);
      try {
        await see(page, '隐私保护指引');
        await see(page, '台账');
        expect(await page.getByText('退役军人登记', { exact: true }).filter({ visible: true }).count()).toBe(0);
        const rows = await page.locator('.card .row').filter({ visible: true }).allInnerTexts();
        expect(rows[rows.length - 1]).toContain('本人也是退役军人？');
        await screenshot(page, `usability-me-district-${elder ? 'elder' : 'standard'}`);
        await visible(page, '本人也是退役军人？').click();
        await see(page, '退役军人登记');
      } finally {
        await close();
      }
    }
  });
});
