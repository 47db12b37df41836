/** @jest-environment node */
import { createActivity } from '../../../types/activities/manage';
import { signUp } from '../../../types/activities/signup';
import { checkIn, checkinCode } from '../../../types/activities/checkin';
import { submitRequest, uploadRequestPhoto } from '../../../types/requests/submit';
import { handleRequest } from '../../../types/requests/handle';
import { logVisit } from '../../../types/care/visits';
import { revealField } from '../../../types/ledger/reveal';
import { revealReporter } from '../../../types/supervision/reports';
import { recordOccasion } from '../../../types/care/tasks';
import { markVisitOccasion } from '../../../types/requests/visit-occasion';
import { postMessage } from '../../../types/groups/contracts';
import { publishNotice } from '../../../types/notices/contracts';
import { ACTION_REGISTRY } from '../../../types/registry';
import type { Contract } from '../../../types/common/contract';
import { RATE_LIMITS } from '../../../types/common/rate-limits';
import type { Stack } from '../../support/stack';
import { countRequests, PNG_1PX, seededStack, stored, token, who } from '../requests/support';

/**
 * Per-caller limits on writes a person can repeat (issue 13 item 5), through the real SDK. The figures
 * below are the product's (a veteran files at most 10 requests a day; 10 tries of a typed code per 10
 * minutes;) written here, not read from the table.
 */
jest.setTimeout(60_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const form = () => ({
  clientToken: token(),
  category: '优抚待遇' as const,
  description: '这个月的抚恤金还没有到账，请帮忙查一下。',
  contact: { method: 'phone' as const, phone: '13912345678' },
});

describe('requests: 10 a day per veteran', () => {
  it('11 in a row from one veteran: 10 are filed, the 11th says when to try again and writes nothing', async () => {
    const before = countRequests(stack);
    for (let i = 0; i < 10; i++) await stack.ok(submitRequest, form(), who.veteranA);
    const eleventh = await stack.metered(submitRequest, form(), who.veteranA);
    expect(eleventh.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多提交10条诉求，请明天再试' },
    });
    expect(eleventh.writes).toBe(0);
    expect(countRequests(stack)).toBe(before + 10);

    // Another veteran is not held back by the first one's burst.
    expect((await stack.call(submitRequest, form(), who.veteranB)).ok).toBe(true);
    // Still refused later the same day (Monday 10:00 -> 23:59 in Shanghai) ...
    stack.cloud.clock.set('2026-11-30T15:59:00Z');
    const late = await stack.metered(submitRequest, form(), who.veteranA);
    expect(late.res).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('请1分钟后再试') },
    });
    expect(late.writes).toBe(0);
    // ... and open again from midnight in Shanghai.
    stack.cloud.clock.set('2026-11-30T16:00:01Z');
    expect((await stack.call(submitRequest, form(), who.veteranA)).ok).toBe(true);
    expect(countRequests(stack)).toBe(before + 12);
  });
});

describe('group messages: 20 a minute per person', () => {
  it('21 sent at the same instant from one veteran: exactly 20 get through (the counter cannot overshoot)', async () => {
    stack.cloud.clock.set('2026-12-01T03:00:00Z');
    const group = 'grid__g-10-01-3';
    const burst = await Promise.all(
      Array.from({ length: 21 }, (_, i) =>
        stack.metered(postMessage, { groupId: group, text: `第${i + 1}条` }, who.veteranA),
      ),
    );
    const refused = burst.filter((b) => !b.res.ok);
    expect(burst.filter((b) => b.res.ok)).toHaveLength(20);
    expect(refused.map((b) => b.res)).toEqual([
      { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁：每分钟最多发送20条消息，请1分钟后再试' } },
    ]);
    expect(refused[0].writes).toBe(0);
    expect((await stack.call(postMessage, { groupId: 'grid__g-01-01-1', text: '我也说一句' }, who.veteranB)).ok).toBe(
      true,
    );
    stack.cloud.clock.set('2026-12-01T03:01:00Z');
    expect((await stack.call(postMessage, { groupId: group, text: '第22条' }, who.veteranA)).ok).toBe(true);
  });
});

describe('typed check-in codes: 10 tries per 10 minutes', () => {
  it('after 10 wrong codes even the right one is refused, until the window rolls', async () => {
    const start = new Date('2026-12-01T02:00:00Z');
    stack.cloud.clock.set('2026-11-30T17:00:00Z');
    const { id } = await stack.ok(
      createActivity,
      {
        kind: 'volunteer',
        title: '党员义工巡查队 周末巡查',
        description: '无物业小区夜间巡查',
        organiserOrgId: 's-10',
        audienceOrgId: 's-10',
        place: '永济社区党群服务中心门口',
        startAt: start.toISOString(),
        endAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
        signupDeadline: new Date(start.getTime() - 3_600_000).toISOString(),
        capacity: 10,
        waitlistCap: 0,
      },
      who.streetA,
    );
    await stack.ok(signUp, { activityId: id }, who.veteranA);
    stack.cloud.clock.set('2026-12-01T02:00:05Z');
    const { code } = await stack.ok(checkinCode, { activityId: id }, who.streetA);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 10; i++) {
      const res = await stack.call(checkIn, { activityId: id, code: wrong }, who.veteranA);
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } });
    }
    const eleventh = await stack.metered(checkIn, { activityId: id, code }, who.veteranA);
    expect(eleventh.res).toMatchObject({
      ok: false,
      error: {
        code: 'RATE_LIMITED',
        message: expect.stringMatching(/^操作太频繁：每10分钟最多输入.*10次，请10分钟后再试$/),
      },
    });
    expect(eleventh.writes).toBe(0);
    stack.cloud.clock.set('2026-12-01T02:10:00Z');
    const fresh = await stack.ok(checkinCode, { activityId: id }, who.streetA);
    expect((await stack.call(checkIn, { activityId: id, code: fresh.code }, who.veteranA)).ok).toBe(true);
  });
});

describe('uploads: 60 files an hour per person, whichever feature takes them', () => {
  it('the 61st upload in an hour is refused before anything is stored; another person still uploads', async () => {
    stack.cloud.clock.set('2026-12-01T04:00:00Z');
    const photo = { contentType: 'image/png' as const, dataBase64: PNG_1PX };
    for (let i = 0; i < 6; i++)
      await Promise.all(Array.from({ length: 10 }, () => stack.ok(uploadRequestPhoto, photo, who.veteranA)));
    const stored = stack.cloud.files().length;
    const over = await stack.metered(uploadRequestPhoto, photo, who.veteranA);
    expect(over.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每小时最多上传60个文件，请1小时后再试' },
    });
    expect(over.writes).toBe(0);
    expect(stack.cloud.files().length).toBe(stored);
    expect((await stack.call(uploadRequestPhoto, photo, who.veteranB)).ok).toBe(true);
    stack.cloud.clock.set('2026-12-01T05:00:00Z');
    expect((await stack.call(uploadRequestPhoto, photo, who.veteranA)).ok).toBe(true);
  });
});

describe('notices: 30 published or rewritten a day per person', () => {
  it("a grid member's 31st notice of the day is refused and nothing is published", async () => {
    const notice = (i: number) => ({
      scopeOrgId: 'g-10-01-3',
      title: `第${i}条通知`,
      body: '请各位退役军人按时参加本月的政策宣讲。',
      category: '优待证' as const,
      expiresInDays: 30,
    });
    for (let i = 1; i <= 30; i++) await stack.ok(publishNotice, notice(i), who.gridMemberA);
    const extra = await stack.metered(publishNotice, notice(31), who.gridMemberA);
    expect(extra.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多发布或修改30条通知，请明天再试' },
    });
    expect(extra.writes).toBe(0);
  });
});

/**
 * Staff budgets (issue 13 item 5, written from PRODUCT.md's staff journeys): a grid member handling requests,
 * logging visits or revealing full numbers never reaches these on a real day; a script harvesting ID numbers
 * or flooding veterans with answers does. Every validated call counts, refused or not.
 */
describe('staff writes: 300 request steps, 100 visits and 100 full numbers a day per person', () => {
  const veteranIdOf = (openid: string) =>
    (stack.cloud.db.browse('veterans', JSON.stringify({ openid }), 0, 1).docs[0] as { _id: string })._id;

  it('the 101st full ID number of the day is refused, nothing is logged, and it comes back the next day', async () => {
    stack.cloud.clock.set('2026-12-02T01:00:00Z');
    const veteranId = veteranIdOf(who.veteranA);
    const reveal = { veteranId, field: 'idNumber' as const, reason: '核对优待证办理材料' };
    const first = await stack.ok(revealField, reveal, who.gridMemberA);
    expect(first.value).toMatch(/^\d{17}[\dX]$/);
    for (let i = 1; i < 100; i++) await stack.ok(revealField, reveal, who.gridMemberA);
    const audits = stack.cloud.db.browse('audit', '{}', 0, 0).total;
    const over = await stack.metered(revealField, reveal, who.gridMemberA);
    expect(over.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多查看完整身份证号或电话100次，请明天再试' },
    });
    expect(over.writes).toBe(0);
    expect(stack.cloud.db.browse('audit', '{}', 0, 0).total).toBe(audits);
    // The grid leader of the same grid is not held back by the member's budget.
    expect((await stack.call(revealField, reveal, who.gridLeaderA)).ok).toBe(true);
    stack.cloud.clock.set('2026-12-02T16:00:00Z');
    expect((await stack.call(revealField, reveal, who.gridMemberA)).ok).toBe(true);
  });

  it('the 101st visit logged in a day is refused and nothing is written', async () => {
    stack.cloud.clock.set('2026-12-03T01:00:00Z');
    const visit = {
      veteranId: veteranIdOf(who.veteranA),
      date: '2026-12-03',
      kind: 'routine' as const,
      visitors: ['黄丽娟'],
      findings: '身体健康，生活正常',
    };
    for (let i = 0; i < 10; i++)
      await Promise.all(Array.from({ length: 10 }, () => stack.ok(logVisit, visit, who.gridMemberA)));
    const visits = stack.cloud.db.browse('visits', '{}', 0, 0).total;
    const over = await stack.metered(logVisit, visit, who.gridMemberA);
    expect(over.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多登记走访100次，请明天再试' },
    });
    expect(over.writes).toBe(0);
    expect(stack.cloud.db.browse('visits', '{}', 0, 0).total).toBe(visits);
  });

  it('after 300 steps on requests in a day (refused ones count too) the next real step is refused', async () => {
    stack.cloud.clock.set('2026-12-04T01:00:00Z');
    const { id } = await stack.ok(submitRequest, form(), who.veteranA);
    const { version } = stored(stack, id);
    for (let i = 0; i < 30; i++)
      await Promise.all(
        Array.from({ length: 10 }, () =>
          stack.call(handleRequest, { id: 'no-such-request', version: 1, step: 'note', text: '核对' }, who.stationA),
        ),
      );
    const over = await stack.metered(
      handleRequest,
      { id, version, step: 'note', text: '内部：需核对优待证名单' },
      who.stationA,
    );
    expect(over.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多办理诉求300次，请明天再试' },
    });
    expect(over.writes).toBe(0);
    expect(stored(stack, id).version).toBe(version);
    // From midnight in Shanghai the budget is whole again: the same step is taken.
    stack.cloud.clock.set('2026-12-04T16:00:01Z');
    const next = await stack.call(
      handleRequest,
      { id, version, step: 'note', text: '内部：需核对优待证名单' },
      who.stationA,
    );
    expect(next.ok ? 'ok' : next.error).toBe('ok');
  });
});

describe('unmasking and visit tasks: 10 reporters named and 50 mandatory-visit occasions a day per person', () => {
  const RECRUIT_HEAD = 'demo-recruitment-head';

  it("the head's 11th look at who filed a report in a day is refused, nothing is audited, the next day it works", async () => {
    stack.cloud.clock.set('2026-12-05T01:00:00Z');
    const [report] = stack.cloud.db.browse('supervisionReports', '{}', 0, 1).docs as { _id: string }[];
    for (let i = 0; i < 9; i++) await stack.call(revealReporter, { reportId: 'no-such-report' }, RECRUIT_HEAD);
    const tenth = await stack.ok(revealReporter, { reportId: report._id }, RECRUIT_HEAD);
    expect(tenth.name).not.toBe('');
    const audits = stack.cloud.db.browse('audit', '{}', 0, 0).total;
    const over = await stack.metered(revealReporter, { reportId: report._id }, RECRUIT_HEAD);
    expect(over.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多查看反映人10次，请明天再试' },
    });
    expect(over.writes).toBe(0);
    expect(stack.cloud.db.browse('audit', '{}', 0, 0).total).toBe(audits);
    stack.cloud.clock.set('2026-12-05T16:00:01Z');
    expect((await stack.call(revealReporter, { reportId: report._id }, RECRUIT_HEAD)).ok).toBe(true);
  });

  it('occasions from the care pages and from requests share one budget: the 51st of the day is refused', async () => {
    stack.cloud.clock.set('2026-12-06T01:00:00Z');
    const none = { veteranId: 'no-such-file', occasion: '住院', note: '' };
    for (let i = 0; i < 5; i++)
      await Promise.all(Array.from({ length: 10 }, () => stack.call(recordOccasion, none, who.gridMemberA)));
    const tasks = stack.cloud.db.browse('visitTasks', '{}', 0, 0).total;
    const viaRequest = await stack.metered(
      markVisitOccasion,
      { id: 'no-such-request', occasion: '住院', note: '' },
      who.gridMemberA,
    );
    expect(viaRequest.res).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多登记六必访事由50次，请明天再试' },
    });
    expect(viaRequest.writes).toBe(0);
    expect(stack.cloud.db.browse('visitTasks', '{}', 0, 0).total).toBe(tasks);
    // The grid leader of the same grid still records one.
    const leader = await stack.call(recordOccasion, none, who.gridLeaderA);
    expect(leader.ok ? 'ok' : leader.error.code).toBe('NOT_FOUND');
  });
});

describe('the counter', () => {
  const group = 'grid__g-10-01-3';
  const postAs = (openid: string) => (text: string) => stack.metered(postMessage, { groupId: group, text }, openid);
  const post = postAs(who.gridMemberA);
  /** With one message of the minute sent: 19 more get through, the 21st is refused with nothing written. */
  const restOfTheMinute = async (send: ReturnType<typeof postAs>) => {
    for (let i = 0; i < 19; i++) expect((await send(`第${i + 2}条`)).res.ok).toBe(true);
    const over = await send('第21条');
    expect(over.res).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(over.writes + over.counterWrites).toBe(0);
  };

  it('costs two database calls for a person never counted, then one, in the same window or a new one', async () => {
    stack.cloud.clock.set('2026-12-02T03:00:00Z');
    // The district admin has made no counted call in this file: the update finds no counter, it is created.
    const district = postAs(who.district);
    expect((await district('区里来看看')).counterCalls).toBe(2);
    expect((await district('再看看')).counterCalls).toBe(1);
    // The grid member was counted before (the notices above), never for messages: one call from the first.
    const first = await post('第一条');
    expect(first).toMatchObject({ res: { ok: true }, counterCalls: 1 });
    const again = await post('同一分钟的第二条');
    expect(again).toMatchObject({ res: { ok: true }, counterCalls: 1 });
    stack.cloud.clock.set('2026-12-02T03:01:10Z');
    const nextMinute = await post('下一分钟');
    expect(nextMinute).toMatchObject({ res: { ok: true }, counterCalls: 1 });
    // ... and the limit holds within that minute.
    await restOfTheMinute(post);
  });

  it('one counter per person: a first call under another budget costs one call, and budgets do not share counts', async () => {
    // The grid leader was counted before (a reveal, an occasion above), never for messages.
    stack.cloud.clock.set('2026-12-02T05:00:00Z');
    const say = postAs(who.gridLeaderA);
    const firstPost = await say('通知：明天上午体检');
    expect(firstPost).toMatchObject({ res: { ok: true }, counterCalls: 1 });
    // The other budgets' calls did not take from the messages' 20.
    await restOfTheMinute(say);
    // One document for the person, whatever the budgets.
    expect(stack.cloud.db.browse('rateCounters', JSON.stringify({ openid: who.gridLeaderA }), 0, 0).total).toBe(1);
  });
});

describe('the table', () => {
  it('names only actions that exist (a renamed action would silently lose its limit)', () => {
    const registered = new Set(ACTION_REGISTRY.map((c) => `${c.fn}.${c.action}`));
    const named = Object.values(RATE_LIMITS).flatMap((r) => [...r.actions]);
    expect(named.filter((a) => !registered.has(a))).toEqual([]);
    expect(new Set(named).size).toBe(named.length);
  });

  it('counts every write a person can repeat that creates work or reaches others', () => {
    // Written from PRODUCT.md's journeys and issue 13 item 5, not from the table: each of these can be
    // repeated by one person and each lands on someone else (staff's inbox, veterans' screens, a record).
    const repeatable = [
      'requests.submitRequest',
      'requests.addInformation',
      'requests.rateRequest',
      'requests.reopenRequest',
      'groups.postMessage',
      'supervision.fileReport',
      'supervision.fileFeedback',
      'account.register',
      'activities.signUp',
      'activities.cancelSignup',
      'activities.checkIn',
      'account.acceptInvitation',
      'supervision.bindSupervisor',
      'profile.requestCorrection',
      'assist.apply',
      'notices.publishNotice',
      'notices.editNotice',
      'notify.recordSubscription',
      'supervision.inviteSupervisors',
      'supervision.recordSupervisorAttendance',
      'supervision.recordMeetingSuggestion',
      'party.scheduleMeeting',
      'party.recordMeeting',
      'activities.correctHours',
      'activities.recordVolunteerHonour',
      'requests.handleRequest',
      'care.logVisit',
      'ledger.revealField',
      'supervision.revealReporter',
      'care.recordOccasion',
      'requests.markVisitOccasion',
    ];
    const limited = new Set(Object.values(RATE_LIMITS).flatMap((r) => [...r.actions] as string[]));
    expect(repeatable.filter((a) => !limited.has(a))).toEqual([]);
  });

  it('counts every action that takes a file’s bytes against the upload budget', () => {
    const takesBytes = (c: Contract) => {
      const shape = (c.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      const inner = (c.input._def as { schema?: { shape?: Record<string, unknown> } }).schema?.shape ?? {};
      return Object.keys({ ...shape, ...inner }).some((k) => /base64$/i.test(k));
    };
    const uploads = ACTION_REGISTRY.filter(takesBytes).map((c) => `${c.fn}.${c.action}`);
    expect(uploads.length).toBeGreaterThanOrEqual(8);
    expect(uploads.filter((a) => !(RATE_LIMITS.upload.actions as readonly string[]).includes(a))).toEqual([]);
  });
});
