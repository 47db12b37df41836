/** @jest-environment node */
import type { Stack } from '../../support/stack';
import {
  answerFeedback,
  completeRectification,
  listFeedback,
  myFeedback,
  respondFeedback,
} from '../../../types/supervision/feedback';
import {
  inviteSupervisors,
  listSupervisorMeetings,
  recordMeetingSuggestion,
  recordSupervisorAttendance,
  supervisorMeetingDetail,
} from '../../../types/supervision/meetings';
import { identityStrings, leaked, NOW, seededStack, WHO } from './world';

/**
 * Supervisors' meetings (issue 15 item 4; PRODUCT: agency staff "invite supervisors to meetings"): the
 * market regulation bureau (u-amr) calls a 座谈会 of its conduct supervisors; attendance is recorded; a
 * suggestion raised there is conduct feedback of the supervisor who raised it, answered and rectified by the
 * agency and accepted by the supervisor; the feedback itself still names nobody.
 */
jest.setTimeout(120_000);
const HOUR = 3_600_000;
let stack: Stack;
let meetingId: string;
/** The agency's conduct supervisors in term, from the store (not from the function). */
let supervisors: Record<string, any>[];
const REFUSED = ['FORBIDDEN', 'NOT_FOUND'];
const errorOf = (res: { ok: boolean }) => (res as { error?: { code: string; field?: string } }).error ?? { code: 'ok' };
const raw = (collection: string, filter: object) =>
  stack.cloud.db.browse(collection, JSON.stringify(filter), 0, 1_000_000).docs as Record<string, any>[];

beforeAll(async () => {
  stack = await seededStack();
  const t = NOW.getTime();
  supervisors = raw('supervisors', { bodyId: 'u-amr', type: 'conduct', status: 'active' }).filter(
    (s) =>
      Date.parse(s.termStart.$date ?? s.termStart) <= t + 2 * HOUR &&
      Date.parse(s.termEnd.$date ?? s.termEnd) + 86_400_000 > t,
  );
});
afterAll(() => stack.close());

const start = new Date(NOW.getTime() + 2 * HOUR);
const meeting = {
  kind: 'symposium' as const,
  title: '机关作风监督员座谈会',
  place: '区市场监管局三楼会议室',
  startAt: start.toISOString(),
};

it('the agency invites its conduct supervisors in term; nobody else can call the meeting, and refusals write nothing', async () => {
  for (const who of [WHO.conduct.openid, WHO.veteran, 'demo-street-admin-s-10']) {
    const r = await stack.metered(inviteSupervisors, meeting, who);
    expect(REFUSED).toContain(errorOf(r.res).code);
    expect(r.writes).toBe(0);
  }
  const made = await stack.ok(inviteSupervisors, meeting, WHO.agency);
  meetingId = made.meetingId;
  expect(made.invited).toBe(supervisors.length);
  const stored = raw('supervisorMeetings', { _id: meetingId })[0];
  expect(stored.invitees.map((i: { supervisorId: string }) => i.supervisorId).sort()).toEqual(
    supervisors.map((s) => s._id).sort(),
  );
  // The office's staff do not see (or touch) the agency's meeting.
  const office = await stack.call(supervisorMeetingDetail, { meetingId }, WHO.staff);
  expect(office.ok ? 'ok' : errorOf(office).code).toBe('NOT_FOUND');
  // The invited supervisor sees it with their own line only.
  const mine = await stack.ok(listSupervisorMeetings, {}, WHO.conduct.openid);
  const seen = mine.items.find((m) => m.id === meetingId);
  expect(seen?.invitees.map((i) => i.name)).toEqual([WHO.conduct.name]);
  expect(seen?.counts.invited).toBe(supervisors.length);
  expect(seen?.forStaff).toBe(false);
  const asAgency = await stack.ok(listSupervisorMeetings, {}, WHO.agency);
  expect(asAgency.items.find((m) => m.id === meetingId)).toMatchObject({ forStaff: true, started: false });
  // Who may call a meeting, and who enters suggestions: the agency's staff, not its supervisors.
  expect([asAgency.mayInvite, mine.mayInvite]).toEqual([true, false]);
  expect((await stack.ok(supervisorMeetingDetail, { meetingId }, WHO.agency)).takesSuggestions).toBe(true);
  expect((await stack.ok(supervisorMeetingDetail, { meetingId }, WHO.conduct.openid)).takesSuggestions).toBe(false);
});

it('attendance is recorded after the meeting begins, for every invitee', async () => {
  const attendance = supervisors.map((s, i) => ({
    supervisorId: s._id,
    status:
      s._id === WHO.conduct.supervisorId
        ? ('present' as const)
        : i % 4 === 3
          ? ('excused' as const)
          : ('present' as const),
  }));
  const summary = '听取市场监管工作情况介绍，监督员提出意见建议。';
  const early = await stack.metered(recordSupervisorAttendance, { meetingId, attendance, summary }, WHO.agency);
  expect(errorOf(early.res).code).toBe('PRECONDITION_FAILED');
  expect(early.writes).toBe(0);
  stack.cloud.clock.set(new Date(start.getTime() + 2 * HOUR));
  const partial = await stack.metered(
    recordSupervisorAttendance,
    { meetingId, attendance: attendance.slice(1), summary },
    WHO.agency,
  );
  expect(errorOf(partial.res)).toMatchObject({ code: 'INVALID_INPUT', field: 'attendance' });
  expect(partial.writes).toBe(0);
  const view = await stack.ok(recordSupervisorAttendance, { meetingId, attendance, summary }, WHO.agency);
  expect(view.counts).toEqual({
    invited: supervisors.length,
    present: attendance.filter((a) => a.status === 'present').length,
    excused: attendance.filter((a) => a.status === 'excused').length,
    absent: 0,
  });
});

it('a suggestion raised there is answered, rectified and accepted in the feedback flow, linked to the meeting; the agency never sees who raised it', async () => {
  const absentee = raw('supervisorMeetings', { _id: meetingId })[0].invitees.find(
    (i: { status: string }) => i.status !== 'present',
  );
  if (absentee) {
    const r = await stack.metered(
      recordMeetingSuggestion,
      {
        meetingId,
        supervisorId: absentee.supervisorId,
        subject: '规范网络交易平台',
        description: '建议加强网络交易平台监管。',
      },
      WHO.agency,
    );
    expect(errorOf(r.res)).toMatchObject({ code: 'PRECONDITION_FAILED', field: 'supervisorId' });
    expect(r.writes).toBe(0);
  }
  const bySupervisor = await stack.metered(
    recordMeetingSuggestion,
    {
      meetingId,
      supervisorId: WHO.conduct.supervisorId,
      subject: '规范网络交易平台',
      description: '建议加强网络交易平台监管。',
    },
    WHO.conduct.openid,
  );
  expect(REFUSED).toContain(errorOf(bySupervisor.res).code);
  expect(bySupervisor.writes).toBe(0);

  const { feedbackId } = await stack.ok(
    recordMeetingSuggestion,
    {
      meetingId,
      supervisorId: WHO.conduct.supervisorId,
      subject: '规范网络交易平台市场',
      description: '建议加强对网络交易平台经营者的宣传教育引导。',
    },
    WHO.agency,
  );
  const agencyAnswers: unknown[] = [];
  const inbox = await stack.ok(listFeedback, { status: 'received' }, WHO.agency);
  agencyAnswers.push(inbox);
  expect(inbox.items.find((f) => f.id === feedbackId)?.meeting).toEqual({ id: meetingId, title: meeting.title });
  agencyAnswers.push(
    await stack.ok(
      answerFeedback,
      { feedbackId, answer: '已纳入年度监管计划。', measure: '开展网络交易平台专项宣传', deadline: '2026-12-31' },
      WHO.agency,
    ),
  );
  agencyAnswers.push(
    await stack.ok(completeRectification, { feedbackId, evidence: '已开展专项宣传三场，材料存档。' }, WHO.agency),
  );
  const mine = await stack.ok(myFeedback, {}, WHO.conduct.openid);
  expect(mine.items.find((f) => f.id === feedbackId)).toMatchObject({
    status: 'rectified',
    meeting: { id: meetingId, title: meeting.title },
  });
  const accepted = await stack.ok(respondFeedback, { feedbackId, verdict: 'accepted' }, WHO.conduct.openid);
  expect(accepted.statusLabel).toBe('监督员认可');
  const detail = await stack.ok(supervisorMeetingDetail, { meetingId }, WHO.agency);
  agencyAnswers.push(detail);
  expect(detail.suggestions.map((s) => [s.subject, s.status])).toEqual([['规范网络交易平台市场', 'accepted']]);
  // The feedback answers never name the supervisor (the meeting's roster does, as the agency invited them).
  expect(leaked(agencyAnswers.slice(0, 3), identityStrings(WHO.conduct))).toEqual([]);
  expect(raw('conductFeedback', { _id: feedbackId })[0]).not.toHaveProperty('supervisorId');
});
