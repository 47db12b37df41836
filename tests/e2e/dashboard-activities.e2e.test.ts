import type { Page } from 'playwright-core';
import type { z } from 'zod';
import type { Contract } from '../../types/common/contract';
import { dashboardOverview, type FigureRow } from '../../types/dashboard/overview';
import { createActivity } from '../../types/activities/manage';
import { summarizeActivity } from '../../types/activities/summary';
import { registerVolunteer } from '../../types/activities/volunteers';
import { layoutFindings, settle } from './a11y';
import { describeInBrowser, screenshot } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(300_000);

const ADMIN = { openid: 'demo-district-admin', label: '郑海波' };
const DASHBOARD = '/features/dashboard/pages/index';
const HOUR = 3_600_000;

/** Issue 15 item 5: the dashboard's activity, volunteer, group-life and veteran-grid-member figures. */
describeInBrowser('the dashboard shows activities, volunteers, group life and veteran grid members', () => {
  const trip = journey();

  async function call<O>(contract: Contract<z.ZodTypeAny, O>, input: unknown, openid: string): Promise<O> {
    const inv = await trip.app.cloud.invoke(contract.fn, { action: contract.action, input }, { OPENID: openid });
    const res = inv.result as { ok: boolean; data: O; error?: unknown };
    if (!res.ok) throw new Error(`${contract.fn}.${contract.action} failed: ${JSON.stringify(res.error)}`);
    return res.data;
  }

  /** The text each figure line shows for a row, as a user reads it. */
  const expectedLines = (t: FigureRow) => ({
    'fig-activities': `${t.activities} 场`,
    'fig-reached': `${t.peopleReached} 人`,
    'fig-hours': `${Math.round(t.serviceMinutes / 6) / 10} 小时`,
    'fig-volunteers': `${t.volunteers} 人`,
    'fig-meetings': `${t.meetings} 次`,
    'fig-veteran-staff': `${t.veteranStaff} 人`,
  });

  async function expectCardShows(page: Page, t: FigureRow) {
    for (const [testId, text] of Object.entries(expectedLines(t))) {
      const line = page.getByTestId(testId).filter({ visible: true }).first();
      await line.waitFor({ timeout: 20_000 });
      expect([testId, (await line.innerText()).includes(text)]).toEqual([testId, true]);
    }
  }

  test('figures as the server counts them, at the district and drilled into a street, laid out at 360 px in both modes', async () => {
    // Real writes through the functions: a street's publicity activity held and summarised (the local cloud's
    // clock moved past its start and back), and a veteran registering as a volunteer.
    const clock = trip.app.cloud.clock;
    const start = new Date(clock.now().getTime() + 2 * HOUR);
    const { id } = await call(
      createActivity,
      {
        kind: 'publicity',
        venue: 'school',
        title: '国防教育进校园',
        description: '退役军人讲述军旅故事',
        organiserOrgId: 's-10',
        audienceOrgId: 's-10',
        place: '南屏中学礼堂',
        startAt: start.toISOString(),
        endAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
        signupDeadline: new Date(start.getTime() - HOUR).toISOString(),
        capacity: 20,
        waitlistCap: 0,
      },
      ADMIN.openid,
    );
    clock.advance(3 * HOUR);
    try {
      await call(
        summarizeActivity,
        { activityId: id, text: '为初二年级学生讲述军旅故事', peopleReached: 640 },
        ADMIN.openid,
      );
    } finally {
      clock.advance(-3 * HOUR);
    }
    const veteran = trip.app.cloud.db.browse('veterans', JSON.stringify({ openid: 'demo-veteran-1' }), 0, 1)
      .docs[0] as { orgPath: string[] };
    await call(
      registerVolunteer,
      { skills: ['policy_talk'], availability: ['weekend'], areaOrgId: veteran.orgPath[1] },
      'demo-veteran-1',
    );

    const district = await call(dashboardOverview, {}, ADMIN.openid);
    const street = await call(dashboardOverview, { orgId: 's-10' }, ADMIN.openid);
    // The figures are not all zero: the seeded group life and grid members, and the writes above.
    expect(district.total.peopleReached).toBeGreaterThanOrEqual(640);
    expect(district.total.activities).toBeGreaterThanOrEqual(1);
    expect(district.total.meetings).toBeGreaterThan(0);
    expect(district.total.veteranStaff).toBeGreaterThan(0);
    expect(district.total.volunteers).toBeGreaterThanOrEqual(1);

    const found: string[] = [];
    for (const elder of [false, true]) {
      const mode = elder ? 'elder' : 'standard';
      await saveElderModeOf(trip.app, ADMIN.openid, elder);
      const page = await trip.as(ADMIN.openid, ADMIN.label, '/features/me/pages/index');
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(new URL(DASHBOARD, trip.app.url).toString());
      await settle(page);
      await expectCardShows(page, district.total);
      const card = page.getByTestId('activity-figures').filter({ visible: true }).first();
      await card.scrollIntoViewIfNeeded();
      for (const f of await layoutFindings(page)) found.push(`${mode} district: ${f}`);
      await screenshot(page, `dashboard-activities-360-${mode}`);

      // Drill down: the street's row names its activities, and its page shows the street's own figures.
      const row = page.getByTestId('child-s-10').filter({ visible: true }).first();
      expect(await row.innerText()).toContain(`活动 ${district.children.find((c) => c.id === 's-10')!.activities} 场`);
      await row.scrollIntoViewIfNeeded();
      await screenshot(page, `dashboard-activities-rows-360-${mode}`);
      await row.click();
      await page.waitForFunction((name) => document.body.innerText.includes(`${name} · `), street.node.name);
      await expectCardShows(page, street.total);
      for (const f of await layoutFindings(page)) found.push(`${mode} street: ${f}`);
      await page.getByTestId('activity-figures').filter({ visible: true }).first().scrollIntoViewIfNeeded();
      await screenshot(page, `dashboard-activities-street-360-${mode}`);
    }
    await saveElderModeOf(trip.app, ADMIN.openid, false);
    expect(found).toEqual([]);
  });
});
