import type { Page } from 'playwright-core';
import { dashboardOverview, type DashboardData } from '../../types/dashboard/overview';
import { shanghaiMonth } from '../../types/common/shanghai-time';
import { layoutFindings, settle } from './a11y';
import { describeInBrowser, screenshot, see } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(300_000);

const ADMIN = { openid: 'demo-district-admin', label: '郑海波' };
const DASHBOARD = '/features/dashboard/pages/index';

/** Every text echarts draws on the month chart's canvas, with its left and right edge in CSS px. */
function recordChartTexts() {
  type Drawn = { text: string; left: number; right: number; width: number };
  const w = window as unknown as { __chartTexts: Drawn[] };
  w.__chartTexts = [];
  const fillText = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, x, y, maxWidth) {
    const canvas = this.canvas;
    if (canvas.closest?.('[data-testid="month-chart"]')) {
      const width = this.measureText(String(text)).width;
      const align = this.textAlign;
      const left = align === 'right' || align === 'end' ? x - width : align === 'center' ? x - width / 2 : x;
      const m = this.getTransform();
      const dpr = canvas.width / canvas.getBoundingClientRect().width;
      w.__chartTexts.push({
        text: String(text),
        left: (m.a * left + m.e) / dpr,
        right: (m.a * (left + width) + m.e) / dpr,
        width: canvas.width / dpr,
      });
    }
    return fillText.call(this, text, x, y, maxWidth);
  };
}

/** The box of the visible element showing exactly `text`, and the box of the element right after it. */
async function labelAndValue(page: Page, text: string) {
  return page
    .getByText(text, { exact: true })
    .filter({ visible: true })
    .first()
    .evaluate((el) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height };
      };
      const next = el.nextElementSibling as HTMLElement;
      return { label: box(el), value: box(next), lineHeight: parseFloat(getComputedStyle(el).lineHeight) };
    });
}

/**
 * Issue 14, Why 5: the district dashboard at 360 and 430 px in both modes. The 重点人群 label keeps one line
 * and stays clear of its value; each 下级单位 row keeps its name on one line; every label of the chart's
 * axes is drawn inside the chart; the read rate of notices says what it is of; a breadcrumb shows where one
 * is and leads back up.
 */
describeInBrowser('the district dashboard on a phone', () => {
  const trip = journey();

  test('lays out at 360 and 430 px in both modes: labels whole, rows readable, the chart axes inside the chart', async () => {
    // A 春节 month as large as the real district's (about 2.5 million yuan of visits over the years): the
    // value axis then reads in six figures, the labels that ran off the right edge of the chart.
    trip.app.cloud.db.importDocuments('careMonthly', [
      {
        _id: 'street:s-10:e2e-spring-festival',
        level: 'street',
        orgId: 's-10',
        orgPath: ['d-xz', 's-10'],
        year: shanghaiMonth(new Date()).slice(0, 4),
        months: {
          [shanghaiMonth(new Date())]: {
            visits: 420,
            visitValueFen: 18_640_000,
            subsidies: 0,
            subsidyFen: 0,
            reliefCases: 0,
            reliefFen: 0,
          },
        },
      },
    ]);
    const found: string[] = [];
    for (const elder of [false, true]) {
      const mode = elder ? 'elder' : 'standard';
      // The choice is saved with the account before the page opens (a saved choice wins over the device).
      await saveElderModeOf(trip.app, ADMIN.openid, elder);
      const page = await trip.as(ADMIN.openid, ADMIN.label, '/features/me/pages/index');
      await page.addInitScript(recordChartTexts);
      for (const width of [360, 390, 430]) {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(new URL(DASHBOARD, trip.app.url).toString());
        await settle(page);
        await page.getByTestId('children-table').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
        await page.waitForFunction(() => (window as unknown as { __chartTexts: unknown[] }).__chartTexts.length > 0);
        const at = `${mode} ${width}px`;

        const key = await labelAndValue(page, '重点人群');
        if (key.label.height > key.lineHeight * 1.5) found.push(`${at}: 重点人群 takes ${key.label.height}px`);
        const apart = key.label.right <= key.value.left || key.label.bottom <= key.value.top;
        if (!apart) found.push(`${at}: 重点人群 overlaps its value`);

        const rows = await page
          .locator('[data-testid^="child-"]')
          .filter({ visible: true })
          .evaluateAll((els) =>
            els.map((row) => {
              const name = row.querySelector('taro-text-core') as HTMLElement;
              const lineHeight = parseFloat(getComputedStyle(name).lineHeight);
              return { name: name.innerText, lines: Math.round(name.getBoundingClientRect().height / lineHeight) };
            }),
          );
        expect(rows.length).toBeGreaterThan(0);
        for (const r of rows) if (r.lines > 1) found.push(`${at}: 下级单位 ${r.name} on ${r.lines} lines`);

        const drawn = await page.evaluate(
          () =>
            (window as unknown as { __chartTexts: { text: string; left: number; right: number; width: number }[] })
              .__chartTexts,
        );
        for (const t of drawn) {
          if (t.left < -0.5 || t.right > t.width + 0.5)
            found.push(
              `${at}: chart label ${t.text} drawn at ${t.left.toFixed(0)}-${t.right.toFixed(0)} of ${t.width}`,
            );
        }
        for (const f of await layoutFindings(page)) found.push(`${at}: ${f}`);
        if (width === 390) await screenshot(page, `dashboard-district-390-${mode}`);
      }
    }
    expect(found).toEqual([]);
  });

  test('the notices read rate says what it is of (read of how many reached), as the server counts them', async () => {
    const inv = await trip.app.cloud.invoke(
      dashboardOverview.fn,
      { action: dashboardOverview.action, input: {} },
      { OPENID: ADMIN.openid },
    );
    const figures = (inv.result as { ok: true; data: DashboardData }).data;
    const n = figures.notices!;
    expect(n.sent).toBeGreaterThan(0);
    const page = await trip.as(ADMIN.openid, ADMIN.label, DASHBOARD);
    await see(page, '政策通知（本期）');
    const text = await page.getByTestId('fig-notices').filter({ visible: true }).first().innerText();
    expect(text).toContain(`发布 ${n.sent} 条`);
    expect(text).toContain(`应阅读 ${n.audience} 人次，已读 ${n.read} 人次`);
  });

  test('a breadcrumb shows where one is (district › street › community); a tap on an earlier step goes back up', async () => {
    const page = await trip.as(ADMIN.openid, ADMIN.label, DASHBOARD);
    const crumbs = page.getByTestId('breadcrumb').filter({ visible: true }).first();
    await crumbs.waitFor({ timeout: 20_000 });
    const district = (await crumbs.innerText()).trim();
    expect(district).toMatch(/区/);

    const street = page.locator('[data-testid^="child-"]').filter({ visible: true }).first();
    const streetName = (await street.locator('taro-text-core').first().innerText()).replace('›', '').trim();
    await street.click();
    await page.waitForFunction((name) => document.body.innerText.includes(`${name} · `), streetName);
    const community = page.locator('[data-testid^="child-"]').filter({ visible: true }).first();
    const communityName = (await community.locator('taro-text-core').first().innerText()).replace('›', '').trim();
    await community.click();
    await page.waitForFunction((name) => document.body.innerText.includes(`${name} · `), communityName);
    expect((await crumbs.innerText()).replace(/\s+/g, '')).toBe(`${district}›${streetName}›${communityName}`);
    await screenshot(page, 'dashboard-breadcrumb');

    await crumbs.getByText(district, { exact: true }).click();
    // Wait on the breadcrumb itself: the district's name followed by ' · ' can already be on the
    // community's page, so waiting on the body passed before the page went up (CI, stop 21).
    await page
      .waitForFunction(
        (name) =>
          Array.from(document.querySelectorAll<HTMLElement>('[data-testid="breadcrumb"]')).some(
            (e) => e.offsetParent !== null && e.innerText.trim() === name,
          ),
        district,
        { timeout: 20_000 },
      )
      .catch(() => undefined);
    expect((await crumbs.innerText()).trim()).toBe(district);
  });
});
