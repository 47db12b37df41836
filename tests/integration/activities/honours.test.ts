/** @jest-environment node */
import { markAttendance } from '../../../types/activities/checkin';
import { recordVolunteerHonour } from '../../../types/activities/honours';
import { createActivity } from '../../../types/activities/manage';
import { issueCertificate, myServiceRecord, recordHours } from '../../../types/activities/records';
import { signUp } from '../../../types/activities/signup';
import { myVolunteerProfile, registerVolunteer } from '../../../types/activities/volunteers';
import type { Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';

/**
 * Issue 15 item 3: a volunteer's record holds training and awards beside the services (民政部《志愿服务记录与
 * 证明出具办法（试行）》: identity, services with hours, training, awards). Whoever records certifies
 * (谁记录谁证明): a node's certificate carries the training and awards that node recorded, not another's.
 */
const HOUR = 3_600_000;
const START = new Date(NOW.getTime() + 48 * HOUR);
let stack: Stack;
let veteranId: string;
const codeOf = (res: { ok: boolean; error?: { code: string; field?: string } }) => [res.error?.code, res.error?.field];
const honour = (over: Record<string, unknown> = {}) => ({
  veteranId,
  issuerOrgId: 'c-10-01',
  kind: 'training' as const,
  title: '应急救护培训',
  date: '2025-06-01',
  hours: 2,
  ...over,
});

beforeAll(async () => {
  stack = await careStack();
  // 张建国 (永济社区第三网格) registers as a volunteer and serves 1.5 hours at an activity of 南屏镇 (s-10).
  const profile = await stack.ok(myVolunteerProfile, {}, P.veteranA);
  await stack.ok(
    registerVolunteer,
    { skills: ['patrol'], availability: ['weekend'], areaOrgId: profile.areaOptions[1].id },
    P.veteranA,
  );
  const { id } = await stack.ok(
    createActivity,
    {
      kind: 'volunteer' as const,
      title: '敬老院志愿服务',
      description: '',
      organiserOrgId: 's-10',
      audienceOrgId: 's-10',
      place: '南屏镇敬老院',
      startAt: START.toISOString(),
      endAt: new Date(START.getTime() + 2 * HOUR).toISOString(),
      signupDeadline: new Date(START.getTime() - HOUR).toISOString(),
      capacity: 5,
      waitlistCap: 0,
    },
    P.streetA,
  );
  await stack.ok(signUp, { activityId: id }, P.veteranA);
  stack.cloud.clock.set(START);
  const signup = raw(stack, 'activitySignups', { activityId: id })[0];
  veteranId = signup.veteranId;
  await stack.ok(markAttendance, { activityId: id, signupIds: [signup._id] }, P.streetA);
  await stack.ok(recordHours, { activityId: id, entries: [{ signupId: signup._id, hours: 1.5 }] }, P.streetA);
}, 120_000);
afterAll(() => stack.close());

it('the community records a training and an award; refused with nothing written: outsiders, non-volunteers, bad input', async () => {
  const outsider = await stack.metered(recordVolunteerHonour, honour(), 'demo-grid-member-g-01-01-1');
  expect(['FORBIDDEN', 'NOT_FOUND']).toContain(outsider.res.ok ? 'ok' : outsider.res.error.code);
  const veteran = await stack.metered(recordVolunteerHonour, honour(), P.veteranB);
  expect(veteran.res.ok).toBe(false);
  const notVolunteer = raw(stack, 'veterans', { 'orgPath.2': 'c-10-01', _id: { $ne: veteranId } })[0];
  const unregistered = await stack.metered(recordVolunteerHonour, honour({ veteranId: notVolunteer._id }), P.stationA);
  expect(codeOf(unregistered.res)).toEqual(['PRECONDITION_FAILED', 'veteranId']);
  const future = await stack.metered(recordVolunteerHonour, honour({ date: '2099-01-01' }), P.stationA);
  expect(codeOf(future.res)).toEqual(['INVALID_INPUT', 'date']);
  const noHours = await stack.metered(recordVolunteerHonour, honour({ hours: undefined }), P.stationA);
  expect(codeOf(noHours.res)).toEqual(['INVALID_INPUT', 'hours']);
  for (const r of [outsider, veteran, unregistered, future, noHours]) expect(r.writes).toBe(0);

  await stack.ok(recordVolunteerHonour, honour(), P.stationA);
  await stack.ok(
    recordVolunteerHonour,
    honour({ kind: 'award', title: '优秀志愿者', date: '2025-06-10', hours: undefined }),
    P.stationA,
  );
  await stack.ok(recordVolunteerHonour, honour({ issuerOrgId: 's-10', title: '政策宣讲培训', hours: 3 }), P.streetA);
  expect(raw(stack, 'volunteerHonours', { veteranId })).toHaveLength(3);
});

it("the volunteer's record lists the training with hours and the award; a certificate carries only its issuer's", async () => {
  const record = await stack.ok(myServiceRecord, {}, P.veteranA);
  expect(record.totalHours).toBe(1.5);
  expect(record.training.map((t) => [t.title, t.hours, t.issuerName]).sort()).toEqual([
    ['应急救护培训', 2, '永济社区'],
    ['政策宣讲培训', 3, '南屏镇'],
  ]);
  expect(record.awards.map((a) => [a.title, a.date, a.issuerName])).toEqual([['优秀志愿者', '2025-06-10', '永济社区']]);
  const certificate = await stack.ok(issueCertificate, { veteranId, issuerOrgId: 's-10' }, P.streetA);
  expect(certificate.totalHours).toBe(1.5);
  expect(certificate.training).toEqual([{ title: '政策宣讲培训', date: '2025-06-01', hours: 3 }]);
  expect(certificate.awards).toEqual([]);
});

it("a staff member's 101st training or award of the day is refused before anything is written", async () => {
  // Figure from the product's sizing (a training session's list of a few dozen, far below a script's burst):
  // 100 a day per person, counted from the table of limits that the router enforces.
  stack.cloud.clock.set(new Date(START.getTime() + 24 * HOUR)); // a new day: a whole budget
  const before = raw(stack, 'volunteerHonours', { veteranId }).length;
  for (let i = 0; i < 10; i++)
    await Promise.all(
      Array.from({ length: 10 }, () => stack.call(recordVolunteerHonour, honour({ title: '消防安全培训' }), P.streetA)),
    );
  const accepted = raw(stack, 'volunteerHonours', { veteranId }).length - before;
  expect(accepted).toBe(100);
  const over = await stack.metered(recordVolunteerHonour, honour({ title: '消防安全培训' }), P.streetA);
  expect(over.res).toEqual({
    ok: false,
    error: { code: 'RATE_LIMITED', message: '操作太频繁：每天最多登记培训或表彰100次，请明天再试' },
  });
  expect(over.writes).toBe(0);
  // Another person of the same community is not held back by that budget.
  expect((await stack.call(recordVolunteerHonour, honour(), P.stationA)).ok).toBe(true);
});
