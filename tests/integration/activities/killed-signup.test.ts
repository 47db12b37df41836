/** @jest-environment node */
import { activityDetail, createActivity } from '../../../types/activities/manage';
import { cancelSignup, signUp } from '../../../types/activities/signup';
import { outcomeOf, type Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';
import { bindVeterans } from '../../support/bind-veterans';
import { patrolInput as input, pauseActivities } from './patrol';

/**
 * Issue 15 item 2 (the gap docs/ARCHITECTURE.md recorded): a sign-up takes its seat with one conditional
 * update of the activity and records it on the person's sign-up with another; WeChat Cloud stops an
 * invocation at its timeout (activities: 10 s, config.json) whatever it was doing, and offers no transaction
 * over a `where().update()`. The local cloud kills the call right after the seat is taken (killAfterWrite):
 * the seat must end up with that person (on their next tap, or by the timer if they never come back), never
 * lost and never taken twice.
 */
let stack: Stack;
let people: string[] = [];

/** Binds `n` unbound veterans of 南屏镇 to accounts `<prefix>-<i>`. */
const bind = (n: number, prefix = 'killed') => bindVeterans(stack.cloud, { 'orgPath.1': 's-10' }, n, prefix, NOW);

/** Signs up with the invocation killed right after its first write to `collection`: the caller sees a timeout. */
async function killedSignUp(activityId: string, openid: string, collection: string): Promise<string> {
  stack.cloud.killAfterWrite(collection, 'activities');
  return stack.call(signUp, { activityId }, openid).then(
    (r) => (r.ok ? r.data.status : r.error.code),
    (err: { code?: string }) => err.code ?? 'threw',
  );
}

const activity = (id: string) => raw(stack, 'activities', { _id: id })[0];
const signups = (id: string, status: string) => raw(stack, 'activitySignups', { activityId: id, status });

beforeAll(async () => {
  stack = await careStack();
  people = await bind(6);
}, 120_000);
afterAll(() => stack.close());

it('killed after taking the seat: the person who comes back later gets that seat, and the others get the rest', async () => {
  const { id } = await stack.ok(createActivity, input(2, 1), P.streetA);
  expect(await killedSignUp(id, people[0], 'activities')).toBe('FUNCTION_TIMEOUT');
  expect(activity(id).remaining).toBe(1);
  // The person tries again some minutes later: the seat their dead call took is theirs.
  stack.cloud.clock.advance(3 * 60_000);
  expect(await stack.ok(signUp, { activityId: id }, people[0])).toEqual({ status: 'signed', position: null });
  expect(activity(id)).toMatchObject({ remaining: 1, waitRemaining: 1 });
  // Two more: one seat, one waiting place, exactly as if nothing had happened.
  expect((await stack.ok(signUp, { activityId: id }, people[1])).status).toBe('signed');
  expect((await stack.ok(signUp, { activityId: id }, people[2])).status).toBe('waitlisted');
  expect(signups(id, 'signed')).toHaveLength(2);
  expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 0 });
  expect(Object.keys(activity(id).seatClaims ?? {})).toEqual([]);
});

it('killed after taking the seat: a tap again right away is answered 已报名, not 正在报名', async () => {
  const { id } = await stack.ok(createActivity, input(1, 0), P.streetA);
  expect(await killedSignUp(id, people[3], 'activities')).toBe('FUNCTION_TIMEOUT');
  // The activity now reads as full (its only seat was taken): the person still hears where they stand.
  expect(await stack.ok(signUp, { activityId: id }, people[3])).toEqual({ status: 'signed', position: null });
  expect((await stack.ok(activityDetail, { id }, people[3])).activity.mine).toMatchObject({ status: 'signed' });
});

it('nobody comes back: the timer gives the seat to the claim that took it, and cancels a claim that took none', async () => {
  const { id } = await stack.ok(createActivity, input(3, 0), P.streetA);
  expect(await killedSignUp(id, people[4], 'activities')).toBe('FUNCTION_TIMEOUT');
  // Killed after the claim, before any seat: nothing was taken.
  expect(await killedSignUp(id, people[5], 'activitySignups')).toBe('FUNCTION_TIMEOUT');
  expect(activity(id).remaining).toBe(2);
  expect(signups(id, 'claiming')).toHaveLength(2);
  // Within a minute the claims may still belong to running calls: the timer leaves them alone.
  await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
  expect(signups(id, 'claiming')).toHaveLength(2);
  stack.cloud.clock.advance(2 * 60_000);
  await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
  expect(signups(id, 'claiming')).toHaveLength(0);
  expect(signups(id, 'signed').map((s) => s.veteranId)).toHaveLength(1);
  expect(signups(id, 'cancelled')).toHaveLength(1);
  const a = activity(id);
  // Seats add up: capacity = seats left + people signed.
  expect(a.remaining + signups(id, 'signed').length).toBe(a.capacity);
  expect(Object.keys(a.seatClaims ?? {})).toEqual([]);
  // The one whose claim took no seat can sign up again normally.
  expect((await stack.ok(signUp, { activityId: id }, people[5])).status).toBe('signed');
  expect(activity(id).remaining).toBe(1);
});

describe('a cancel killed before its place was passed on (issue 15: the seat hand-over)', () => {
  let cancellers: string[] = [];
  beforeAll(async () => {
    // Each test has its own activity: the same three people take part in each.
    cancellers = await bind(3, 'cancel');
    expect(cancellers).toHaveLength(3);
  });

  /** Cancels with the invocation killed right after its first write to `collection`. */
  async function killedCancel(activityId: string, openid: string, collection: string): Promise<string> {
    stack.cloud.killAfterWrite(collection, 'activities');
    return outcomeOf(stack.call(cancelSignup, { activityId }, openid));
  }
  /** Seats add up: capacity = seats left + signed; waiting places = cap - waiting. */
  const balanced = (id: string) => {
    const a = activity(id);
    expect(a.remaining + signups(id, 'signed').length).toBe(a.capacity);
    expect(a.waitRemaining + signups(id, 'waitlisted').length).toBe(a.waitlistCap);
    expect(Object.keys(a.seatReleases ?? {})).toEqual([]);
    expect(raw(stack, 'activitySignups', { activityId: id, releasing: { $type: 'string' } })).toEqual([]);
  };

  it('killed right after the cancel: nobody ever comes back, and the timer gives the seat to the first waiting', async () => {
    const { id } = await stack.ok(createActivity, input(1, 2), P.streetA);
    const [a, b, c] = cancellers;
    expect((await stack.ok(signUp, { activityId: id }, a)).status).toBe('signed');
    expect((await stack.ok(signUp, { activityId: id }, b)).status).toBe('waitlisted');
    stack.cloud.clock.advance(1000);
    expect((await stack.ok(signUp, { activityId: id }, c)).status).toBe('waitlisted');
    expect(await killedCancel(id, a, 'activitySignups')).toBe('FUNCTION_TIMEOUT');
    // The seat hangs between: the cancel landed, nobody moved up yet.
    expect(signups(id, 'signed')).toHaveLength(0);
    expect(activity(id).remaining).toBe(0);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    expect(signups(id, 'signed')).toHaveLength(0); // within a minute the call may still be running
    stack.cloud.clock.advance(2 * 60_000);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    const signed = signups(id, 'signed');
    expect(signed).toHaveLength(1);
    expect(signed[0].veteranId).toBe(raw(stack, 'accounts', { _id: b })[0].veteranId);
    balanced(id);
  });

  it('killed after booking the seat back: the timer gives it to the first waiting, once', async () => {
    const { id } = await stack.ok(createActivity, input(1, 1), P.streetA);
    const [d, e] = cancellers;
    expect((await stack.ok(signUp, { activityId: id }, d)).status).toBe('signed');
    expect((await stack.ok(signUp, { activityId: id }, e)).status).toBe('waitlisted');
    // Killed at its first write to the activity: the seat booked back, before the waiting list moved up.
    expect(await killedCancel(id, d, 'activities')).toBe('FUNCTION_TIMEOUT');
    expect(signups(id, 'signed')).toEqual([]);
    expect(activity(id).remaining).toBe(1);
    stack.cloud.clock.advance(2 * 60_000);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    expect(signups(id, 'signed').map((s) => s.veteranId)).toEqual([raw(stack, 'accounts', { _id: e })[0].veteranId]);
    balanced(id);
    expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 1 });
  });

  it('killed after the first waiting moved up: the timer only gives back their waiting place, once', async () => {
    const { id } = await stack.ok(createActivity, input(1, 1), P.streetA);
    const [d, e] = cancellers;
    expect((await stack.ok(signUp, { activityId: id }, d)).status).toBe('signed');
    expect((await stack.ok(signUp, { activityId: id }, e)).status).toBe('waitlisted');
    // The cancel's writes to sign-ups: its own cancel, then e moved up; killed right after that one.
    const promotion = pauseActivities(stack, 'activitySignups', 'write', 1);
    const cancelled = outcomeOf(stack.call(cancelSignup, { activityId: id }, d));
    await promotion.reached;
    stack.cloud.killAfterWrite('activitySignups', 'activities');
    promotion.resume();
    expect(await cancelled).toBe('FUNCTION_TIMEOUT');
    expect(signups(id, 'signed').map((s) => s.veteranId)).toEqual([raw(stack, 'accounts', { _id: e })[0].veteranId]);
    expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 0 });
    stack.cloud.clock.advance(2 * 60_000);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    balanced(id);
    expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 1 });
    expect(Object.keys(activity(id).seatClaims ?? {})).toEqual([]);
  });

  it('a dead cancel completed by the timer while the person, back, had read it: one seat, given once', async () => {
    const { id } = await stack.ok(createActivity, input(1, 1), P.streetA);
    const [d, late] = cancellers;
    expect((await stack.ok(signUp, { activityId: id }, d)).status).toBe('signed');
    expect(await killedCancel(id, d, 'activitySignups')).toBe('FUNCTION_TIMEOUT');
    stack.cloud.clock.advance(2 * 60_000);
    // Someone joins the line (the seat still reads as taken: nothing was booked back).
    expect(await stack.ok(signUp, { activityId: id }, late)).toEqual({ status: 'waitlisted', position: 1 });
    // d signs up again: d's call finds its own dead cancel and is held just before taking it up.
    const held = pauseActivities(stack, 'activitySignups', 'write');
    const again = stack.call(signUp, { activityId: id }, d);
    await held.reached;
    // Meanwhile the timer completes that cancel: the seat goes to the one waiting, and the cancel is forgotten.
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    expect(signups(id, 'signed').map((s) => s.veteranId)).toEqual([raw(stack, 'accounts', { _id: late })[0].veteranId]);
    held.resume();
    const res = await again;
    // d's call, working from what it read before, books nothing again: d takes the waiting place freed.
    expect(res.ok && res.data).toEqual({ status: 'waitlisted', position: 1 });
    expect(signups(id, 'signed')).toHaveLength(1);
    balanced(id);
    expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 0 });
  });

  it.each([
    ['the activity reads full', 1],
    ['seats are left', 2],
  ] as const)(
    'while the timer is completing a dead cancel, the person back is asked to wait, with nothing written (%s)',
    async (_case, capacity) => {
      const { id } = await stack.ok(createActivity, input(capacity, 0), P.streetA);
      const [d, other] = cancellers;
      expect((await stack.ok(signUp, { activityId: id }, d)).status).toBe('signed');
      expect(await killedCancel(id, d, 'activitySignups')).toBe('FUNCTION_TIMEOUT');
      stack.cloud.clock.advance(2 * 60_000);
      const timerBook = pauseActivities(stack, 'activities', 'write');
      const timer = stack.cloud.fireTrigger('activities', 'settleSignupClaims');
      await timerBook.reached;
      const before = raw(stack, 'activitySignups', { activityId: id });
      const res = await stack.call(signUp, { activityId: id }, d);
      expect(res.ok ? res.data : res.error).toMatchObject({
        code: 'CONFLICT',
        message: '您刚才取消的报名还在处理中，请稍候再试',
      });
      expect(raw(stack, 'activitySignups', { activityId: id })).toEqual(before);
      timerBook.resume();
      await timer;
      // Once done, the seat is free again for whoever comes first.
      expect(await stack.ok(signUp, { activityId: id }, other)).toEqual({ status: 'signed', position: null });
      balanced(id);
    },
  );

  it('killed with nobody waiting: the person signs up again at once and gets the seat back, no seat lost', async () => {
    const { id } = await stack.ok(createActivity, input(2, 0), P.streetA);
    const [f, g] = cancellers;
    expect((await stack.ok(signUp, { activityId: id }, f)).status).toBe('signed');
    expect((await stack.ok(signUp, { activityId: id }, g)).status).toBe('signed');
    expect(await killedCancel(id, f, 'activitySignups')).toBe('FUNCTION_TIMEOUT');
    expect(activity(id).remaining).toBe(0);
    // WeChat Cloud reports the timeout once the call's 10 s are up; by then its hold on the cancel has lapsed.
    stack.cloud.clock.advance(10_000);
    // Before any timer: signing up again finishes the dead cancel (the seat back), then takes a seat.
    expect((await stack.ok(signUp, { activityId: id }, f)).status).toBe('signed');
    balanced(id);
    expect(activity(id).remaining).toBe(0);
    // And a later ordinary cancel frees exactly one seat.
    expect(await stack.ok(cancelSignup, { activityId: id }, g)).toEqual({ promoted: false });
    balanced(id);
    expect(activity(id).remaining).toBe(1);
  });
});
