import type { Page } from 'playwright-core';
import { readSheetFile } from '../support/exports';
import { describeInBrowser, screenshot, see, typeInto, typeIntoArea, visible } from './harness';
import { journey } from './journey-stack';

jest.setTimeout(420_000);

const tap = (page: Page, testId: string) => page.getByTestId(testId).filter({ visible: true }).first().click();
const SECRETARY = 'demo-party-secretary';
const MEMBER = 'demo-veteran-1';
const BRANCH = 'branch-c-10-01';
const SUBJECT = '学习党章第二章，交流网格巡查体会';
const MINUTES = '组长领学党章第二章；党员交流网格巡查中发现的问题，商定下周入户走访分工。';

/** A member's line of 党员参加情况 on the branch page, as numbers by label (应到, 出席, 请假, 缺席). */
async function participationOf(page: Page, name: string): Promise<Record<string, number>> {
  const line = page.getByTestId('participation').locator('.participation-row').filter({ hasText: name }).first();
  await line.waitFor({ timeout: 20_000 });
  const text = await line.innerText();
  return Object.fromEntries([...text.matchAll(/(应到|出席|请假|缺席)(\d+)/g)].map((m) => [m[1], Number(m[2])]));
}

interface MeetingRow {
  _id: string;
  startAt: { $date: string } | string;
  roster: { veteranId: string; name: string }[];
}

/**
 * Issue 15 item 1 in a real browser: a grid's 党小组会 scheduled and recorded by the branch's secretary, a
 * member's own attendance on 我的组织生活, participation over a period and the 三会一课 table for the
 * provincial system. The names and statuses below are the ones the secretary ticks, not read back from code.
 */
describeInBrowser("a grid's 党小组会 from scheduling to the member's attendance and the export", () => {
  const trip = journey();
  const { as } = trip;

  test('schedule, record present/excused/absent with minutes, member sees it, secretary exports it', async () => {
    // The secretary reaches 三会一课 from 首页, opens the branch and schedules a 党小组会 of the demo grid.
    const secretary = await as(SECRETARY, '高鑫');
    await tap(secretary, 'home-party-branches');
    // The branch's row on the list (首页's greeting names the same branch, so not by text alone).
    await secretary
      .locator('[data-testid^="branch-"]')
      .filter({ hasText: '永济社区退役军人党支部', visible: true })
      .first()
      .click();
    await see(secretary, '党员名单');
    const zhouBefore = await participationOf(secretary, '周振华');
    await tap(secretary, 'schedule-meeting');
    await see(secretary, '会议类型');
    await visible(secretary, '第三网格退役军人党小组').click();
    await typeInto(secretary, 'subject', SUBJECT);
    await typeInto(secretary, 'place', '永济社区第三网格网格工作站');
    await screenshot(secretary, 'party-1-schedule');
    await tap(secretary, 'submit-schedule');
    await see(secretary, '待登记');
    const meeting = trip.app.cloud.db.browse('partyMeetings', JSON.stringify({ subject: SUBJECT }), 0, 1)
      .docs[0] as unknown as MeetingRow;
    expect(meeting.roster.map((r) => r.name).sort()).toEqual(['周振华', '张建国', '高鑫'].sort());

    // The meeting takes place; afterwards the secretary records who came, the minutes.
    const startAt = new Date(typeof meeting.startAt === 'string' ? meeting.startAt : meeting.startAt.$date);
    trip.app.cloud.clock.set(new Date(startAt.getTime() + 2 * 3_600_000));
    const id = (name: string) => meeting.roster.find((r) => r.name === name)?.veteranId;
    await secretary.reload();
    await see(secretary, '出席情况（应到3人）');
    await tap(secretary, `attendance-${id('张建国')}-excused`);
    await tap(secretary, `attendance-${id('周振华')}-absent`);
    await typeIntoArea(secretary, 'minutes', MINUTES);
    await screenshot(secretary, 'party-2-record');
    await tap(secretary, 'submit-record');
    await see(secretary, '已登记');
    const recorded = secretary.getByTestId('meeting-attendance').filter({ visible: true }).first();
    await recorded.waitFor({ timeout: 20_000 });
    const rows = await recorded.innerText();
    expect(rows).toMatch(/高鑫\s*出席/);
    expect(rows).toMatch(/张建国\s*请假/);
    expect(rows).toMatch(/周振华\s*缺席/);
    await see(secretary, MINUTES);
    await screenshot(secretary, 'party-3-recorded');

    // 张建国 opens 我的组织生活 from 首页: the meeting with his own attendance (请假).
    const member = await as(MEMBER, '张建国');
    await tap(member, 'home-party-life');
    const mine = member.getByTestId(`past-${meeting._id}`).filter({ visible: true }).first();
    await mine.waitFor({ timeout: 20_000 });
    expect(await mine.innerText()).toContain(SUBJECT);
    expect(await mine.innerText()).toContain('请假');
    await screenshot(member, 'party-4-member');

    // The secretary's participation over the year and the plain table for the provincial system.
    await secretary.goto(new URL(`/features/party/pages/branch?id=${BRANCH}`, trip.app.url).toString());
    // 周振华's line over the year: one more meeting expected, one more absence, nothing else changed.
    const zhouAfter = await participationOf(secretary, '周振华');
    expect(zhouAfter).toEqual({ ...zhouBefore, 应到: zhouBefore.应到 + 1, 缺席: zhouBefore.缺席 + 1 });
    await screenshot(secretary, 'party-5-participation');
    const [download] = await Promise.all([secretary.waitForEvent('download'), tap(secretary, 'export-meetings')]);
    const sheet = await readSheetFile(String(await download.path()));
    const header = sheet[0];
    const row = sheet.find((r) => r.includes(SUBJECT));
    if (!row) throw new Error(`the export has no row for the meeting: ${JSON.stringify(sheet)}`);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('会议类型')).toBe('党小组会');
    expect(cell('党组织')).toBe('第三网格退役军人党小组');
    expect([cell('应到人数'), cell('出席人数'), cell('请假人数'), cell('缺席人数')]).toEqual(['3', '1', '1', '1']);
    expect([cell('出席人员'), cell('请假人员'), cell('缺席人员')]).toEqual(['高鑫', '张建国', '周振华']);
    expect(cell('会议记录')).toBe(MINUTES);
  });

  test('a veteran outside the party organisation is refused the branch and sees nothing of it', async () => {
    const outsider = await as('demo-veteran-2', '林志强', `/features/party/pages/branch?id=${BRANCH}`);
    await see(outsider, '只有本支部书记和党务工作者可以查看和登记党员及组织生活');
    const text = await outsider.locator('body').innerText();
    for (const leak of ['永济社区退役军人党支部', '党员名单', '张建国', '周振华', '安排组织生活', '导出'])
      expect(text).not.toContain(leak);
    await screenshot(outsider, 'party-6-refused');
  });
});
