/** @jest-environment node */
import { activityDetail, createActivity } from '../../../types/activities/manage';
import { signUp } from '../../../types/activities/signup';
import { markAttendance } from '../../../types/activities/checkin';
import { certificateDetail, issueCertificate, myServiceRecord, recordHours } from '../../../types/activities/records';
import { summarizeActivity, uploadActivityPhoto } from '../../../types/activities/summary';
import { correctHours, hoursCorrections } from '../../../types/activities/corrections';
import { openGroup, syncGroup } from '../../../types/groups/contracts';
import type { Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';

const HOUR = 3_600_000;
const START = new Date(NOW.getTime() + 48 * HOUR);
let stack: Stack;

const codeOf = (res: { ok: boolean; error?: { code: string; field?: string } }) => [res.error?.code, res.error?.field];
const input = (over: Partial<Record<string, unknown>> = {}) => ({
  kind: 'volunteer' as const,
  title: '永济社区党员义工巡查',
  organiserOrgId: 's-10',
  audienceOrgId: 'c-10-01',
  place: '永济社区党群服务中心',
  startAt: START.toISOString(),
  endAt: new Date(START.getTime() + 2 * HOUR).toISOString(),
  signupDeadline: new Date(START.getTime() - HOUR).toISOString(),
  capacity: 5,
  ...over,
});
const gridOf = (openid: string): string => {
  const veteranId = raw(stack, 'accounts', { _id: openid })[0].veteranId;
  return raw(stack, 'veterans', { _id: veteranId })[0].gridId;
};

beforeAll(async () => {
  stack = await careStack();
}, 120_000);
afterAll(() => stack.close());
beforeEach(() => stack.cloud.clock.set(NOW));

describe('the activity card in the groups of its audience', () => {
  it("appears in the groups of the audience's grids only, like a notice, and a change comes through the sync", async () => {
    const { id } = await stack.ok(createActivity, input(), P.streetA);
    const inside = `grid__${gridOf(P.veteranA)}`;
    const opened = await stack.ok(openGroup, { groupId: inside }, P.veteranA);
    const card = opened.items.find((i) => i.type === 'activity');
    expect(card).toMatchObject({
      type: 'activity',
      activityId: id,
      title: '永济社区党员义工巡查',
      place: '永济社区党群服务中心',
      kindLabel: '志愿服务',
      capacity: 5,
    });
    // A grid of another street: no card.
    const outside = `grid__${gridOf(P.veteranB)}`;
    const other = await stack.ok(openGroup, { groupId: outside }, P.veteranB);
    expect(other.items.filter((i) => i.type === 'activity' && i.activityId === id)).toHaveLength(0);

    stack.cloud.clock.set(START);
    await stack.ok(summarizeActivity, { activityId: id, text: '巡查了12栋楼，清理杂物3处。' }, P.streetA);
    const synced = await stack.ok(syncGroup, { groupId: inside, cursor: opened.cursor }, P.veteranA);
    expect(synced.items.filter((i) => i.type === 'activity' && i.activityId === id)).toHaveLength(1);
  });
});

describe('the summary', () => {
  it('only the organiser, only once it has begun; publicity needs the people reached; refusals write nothing', async () => {
    const { id } = await stack.ok(
      createActivity,
      input({ kind: 'publicity', venue: 'school', title: '国防教育进校园' }),
      P.streetA,
    );
    const noVenue = await stack.metered(createActivity, input({ kind: 'publicity' }), P.streetA);
    expect(codeOf(noVenue.res)).toEqual(['INVALID_INPUT', 'venue']);
    const text = '在南屏中学讲了国防教育课，发放宣传册200份。';
    const early = await stack.metered(summarizeActivity, { activityId: id, text, peopleReached: 300 }, P.streetA);
    expect(codeOf(early.res)[0]).toBe('PRECONDITION_FAILED');
    stack.cloud.clock.set(START);
    const byVeteran = await stack.metered(summarizeActivity, { activityId: id, text, peopleReached: 300 }, P.veteranA);
    expect(codeOf(byVeteran.res)[0]).toBe('NOT_FOUND');
    const noCount = await stack.metered(summarizeActivity, { activityId: id, text }, P.streetA);
    expect(codeOf(noCount.res)).toEqual(['INVALID_INPUT', 'peopleReached']);
    for (const r of [noVenue, early, byVeteran, noCount]) expect(r.writes).toBe(0);
    await stack.ok(summarizeActivity, { activityId: id, text, peopleReached: 300 }, P.streetA);
    const { activity } = await stack.ok(activityDetail, { id }, P.veteranA);
    expect(activity).toMatchObject({ venueLabel: '进校园', summary: { text, peopleReached: 300 }, started: true });
  });

  it('the organiser adds photos through the one upload path; the audience sees them; nobody else can add any', async () => {
    const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    const image = { contentType: 'image/png' as const, dataBase64: PNG };
    const { id } = await stack.ok(createActivity, input({ title: '永济社区环境整治' }), P.streetA);
    stack.cloud.clock.set(START);
    const filesBefore = stack.cloud.files().length;
    const byVeteran = await stack.metered(uploadActivityPhoto, { activityId: id, ...image }, P.veteranA);
    expect(codeOf(byVeteran.res)).toEqual(['NOT_FOUND', 'activityId']);
    const otherStreet = await stack.metered(
      uploadActivityPhoto,
      { activityId: id, ...image },
      'demo-street-admin-s-01',
    );
    expect(otherStreet.res.ok).toBe(false);
    for (const r of [byVeteran, otherStreet]) expect(r.writes).toBe(0);
    expect(stack.cloud.files()).toHaveLength(filesBefore);

    const first = await stack.ok(uploadActivityPhoto, { activityId: id, ...image }, P.streetA);
    const second = await stack.ok(uploadActivityPhoto, { activityId: id, ...image }, P.streetA);
    const text = '清理楼道杂物5处，更换破损宣传栏1块。';
    // A file someone else stored is refused, nothing written.
    const foreign = await stack.ok(uploadActivityPhoto, { activityId: id, ...image }, P.district);
    const stolen = await stack.metered(
      summarizeActivity,
      { activityId: id, text, photoFileIds: [first.fileID, foreign.fileID] },
      P.streetA,
    );
    expect(codeOf(stolen.res)).toEqual(['INVALID_INPUT', 'photoFileIds.1']);
    expect(stolen.writes).toBe(0);
    await stack.ok(summarizeActivity, { activityId: id, text, photoFileIds: [first.fileID, second.fileID] }, P.streetA);
    const seen = (await stack.ok(activityDetail, { id }, P.veteranA)).activity.summary;
    expect(seen).toMatchObject({ text, photoCount: 2 });
    expect(seen?.photoUrls).toHaveLength(2);
    const shown = await fetch(seen?.photoUrls[0] as string);
    expect(shown.status).toBe(200);
    // A rewrite that drops a photo deletes it.
    await stack.ok(summarizeActivity, { activityId: id, text, photoFileIds: [second.fileID] }, P.streetA);
    expect((await stack.ok(activityDetail, { id }, P.veteranA)).activity.summary?.photoUrls).toHaveLength(1);
    expect(stack.cloud.files().map((f) => f.fileID)).not.toContain(first.fileID);
  });
});

describe('a certificate', () => {
  it('its volunteer finds it on their record and opens it; staff over the issuer open it; nobody else', async () => {
    const { id } = await stack.ok(createActivity, input({ title: '敬老院志愿服务' }), P.streetA);
    await stack.ok(signUp, { activityId: id }, P.veteranA);
    stack.cloud.clock.set(START);
    const signup = raw(stack, 'activitySignups', { activityId: id })[0];
    await stack.ok(markAttendance, { activityId: id, signupIds: [signup._id] }, P.streetA);
    await stack.ok(recordHours, { activityId: id, entries: [{ signupId: signup._id, hours: 1.5 }] }, P.streetA);
    const issued = await stack.ok(issueCertificate, { veteranId: signup.veteranId, issuerOrgId: 's-10' }, P.streetA);

    const record = await stack.ok(myServiceRecord, {}, P.veteranA);
    expect(record.certificates).toContainEqual(
      expect.objectContaining({ number: issued.number, totalHours: issued.totalHours }),
    );
    const mine = await stack.ok(certificateDetail, { number: issued.number }, P.veteranA);
    expect(mine.services.map((s) => s.title)).toContain('敬老院志愿服务');
    expect((await stack.ok(certificateDetail, { number: issued.number }, P.district)).number).toBe(issued.number);
    for (const stranger of [P.veteranB, 'demo-grid-member-g-01-01-1'])
      expect(codeOf(await stack.call(certificateDetail, { number: issued.number }, stranger))).toEqual([
        'NOT_FOUND',
        'number',
      ]);
  });
});

describe('correcting recorded hours', () => {
  it('only the organiser, with a reason, kept on record; the volunteer sees the corrected hours; refusals write nothing', async () => {
    const { id } = await stack.ok(createActivity, input({ title: '防汛值守' }), P.streetA);
    await stack.ok(signUp, { activityId: id }, P.veteranA);
    stack.cloud.clock.set(START);
    const signup = raw(stack, 'activitySignups', { activityId: id })[0];
    const fix = { activityId: id, signupId: signup._id, hours: 3, reason: '实际值守到12点，少登记了1小时' };
    const tooEarly = await stack.metered(correctHours, fix, P.streetA);
    expect(codeOf(tooEarly.res)[0]).toBe('PRECONDITION_FAILED');
    await stack.ok(markAttendance, { activityId: id, signupIds: [signup._id] }, P.streetA);
    await stack.ok(recordHours, { activityId: id, entries: [{ signupId: signup._id, hours: 2 }] }, P.streetA);
    const byVolunteer = await stack.metered(correctHours, fix, P.veteranA);
    expect(codeOf(byVolunteer.res)[0]).toBe('NOT_FOUND');
    const noReason = await stack.metered(correctHours, { ...fix, reason: '' }, P.streetA);
    expect(codeOf(noReason.res)).toEqual(['INVALID_INPUT', 'reason']);
    const same = await stack.metered(correctHours, { ...fix, hours: 2 }, P.streetA);
    expect(codeOf(same.res)).toEqual(['INVALID_INPUT', 'hours']);
    for (const r of [tooEarly, byVolunteer, noReason, same]) expect(r.writes).toBe(0);

    await stack.ok(correctHours, fix, P.streetA);
    const record = await stack.ok(myServiceRecord, {}, P.veteranA);
    expect(record.items.find((i) => i.activityId === id)?.hours).toBe(3);
    const { items } = await stack.ok(hoursCorrections, { activityId: id }, P.streetA);
    expect(items).toEqual([
      expect.objectContaining({ beforeHours: 2, afterHours: 3, reason: fix.reason, byName: expect.any(String) }),
    ]);
    expect(items[0].name).toBe(signup.name);
    expect(codeOf(await stack.call(hoursCorrections, { activityId: id }, P.veteranA))[0]).toBe('NOT_FOUND');
  });
});
