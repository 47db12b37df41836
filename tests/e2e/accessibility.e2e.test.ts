import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, describeInBrowser, launchBrowser, openAs, type BrowserSession } from './harness';
import { axeFindings, layoutFindings, settle } from './a11y';
import { saveElderModeOf, startJourneyStack, type JourneyStack } from './journey-stack';

jest.setTimeout(600_000);

/**
 * Issue 14's checks over the pages each role reaches, in both modes: axe-core (WCAG 2 A/AA) with no
 * serious or critical violation, and at 360 and 430 px no label clipped (its text wider than its box) or
 * squeezed (a short label broken over more lines than it has words). One seeded stack for the file, one
 * browser per role; a viewport screenshot of each page per mode goes to tests/artifacts/a11y-*.png.
 */
interface Finding {
  page: string;
  mode: string;
  what: string;
}

const ROLES: { openid: string; label: string; key: string; pages: string[] }[] = [
  {
    key: 'veteran',
    openid: 'demo-veteran-1',
    label: '张建国',
    pages: ['/', '/features/me/pages/index', '/features/profile/pages/my-file', '/features/requests/pages/submit'],
  },
  {
    key: 'grid-member',
    openid: 'demo-grid-member-g-10-01-3',
    label: '黄丽娟',
    pages: ['/', '/features/staff/pages/registrations', '/features/ledger/pages/roster', '/features/grid/pages/index'],
  },
  {
    key: 'street',
    openid: 'demo-street-admin-s-10',
    label: '吴国强',
    pages: ['/', '/features/assist/pages/queue', '/features/requests/pages/inbox', '/features/dashboard/pages/index'],
  },
  {
    key: 'supervisor',
    openid: 'demo-integrity-supervisor',
    label: '监督员',
    pages: ['/', '/features/supervision/pages/index', '/features/notices/pages/index'],
  },
];

describeInBrowser('accessibility and layout of each role’s pages (axe-core, 360 and 430 px)', () => {
  let stack: JourneyStack;
  beforeAll(async () => {
    stack = await startJourneyStack();
  });
  afterAll(async () => {
    await stack?.close();
  });

  for (const role of ROLES) {
    test(`${role.key}: no serious or critical axe violation, nothing clipped or squeezed, both modes`, async () => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const session: BrowserSession = await launchBrowser();
      const axe: Finding[] = [];
      const layout: Finding[] = [];
      try {
        const page = await openAs(session, stack.url, { openid: role.openid, label: role.label }, role.pages[0]);
        for (const elder of [false, true]) {
          const mode = elder ? 'elder' : 'standard';
          await saveElderModeOf(stack, role.openid, elder);
          await page.evaluate(
            (on) => window.localStorage.setItem('vetgrid.elderMode', JSON.stringify({ data: on })),
            elder,
          );
          for (const [i, route] of role.pages.entries()) {
            await page.setViewportSize({ width: 390, height: 844 });
            await page.goto(new URL(route, stack.url).toString());
            await settle(page);
            for (const what of await axeFindings(page)) axe.push({ page: route, mode, what });
            for (const width of [360, 430]) {
              await page.setViewportSize({ width, height: 844 });
              await page.waitForTimeout(200);
              for (const what of await layoutFindings(page))
                layout.push({ page: route, mode, what: `${width}px ${what}` });
            }
            await page.setViewportSize({ width: 390, height: 844 });
            await page.screenshot({ path: path.join(ARTIFACTS, `a11y-${role.key}-${i}-${mode}.png`) });
          }
        }
      } finally {
        await session.close();
      }
      if (axe.length || layout.length) console.log(JSON.stringify({ role: role.key, axe, layout }, null, 1));
      expect(axe).toEqual([]);
      expect(layout).toEqual([]);
    });
  }
});
