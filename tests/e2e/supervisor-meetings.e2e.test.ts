import type { Page } from 'playwright-core';
import { layoutFindings, settle } from './a11y';
import { describeInBrowser, screenshot, see, visible } from './harness';
import { journey, saveElderModeOf } from './journey-stack';

jest.setTimeout(420_000);

const AGENCY = { openid: 'demo-agency-staff', label: '机关工作人员' };
const SUPERVISOR = { openid: 'demo-conduct-supervisor', label: '杜秀兰（作风监督员）', name: '杜秀兰' };
const TITLE = '机关作风监督员座谈会';
const SUBJECT = '规范网络交易平台';
/** The button showing `text` (a field's label may show the same words). */
const press = (page: Page, text: string) =>
  page.locator('taro-button-core').filter({ hasText: text }).filter({ visible: true }).first().click();
const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
/** Inputs and textareas of a form, by their field name. */
const fill = (page: Page, name: string, value: string) =>
  page
    .locator(`[data-field="${name}"] input, [data-field="${name}"] textarea`)
    .filter({ visible: true })
    .first()
    .fill(value);

/**
 * Issue 15 item 4: an agency's 座谈会 of its conduct supervisors. Supervisors are invited, attendance is
 * recorded, a suggestion raised there goes through the conduct feedback flow (answered with a rectification,
 * rectified) and the supervisor who raised it accepts it; the meeting lists it with its state and the
 * feedback names its meeting.
 */
describeInBrowser(
  "an agency's 座谈会 in a real browser: invited, attended, a suggestion answered, rectified, accepted",
  () => {
    const trip = journey();

    test('the agency calls the 座谈会, records attendance and a suggestion; it is answered, rectified and accepted', async () => {
      // The agency calls the meeting from the supervision hub: its supervisors in term are invited.
      const agency = await trip.as(AGENCY.openid, AGENCY.label, '/features/supervision/pages/index');
      await visible(agency, '监督员会议', true).click();
      await see(agency, '邀请监督员参加会议', 40_000);
      await tap(agency, 'new-meeting');
      await see(agency, '会议类型');
      await fill(agency, 'title', TITLE);
      await fill(agency, 'place', '区市场监管局三楼会议室');
      await screenshot(agency, 'supervisor-meetings-1-invite');
      await tap(agency, 'submit-invite');
      await see(agency, '位监督员');
      await see(agency, SUPERVISOR.name);
      const meeting = trip.app.cloud.db.browse('supervisorMeetings', JSON.stringify({ title: TITLE }), 0, 1)
        .docs[0] as { _id: string; startAt: { $date: string } | string; invitees: unknown[] };
      expect(meeting.invitees.length).toBeGreaterThan(0);
      await screenshot(agency, 'supervisor-meetings-2-invited');

      // The supervisor sees the invitation among their own.
      const supervisor = await trip.as(SUPERVISOR.openid, SUPERVISOR.label, '/features/supervision/pages/index');
      await visible(supervisor, '会议邀请', true).click();
      await see(supervisor, TITLE, 40_000);
      await see(supervisor, TITLE, 40_000);
      const invitation = supervisor.getByTestId('meeting-card').filter({ hasText: TITLE }).first();
      await invitation.waitFor({ timeout: 20_000 });
      expect(await invitation.innerText()).toContain('我的出席：已邀请');
      await screenshot(supervisor, 'supervisor-meetings-3-invitation');

      // The meeting is held: the agency records everyone present and the summary.
      const startAt = new Date(typeof meeting.startAt === 'string' ? meeting.startAt : meeting.startAt.$date);
      const heldAt = new Date(startAt.getTime() + 2 * 3_600_000);
      trip.app.cloud.clock.set(heldAt);
      // The phone's clock agrees with the server's, as on a real phone: the rectification deadline the picker
      // offers (from the phone's today) must fall within the server's window of today to a year ahead.
      await agency.clock.setFixedTime(heldAt);
      await agency.reload();
      await see(agency, '出席情况（邀请');
      await fill(agency, 'summary', '通报市场监管工作情况，监督员提出意见建议。');
      await tap(agency, 'submit-attendance');
      await see(agency, `出席 ${meeting.invitees.length} 人`);

      // A suggestion 杜秀兰 raised is entered: it becomes conduct feedback linked to the meeting.
      await agency.getByTestId('choice-supervisorId').filter({ hasText: SUPERVISOR.name }).first().click();
      await fill(agency, 'subject', SUBJECT);
      await fill(agency, 'description', '建议加强对网络交易平台经营者的宣传教育引导。');
      await tap(agency, 'submit-suggestion');
      const card = agency.getByTestId('feedback-card').filter({ hasText: SUBJECT }).first();
      await card.waitFor({ timeout: 20_000 });
      expect(await card.innerText()).toContain('待答复');
      expect(await card.innerText()).toContain(`提出于：${TITLE}`);
      await screenshot(agency, 'supervisor-meetings-4-suggestion');

      // Answered with a rectification plan (deadline picked in the date picker), then rectified.
      await fill(agency, 'answer', '已纳入年度监管计划。');
      await fill(agency, 'measure', '开展网络交易平台专项宣传');
      await tap(agency, 'deadline');
      await agency.locator('.weui-picker__action').filter({ hasText: '确定' }).filter({ visible: true }).click();
      await press(agency, '答复');
      await see(agency, '整改中');
      await fill(agency, 'evidence', '已开展专项宣传三场，材料存档。');
      await press(agency, '整改完成');
      await see(agency, '已整改，待监督员确认');

      // Issue 14 item 6: that long status is whole on the conduct-feedback list, at 360 px, in both modes.
      const meetingUrl = new URL(`/features/supervision/pages/meeting?id=${meeting._id}`, trip.app.url).toString();
      const viewport = agency.viewportSize();
      for (const elder of [false, true]) {
        await saveElderModeOf(trip.app, AGENCY.openid, elder);
        await agency.setViewportSize({ width: 360, height: 800 });
        await agency.goto(new URL('/features/supervision/pages/agency-feedback', trip.app.url).toString());
        await see(agency, '已整改，待监督员确认', 40_000);
        await settle(agency);
        const status = agency.getByText('已整改，待监督员确认', { exact: true }).filter({ visible: true }).first();
        const box = await status.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
        expect((await layoutFindings(agency)).filter((f) => f.includes('已整改'))).toEqual([]);
        await screenshot(agency, `supervisor-meetings-360-agency-feedback-${elder ? 'elder' : 'standard'}`);
      }
      await saveElderModeOf(trip.app, AGENCY.openid, false);
      if (viewport) await agency.setViewportSize(viewport);
      await agency.goto(meetingUrl);
      await see(agency, '会上的意见建议', 40_000);

      // The supervisor opens the meeting from their invitation and accepts the rectification.
      await supervisor.reload();
      await supervisor.getByTestId('meeting-card').filter({ hasText: TITLE }).first().click();
      await see(supervisor, '我在会上提的意见建议（1条）');
      await see(supervisor, '已开展专项宣传三场');
      await screenshot(supervisor, 'supervisor-meetings-5-to-accept');
      await press(supervisor, '认可');
      await see(supervisor, '监督员认可');

      // The agency's meeting page lists the suggestion as accepted; the feedback still names its meeting.
      await agency.reload();
      const settled = agency.getByTestId('feedback-card').filter({ hasText: SUBJECT }).first();
      await settled.waitFor({ timeout: 20_000 });
      expect(await settled.innerText()).toContain('监督员认可');
      await agency.goto(new URL('/features/supervision/pages/meetings', trip.app.url).toString());
      const listed = agency.getByTestId('meeting-card').filter({ hasText: TITLE }).first();
      await listed.waitFor({ timeout: 20_000 });
      expect(await listed.innerText()).toContain('意见建议 1 条，已认可 1 条');
      await agency.goto(new URL('/features/supervision/pages/agency-feedback', trip.app.url).toString());
      await see(agency, `提出于：${TITLE}`);

      // Every page of the journey at 375 px, in both modes.
      const pages: [Page, string, string, string][] = [
        [agency, '/features/supervision/pages/meetings', 'agency-meetings', TITLE],
        [agency, `/features/supervision/pages/meeting?id=${meeting._id}`, 'agency-meeting', '会上的意见建议'],
        [agency, '/features/supervision/pages/meeting-new', 'agency-meeting-new', '会议类型'],
        [supervisor, '/features/supervision/pages/meetings', 'supervisor-meetings', TITLE],
        [supervisor, `/features/supervision/pages/meeting?id=${meeting._id}`, 'supervisor-meeting', '我在会上提的'],
      ];
      for (const elder of [false, true]) {
        for (const openid of [AGENCY.openid, SUPERVISOR.openid]) await saveElderModeOf(trip.app, openid, elder);
        for (const [page, route, name, text] of pages) {
          await page.setViewportSize({ width: 375, height: 812 });
          await page.goto(new URL(route, trip.app.url).toString());
          await see(page, text, 40_000);
          await screenshot(page, `supervisor-meetings-375-${name}-${elder ? 'elder' : 'standard'}`);
        }
      }
    });
  },
);
