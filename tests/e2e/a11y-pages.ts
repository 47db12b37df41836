import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, describeInBrowser, launchBrowser, openAs } from './harness';
import { axeFindings, layoutFindings, settle } from './a11y';
import { saveElderModeOf, startJourneyStack, type JourneyStack } from './journey-stack';
import { createActivity } from '../../types/activities/manage';

/**
 * Issue 14's checks over every page a role reaches, in both modes: axe-core (WCAG 2 A/AA) with no serious
 * or critical violation, and at 360 and 430 px no label clipped or squeezed. A role's pages may need ids
 * (a request, a notice, a file): `pages` gets a lookup into the seeded store. The screenshots are bounded:
 * one viewport shot per page and mode at 390 px, tests/artifacts/a11y-<role>-<n>-<mode>.png.
 */
export interface RolePages {
  key: string;
  openid: string;
  label: string;
  pages: (find: (collection: string, filter: object) => Record<string, unknown>) => string[];
}

interface Finding {
  page: string;
  mode: string;
  what: string;
}

/** The first seeded document matching `filter` (throws when there is none: the page list would be wrong). */
function finder(stack: JourneyStack) {
  return (collection: string, filter: object) => {
    const doc = stack.cloud.db.browse(collection, JSON.stringify(filter), 0, 1).docs[0] as Record<string, unknown>;
    if (!doc) throw new Error(`no ${collection} matching ${JSON.stringify(filter)} in the seed`);
    return doc;
  };
}

async function checkRole(stack: JourneyStack, role: RolePages): Promise<{ axe: Finding[]; layout: Finding[] }> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const routes = role.pages(finder(stack));
  const axe: Finding[] = [];
  const layout: Finding[] = [];
  for (const elder of [false, true]) {
    const mode = elder ? 'elder' : 'standard';
    // Saved with the account before a page opens: a saved choice wins over the device.
    await saveElderModeOf(stack, role.openid, elder);
    const session = await launchBrowser();
    try {
      const page = await openAs(session, stack.url, { openid: role.openid, label: role.label }, routes[0]);
      for (const [i, route] of routes.entries()) {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(new URL(route, stack.url).toString());
        await settle(page);
        for (const what of await axeFindings(page)) axe.push({ page: route, mode, what });
        for (const width of [360, 430]) {
          await page.setViewportSize({ width, height: 844 });
          await page.waitForTimeout(150);
          for (const what of await layoutFindings(page)) layout.push({ page: route, mode, what: `${width}px ${what}` });
        }
        await page.setViewportSize({ width: 390, height: 844 });
        // An artifact to look at, not a check: on a loaded CI machine the dashboard's chart page once took
        // longer than the default 30 s to give a frame (5 Dec); CSS animations are stopped for it.
        await page.screenshot({
          path: path.join(ARTIFACTS, `a11y-${role.key}-${i}-${mode}.png`),
          animations: 'disabled',
          timeout: 90_000,
        });
      }
    } finally {
      await session.close();
    }
  }
  return { axe, layout };
}

/** The grid whose team and veteran the role lists use (永济社区第三网格). */
const GRID = 'g-10-01-3';
const HOUR = 3_600_000;

/**
 * The demo seed has no activity, so its detail and organise pages had nothing to show: the grid member
 * posts one to their grid through the app's own action (as the 发起活动 page does), before any page opens.
 */
async function postActivity(stack: JourneyStack): Promise<void> {
  const start = Date.now() + 72 * HOUR;
  const inv = await stack.cloud.invoke(
    createActivity.fn,
    {
      action: createActivity.action,
      input: {
        kind: 'volunteer',
        title: '永济社区党员义工巡查',
        description: '沿河步道和老旧小区巡查，清理楼道杂物。',
        organiserOrgId: GRID,
        audienceOrgId: GRID,
        place: '永济社区党群服务中心',
        startAt: new Date(start).toISOString(),
        endAt: new Date(start + 3 * HOUR).toISOString(),
        signupDeadline: new Date(start - 24 * HOUR).toISOString(),
        capacity: 20,
        waitlistCap: 5,
      },
    },
    { OPENID: `demo-grid-member-${GRID}` },
  );
  const result = inv.result as { ok: boolean };
  if (!result.ok) throw new Error(`createActivity failed: ${JSON.stringify(inv.result)}`);
}

/** One describe per file: one seeded stack (with one activity posted through the app), a test per role. */
export function describePagesOf(title: string, roles: RolePages[]): void {
  describeInBrowser(title, () => {
    let stack: JourneyStack;
    beforeAll(async () => {
      stack = await startJourneyStack();
      await postActivity(stack);
    });
    afterAll(async () => {
      await stack?.close();
    });
    for (const role of roles) {
      test(`${role.key}: no serious or critical axe violation, nothing clipped or squeezed, both modes`, async () => {
        const { axe, layout } = await checkRole(stack, role);
        if (axe.length || layout.length) console.log(JSON.stringify({ role: role.key, axe, layout }, null, 1));
        expect(axe).toEqual([]);
        expect(layout).toEqual([]);
      });
    }
  });
}
