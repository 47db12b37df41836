/** @jest-environment node */
import { activityDetail, createActivity, listActivities } from '../../../types/activities/manage';
import { cancelSignup, signUp } from '../../../types/activities/signup';
import { checkIn, checkInByScan, checkinCode, markAttendance } from '../../../types/activities/checkin';
import { issueCertificate, myServiceRecord, recordHours, verifyCertificate } from '../../../types/activities/records';
import type { Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';
import { bindVeterans as bindUnder } from '../../support/bind-veterans';
import { patrolActivity } from './patrol';

const HOUR = 3_600_000;
const START = new Date(NOW.getTime() + 48 * HOUR);
let stack: Stack;
/** Openids of veterans of street s-10 bound for these tests, in order. */
let locals: string[] = [];

/** Binds `n` more veterans under an org node (at path depth `depth`) to accounts `act-<node>-<i>`. */
const bindVeterans = (node: string, depth: number, n: number) =>
  bindUnder(stack.cloud, { [`orgPath.${depth}`]: node }, n, `act-${node}`, NOW);

const codeOf = (res: { ok: boolean; error?: { code: string; field?: string } }) => [res.error?.code, res.error?.field];

const activityInput = (over: Partial<Record<string, unknown>> = {}) =>
  patrolActivity({ title: '党员义工巡查队 周末巡查', description: '无物业小区夜间巡查，注意防滑', ...over });

beforeAll(async () => {
  stack = await careStack();
  locals = await bindVeterans('s-10', 1, 10);
}, 120_000);
afterAll(() => stack.close());

describe('creating an activity', () => {
  it('a street creates one for its own grids; out of its area or by another street it is refused, nothing written', async () => {
    const { id } = await stack.ok(createActivity, activityInput(), P.streetA);
    expect(raw(stack, 'activities', { _id: id })[0]).toMatchObject({ capacity: 3, remaining: 3, waitRemaining: 2 });
    const wide = await stack.metered(createActivity, activityInput({ audienceOrgId: 'c-01-01' }), P.streetA);
    expect(codeOf(wide.res)).toEqual(['INVALID_INPUT', 'audienceOrgId']);
    const foreign = await stack.metered(createActivity, activityInput(), 'demo-grid-member-g-01-01-1');
    expect(foreign.res.ok).toBe(false);
    const late = await stack.metered(
      createActivity,
      activityInput({ signupDeadline: new Date(START.getTime() + HOUR).toISOString() }),
      P.streetA,
    );
    expect(codeOf(late.res)).toEqual(['INVALID_INPUT', 'signupDeadline']);
    const zero = await stack.metered(createActivity, activityInput({ capacity: 0 }), P.streetA);
    expect(codeOf(zero.res)).toEqual(['INVALID_INPUT', 'capacity']);
    for (const r of [wide, foreign, late, zero]) expect(r.writes).toBe(0);
  });
});

describe('signing up', () => {
  it('a burst of eight for three seats and two waiting places: 3 signed, 2 waiting, 3 told 名额已满, never more', async () => {
    const { id } = await stack.ok(createActivity, activityInput(), P.streetA);
    const answers = await Promise.all(locals.slice(0, 8).map((o) => stack.call(signUp, { activityId: id }, o)));
    const statuses = answers.map((a) => (a.ok ? a.data.status : a.error.message));
    expect(statuses.filter((s) => s === 'signed')).toHaveLength(3);
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(2);
    expect(statuses.filter((s) => s === '名额已满，候补名额也已满')).toHaveLength(3);
    // The two joined the line at the same instant (the test clock stands still): one place each, 1 and 2.
    const waiting = locals.slice(0, 8).filter((_, i) => answers[i].ok && answers[i].data?.status === 'waitlisted');
    const places = await Promise.all(
      waiting.map(async (o) => (await stack.ok(activityDetail, { id }, o)).activity.mine?.position),
    );
    expect(places.sort()).toEqual([1, 2]);
    const rows = raw(stack, 'activitySignups', { activityId: id });
    expect(rows.filter((r) => r.status === 'signed')).toHaveLength(3);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(2);
    expect(raw(stack, 'activities', { _id: id })[0]).toMatchObject({ remaining: 0, waitRemaining: 0 });
    // Once full, a refusal writes nothing (the rate-limit counter aside), and a person already in line who taps
    // again hears where they stand, not 名额已满.
    const late = await stack.metered(signUp, { activityId: id }, locals[8]);
    expect(late.res.ok ? '' : late.res.error.message).toBe('名额已满，候补名额也已满');
    expect(late.writes).toBe(0);
    const signedAgain = locals.slice(0, 8).find((_, i) => answers[i].ok && answers[i].data.status === 'signed');
    expect(await stack.ok(signUp, { activityId: id }, signedAgain as string)).toEqual({
      status: 'signed',
      position: null,
    });
  });

  it('a double tap takes one seat', async () => {
    const { id } = await stack.ok(createActivity, activityInput(), P.streetA);
    const both = await Promise.all([
      stack.call(signUp, { activityId: id }, locals[0]),
      stack.call(signUp, { activityId: id }, locals[0]),
    ]);
    expect(both.some((r) => r.ok && r.data.status === 'signed')).toBe(true);
    expect(raw(stack, 'activitySignups', { activityId: id, status: 'signed' })).toHaveLength(1);
    expect(raw(stack, 'activities', { _id: id })[0].remaining).toBe(2);
    expect(await stack.ok(signUp, { activityId: id }, locals[0])).toEqual({ status: 'signed', position: null });
  });

  it('when someone cancels, the first on the waiting list moves up and the rest move one place', async () => {
    const { id } = await stack.ok(createActivity, activityInput({ capacity: 2, waitlistCap: 3 }), P.streetA);
    const order = locals.slice(0, 5);
    const positions = [];
    for (const o of order) {
      positions.push((await stack.ok(signUp, { activityId: id }, o)).position);
      stack.cloud.clock.advance(1_000);
    }
    expect(positions).toEqual([null, null, 1, 2, 3]);
    expect(await stack.ok(cancelSignup, { activityId: id }, order[1])).toEqual({ promoted: true });
    const view = async (o: string) => (await stack.ok(activityDetail, { id }, o)).activity.mine;
    expect(await view(order[2])).toMatchObject({ status: 'signed', position: null });
    expect(await view(order[3])).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await view(order[4])).toMatchObject({ status: 'waitlisted', position: 2 });
    expect(await view(order[1])).toBeNull();
    // A waiting person who cancels frees a waiting place; the seats stay full.
    await stack.ok(cancelSignup, { activityId: id }, order[3]);
    expect(await view(order[4])).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(raw(stack, 'activities', { _id: id })[0]).toMatchObject({ remaining: 0, waitRemaining: 2 });
    // Signing up again after cancelling goes to the end of the line.
    expect(await stack.ok(signUp, { activityId: id }, order[1])).toEqual({ status: 'waitlisted', position: 2 });
  });

  it('a veteran outside the audience cannot see it: the same answer as for an activity that does not exist', async () => {
    const { id } = await stack.ok(createActivity, activityInput(), P.streetA);
    const [outsider] = await bindVeterans('s-01', 1, 1);
    const refused = await stack.metered(signUp, { activityId: id }, outsider);
    const missing = await stack.call(signUp, { activityId: 'no-such-activity' }, outsider);
    expect(refused.res).toEqual(missing);
    expect(codeOf(missing)).toEqual(['NOT_FOUND', 'activityId']);
    expect(refused.writes).toBe(0);
    expect((await stack.ok(listActivities, {}, outsider)).items.map((i) => i.id)).not.toContain(id);
    // An activity for one grid is listed to that grid's veterans only.
    const gridOf = (openid: string) =>
      raw(stack, 'veterans', { _id: raw(stack, 'accounts', { _id: openid })[0].veteranId })[0].gridId as string;
    const grid = gridOf(locals[0]);
    const narrow = await stack.ok(createActivity, activityInput({ audienceOrgId: grid }), P.streetA);
    for (const o of locals) {
      const ids = (await stack.ok(listActivities, {}, o)).items.map((i) => i.id);
      expect(ids).toContain(id);
      expect(ids.includes(narrow.id)).toBe(gridOf(o) === grid);
    }
  });

  it('after the deadline, sign-up is refused', async () => {
    const { id } = await stack.ok(createActivity, activityInput(), P.streetA);
    stack.cloud.clock.advance(40 * HOUR);
    try {
      const late = await stack.metered(signUp, { activityId: id }, locals[0]);
      expect(late.res.ok ? '' : late.res.error.message).toBe('报名已截止');
      expect(late.writes).toBe(0);
    } finally {
      stack.cloud.clock.advance(-40 * HOUR);
    }
  });
});

describe('on the day', () => {
  it('check-in with the current code, once, only if signed up; a code a minute old is refused; hours once, by the organiser', async () => {
    const { id } = await stack.ok(createActivity, activityInput({ capacity: 2, waitlistCap: 1 }), P.streetA);
    const [a, b, waiting] = locals.slice(0, 3);
    for (const o of [a, b, waiting]) await stack.ok(signUp, { activityId: id }, o);
    stack.cloud.clock.set(START);
    const { code, expiresAt, secondsLeft } = await stack.ok(checkinCode, { activityId: id }, P.streetA);
    expect(code).toMatch(/^\d{6}$/);
    // The countdown is on the server's clock (the local cloud's, moved in this test): within one 30 s window.
    const serverNow = stack.cloud.clock.now().getTime();
    expect(secondsLeft).toBe(Math.ceil((Date.parse(expiresAt) - serverNow) / 1000));
    expect(secondsLeft).toBeGreaterThanOrEqual(1);
    expect(secondsLeft).toBeLessThanOrEqual(30);
    expect(codeOf(await stack.call(checkinCode, { activityId: id }, a))).toEqual(['NOT_FOUND', 'activityId']);
    expect((await stack.call(checkIn, { activityId: id, code }, a)).ok).toBe(true);
    const twice = await stack.call(checkIn, { activityId: id, code }, a);
    expect(twice.ok ? '' : twice.error.message).toBe('您已经签到过了');
    const notSigned = await stack.metered(checkIn, { activityId: id, code }, waiting);
    expect(notSigned.res.ok ? '' : notSigned.res.error.message).toContain('没有报名');
    expect(notSigned.writes).toBe(0);
    stack.cloud.clock.advance(61_000);
    const stale = await stack.metered(checkIn, { activityId: id, code }, b);
    expect(codeOf(stale.res)).toEqual(['INVALID_INPUT', 'code']);
    expect(stale.writes).toBe(0);
    // b has no phone: the organiser ticks the name instead.
    const bRow = raw(stack, 'activitySignups', { activityId: id, status: 'signed' }).find(
      (r) => r.checkedInAt === null,
    );
    expect((await stack.ok(markAttendance, { activityId: id, signupIds: [bRow!._id] }, P.streetA)).marked).toBe(1);

    const rows = raw(stack, 'activitySignups', { activityId: id, status: 'signed' });
    const entries = rows.map((r) => ({ signupId: r._id, hours: 2.5 }));
    const byVeteran = await stack.metered(recordHours, { activityId: id, entries }, a);
    expect(byVeteran.res.ok).toBe(false);
    expect(byVeteran.writes).toBe(0);
    expect(await stack.ok(recordHours, { activityId: id, entries }, P.streetA)).toEqual({
      recorded: 2,
      alreadyRecorded: [],
    });
    const again = await stack.ok(
      recordHours,
      { activityId: id, entries: entries.map((e) => ({ ...e, hours: 8 })) },
      P.streetA,
    );
    expect(again.recorded).toBe(0);
    expect(again.alreadyRecorded).toHaveLength(2);
    const waitRow = raw(stack, 'activitySignups', { activityId: id, status: 'waitlisted' })[0];
    const absent = await stack.metered(
      recordHours,
      { activityId: id, entries: [{ signupId: waitRow._id, hours: 1 }] },
      P.streetA,
    );
    expect(codeOf(absent.res)).toEqual(['INVALID_INPUT', 'entries.0.signupId']);
    expect(absent.writes).toBe(0);

    const record = await stack.ok(myServiceRecord, {}, a);
    expect(record.items.find((i) => i.activityId === id)).toMatchObject({
      hours: 2.5,
      organiserName: expect.any(String),
    });
    const veteranId = raw(stack, 'accounts', { _id: a })[0].veteranId;
    const cert = await stack.ok(issueCertificate, { veteranId, issuerOrgId: 's-10' }, P.streetA);
    // 谁记录谁证明: the certificate's hours are exactly the hours this street recorded for the person.
    const recorded = raw(stack, 'activitySignups', { veteranId, organiserOrgId: 's-10' }).reduce(
      (n, r) => n + (r.minutes ?? 0),
      0,
    );
    expect(cert.totalHours * 60).toBe(recorded);
    expect(cert.number).toMatch(/^[A-Z2-9]{16}$/);
    expect(cert.idMasked).toMatch(/^\d{6}\*+\d{3}[\dX]$/);
    const checked = await stack.ok(verifyCertificate, { number: cert.number.toLowerCase() }, 'demo-veteran-2');
    expect(checked.totalHours).toBe(cert.totalHours);
    expect(checked.issuerName).toBe(cert.issuerName);
    expect(checked.name).not.toBe(cert.name);
    expect(Array.from(checked.name)[0]).toBe(Array.from(cert.name)[0]);
    expect(checked.name).toContain('*');
    expect(codeOf(await stack.call(verifyCertificate, { number: 'ABCDEFGHJKLMNPQR' }, 'demo-veteran-2'))).toEqual([
      'NOT_FOUND',
      'number',
    ]);
    const foreignIssuer = await stack.metered(
      issueCertificate,
      { veteranId, issuerOrgId: 's-10' },
      'demo-grid-member-g-01-01-1',
    );
    expect(foreignIssuer.res.ok).toBe(false);
    expect(foreignIssuer.writes).toBe(0);
  });

  it('scanning the QR code: its token checks in once, only the signed-up, for 30 to 60 seconds, for its own activity only, and costs no typed-code try', async () => {
    stack.cloud.clock.set(NOW);
    const { id } = await stack.ok(createActivity, activityInput({ capacity: 3, waitlistCap: 1 }), P.streetA);
    const other = await stack.ok(createActivity, activityInput({ capacity: 3, waitlistCap: 0 }), P.streetA);
    const [a, b, c, waiting] = locals.slice(3, 7);
    for (const o of [a, b, c, waiting]) await stack.ok(signUp, { activityId: id }, o);
    await stack.ok(signUp, { activityId: other.id }, a);
    stack.cloud.clock.set(START);
    const shown = await stack.ok(checkinCode, { activityId: id }, P.streetA);
    expect(shown.scanToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(shown.scanToken).not.toContain(shown.code);
    const typedTries = (who: string) => raw(stack, 'rateCounters', { _id: who })[0]?.recent?.typedCode ?? [];
    const before = typedTries(a);

    expect((await stack.call(checkInByScan, { activityId: id, token: shown.scanToken }, a)).ok).toBe(true);
    expect(
      raw(stack, 'activitySignups', { activityId: id, status: 'signed' }).filter((r) => r.checkedInAt),
    ).toHaveLength(1);
    const twice = await stack.metered(checkInByScan, { activityId: id, token: shown.scanToken }, a);
    expect(twice.res.ok ? '' : twice.res.error.message).toBe('您已经签到过了');
    expect(twice.writes).toBe(0);
    // Scans take nothing from the budget of typed codes (they cannot be guessed); a typed try does.
    expect(typedTries(a)).toEqual(before);
    await stack.call(checkIn, { activityId: id, code: shown.code }, a);
    expect(typedTries(a)).toHaveLength(before.length + 1);

    const notSigned = await stack.metered(checkInByScan, { activityId: id, token: shown.scanToken }, waiting);
    expect(notSigned.res.ok ? '' : notSigned.res.error.message).toContain('没有报名');
    expect(notSigned.writes).toBe(0);
    // The other activity's token does not open this one (nor this one's the other).
    const elsewhere = await stack.ok(checkinCode, { activityId: other.id }, P.streetA);
    const wrongActivity = await stack.metered(checkInByScan, { activityId: id, token: elsewhere.scanToken }, b);
    expect(codeOf(wrongActivity.res)).toEqual(['INVALID_INPUT', 'token']);
    expect(wrongActivity.res.ok ? '' : wrongActivity.res.error.message).toBe(
      '签到二维码已过期，请扫描组织者手机上最新的签到码',
    );
    expect(wrongActivity.writes).toBe(0);
    const foreignQr = await stack.metered(checkInByScan, { activityId: id, token: 'https://example.com/x' }, b);
    expect(codeOf(foreignQr.res)).toEqual(['INVALID_INPUT', 'token']);
    expect(foreignQr.res.ok ? '' : foreignQr.res.error.message).toBe(
      '这不是活动签到二维码，请扫描组织者手机上的签到码',
    );
    expect(foreignQr.writes).toBe(0);

    // Scanned at the turn of a window: the token shown a moment ago still counts, for 30 to 60 seconds in all.
    stack.cloud.clock.advance(30_000);
    expect((await stack.call(checkInByScan, { activityId: id, token: shown.scanToken }, b)).ok).toBe(true);
    stack.cloud.clock.advance(31_000);
    const stale = await stack.metered(checkInByScan, { activityId: id, token: shown.scanToken }, c);
    expect(codeOf(stale.res)).toEqual(['INVALID_INPUT', 'token']);
    expect(stale.writes).toBe(0);
    const fresh = await stack.ok(checkinCode, { activityId: id }, P.streetA);
    expect(fresh.scanToken).not.toBe(shown.scanToken);
    expect((await stack.call(checkInByScan, { activityId: id, token: fresh.scanToken }, c)).ok).toBe(true);
    const rows = raw(stack, 'activitySignups', { activityId: id, status: 'signed' });
    expect(
      rows
        .filter((r) => r.checkedInAt)
        .map((r) => r.veteranId)
        .sort(),
    ).toEqual([a, b, c].map((o) => raw(stack, 'accounts', { _id: o })[0].veteranId).sort());
  });
});
