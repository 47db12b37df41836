import path from 'node:path';
import type { Page } from 'playwright-core';

/** The accessibility checks of the e2e suites: axe-core (WCAG 2 A/AA) and labels clipped or squeezed. */
const AXE = path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js');

export async function settle(page: Page): Promise<void> {
  await page.locator('[data-testid="page-root"]').filter({ visible: true }).first().waitFor({ timeout: 20_000 });
  // Queries answer within a second or two on a busy machine; the loading view must be gone.
  await page.waitForFunction(() => !document.body.innerText.includes('加载中'), undefined, { timeout: 20_000 });
  await page.waitForTimeout(400);
}

export async function axeFindings(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } }).axe;
    interface AxeResult {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    }
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Labels clipped or squeezed on the visible page. */
export async function layoutFindings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = null as HTMLElement | null;
    const els = Array.from(
      (root ?? document.body).querySelectorAll<HTMLElement>('taro-text-core, taro-button-core, .service-label'),
    );
    for (const el of els) {
      if (!el.offsetParent) continue;
      const text = (el.innerText ?? '').trim();
      if (!text || el.children.length > 1) continue;
      const style = getComputedStyle(el);
      if (el.scrollWidth > el.clientWidth + 1 && style.overflow !== 'visible') found.push(`clipped: ${text}`);
      else if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth) found.push(`ellipsis: ${text}`);
      const words = text.split(/\s+/).length;
      // Lines of the text itself (its line boxes), not the box's height: a chip or a picker value is a
      // 44-60 px tall box around one line.
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set(
        Array.from(range.getClientRects())
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top)),
      ).size;
      if (text.length <= 6 && lines > words && lines > 1) found.push(`squeezed: ${text} (${lines} lines)`);
    }
    return found;
  });
}
