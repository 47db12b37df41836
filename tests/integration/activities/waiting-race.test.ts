/** @jest-environment node */
import { activityDetail, createActivity } from '../../../types/activities/manage';
import { cancelSignup, signUp } from '../../../types/activities/signup';
import { outcomeOf, type Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';
import { patrolInput as input, pauseActivities } from './patrol';
import { bindVeterans } from '../../support/bind-veterans';

/**
 * Issue 15 item 2, "the waiting list moves up in order when someone cancels": a cancel hands its seat to the
 * first on the waiting list, but a person whose sign-up is still on its way is not on the list yet. Before
 * lib/fill.ts, a cancel landing in that moment put the seat back as free while the person ended up waiting:
 * a waiting person with a free seat, which the next newcomer then took ahead of them. The local cloud holds
 * one call at a chosen database call (`pauseBefore`) so the other runs in between, in both orders, and
 * kills calls midway (`killAfterWrite`) to show the timer finishes what a dead call left.
 */
let stack: Stack;

const activity = (id: string) => raw(stack, 'activities', { _id: id })[0];
const signups = (id: string, status: string) => raw(stack, 'activitySignups', { activityId: id, status });
const veteranOf = (openid: string) => raw(stack, 'accounts', { _id: openid })[0].veteranId as string;
const statusOf = (id: string, openid: string) =>
  raw(stack, 'activitySignups', { activityId: id, veteranId: veteranOf(openid) })[0]?.status;

/** Seats add up (capacity = free + signed; waiting places = free + waiting), and no fill is left open. */
function balanced(id: string) {
  const a = activity(id);
  expect(a.remaining + signups(id, 'signed').length).toBe(a.capacity);
  expect(a.waitRemaining + signups(id, 'waitlisted').length).toBe(a.waitlistCap);
  expect(Object.keys(a.seatClaims ?? {}).filter((t) => t.startsWith('f'))).toEqual([]);
  expect(Object.keys(a.seatReleases ?? {})).toEqual([]);
}

/** A sign-up held before it records its waiting place (its second write to activitySignups; the claim is the first). */
function signUpHeldBeforeRecord(id: string, openid: string) {
  const paused = pauseActivities(stack, 'activitySignups', 'write', 1);
  const answer = stack.call(signUp, { activityId: id }, openid);
  return { paused, answer };
}

/**
 * The race: x holds the only seat of a new activity (2 waiting places); a's sign-up takes a waiting place and
 * is held before it records it; x cancels meanwhile and finds nobody waiting, so the seat goes back as free.
 */
async function cancelWhileOnTheWay() {
  const { id } = await stack.ok(createActivity, input(1, 2), P.streetA);
  const [x, a, newcomer] = people;
  expect((await stack.ok(signUp, { activityId: id }, x)).status).toBe('signed');
  const { paused, answer } = signUpHeldBeforeRecord(id, a);
  await paused.reached;
  expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 1 });
  expect(await stack.ok(cancelSignup, { activityId: id }, x)).toEqual({ promoted: false });
  expect(activity(id).remaining).toBe(1);
  return { id, a, newcomer, paused, answer };
}

/** Three people of 南屏镇; each test has its own activity. */
let people: string[] = [];
beforeAll(async () => {
  stack = await careStack();
  people = await bindVeterans(stack.cloud, { 'orgPath.1': 's-10' }, 3, 'race', NOW);
  expect(people).toHaveLength(3);
}, 120_000);
afterAll(() => stack.close());

it('a cancel lands while a sign-up is on its way: the person on the way gets the freed seat, not a waiting place', async () => {
  const { id, a, newcomer, paused, answer } = await cancelWhileOnTheWay();
  paused.resume();
  const res = await answer;
  expect(res.ok && res.data).toEqual({ status: 'signed', position: null });
  expect(statusOf(id, a)).toBe('signed');
  balanced(id);
  expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 2 });
  // The seat is not free for a newcomer to take ahead of a: the newcomer waits.
  expect(await stack.ok(signUp, { activityId: id }, newcomer)).toEqual({ status: 'waitlisted', position: 1 });
  expect((await stack.ok(activityDetail, { id }, a)).activity.mine).toMatchObject({ status: 'signed' });
});

it('a sign-up lands while a cancel is on its way: the cancel finds the person who joined the line and moves them up', async () => {
  const { id } = await stack.ok(createActivity, input(1, 2), P.streetA);
  const [x, a] = people;
  expect((await stack.ok(signUp, { activityId: id }, x)).status).toBe('signed');
  const held = signUpHeldBeforeRecord(id, a);
  await held.paused.reached;
  // x's cancel looks for someone waiting (nobody yet) and is held before it books the seat back.
  const book = pauseActivities(stack, 'activities', 'write');
  const cancelled = stack.call(cancelSignup, { activityId: id }, x);
  await book.reached;
  // a records its waiting place and sees no free seat (it is not booked back yet): a hears it waits.
  held.paused.resume();
  const res = await held.answer;
  expect(res.ok && res.data).toEqual({ status: 'waitlisted', position: 1 });
  book.resume();
  const c = await cancelled;
  expect(c.ok && c.data).toEqual({ promoted: true });
  expect(statusOf(id, a)).toBe('signed');
  balanced(id);
  expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 2 });
});

it('the first in line gets the freed seat even when someone behind them is the one on the way', async () => {
  const { id } = await stack.ok(createActivity, input(1, 3), P.streetA);
  const [x, first, late] = people;
  expect((await stack.ok(signUp, { activityId: id }, x)).status).toBe('signed');
  expect(await stack.ok(signUp, { activityId: id }, first)).toEqual({ status: 'waitlisted', position: 1 });
  stack.cloud.clock.advance(1000);
  const { paused, answer } = signUpHeldBeforeRecord(id, late);
  await paused.reached;
  expect(await stack.ok(cancelSignup, { activityId: id }, x)).toEqual({ promoted: true });
  paused.resume();
  const res = await answer;
  // The cancel moved the first in line up; late waits, first in line now.
  expect(res.ok && res.data).toEqual({ status: 'waitlisted', position: 1 });
  expect(statusOf(id, first)).toBe('signed');
  balanced(id);
});

it('a newcomer who signs up while a cancel passes its seat on joins the line: the seat goes to the first waiting', async () => {
  const { id } = await stack.ok(createActivity, input(1, 2), P.streetA);
  const [x, first, newcomer] = people;
  expect((await stack.ok(signUp, { activityId: id }, x)).status).toBe('signed');
  expect(await stack.ok(signUp, { activityId: id }, first)).toEqual({ status: 'waitlisted', position: 1 });
  stack.cloud.clock.advance(1000);
  // x's cancel has booked the seat back and is held before it looks for someone waiting (its first read of
  // the sign-ups: its own came with the caller, in the read of the account).
  const look = pauseActivities(stack, 'activitySignups', 'read');
  const cancelled = stack.call(cancelSignup, { activityId: id }, x);
  await look.reached;
  try {
    expect(activity(id)).toMatchObject({ remaining: 1, waitRemaining: 1 });
    // The newcomer's page offers no seat: it is on its way to first. The waiting list is what is left.
    const seen = (await stack.ok(activityDetail, { id }, newcomer)).activity;
    expect(seen).toMatchObject({ capacity: 1, signedUp: 1, waitlistCap: 2, waitlisted: 1 });
    // The seat reads free, but first is waiting for it: the newcomer queues behind them, first moves up.
    expect(await stack.ok(signUp, { activityId: id }, newcomer)).toEqual({ status: 'waitlisted', position: 1 });
    expect(statusOf(id, first)).toBe('signed');
  } finally {
    look.resume();
  }
  const c = await cancelled;
  expect(c.ok).toBe(true);
  expect(statusOf(id, newcomer)).toBe('waitlisted');
  balanced(id);
  expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 1 });
});

describe('a call killed midway: the timer moves the waiting list up', () => {
  it('the person on the way was killed before they looked for a free seat', async () => {
    const { id, a, paused, answer } = await cancelWhileOnTheWay();
    stack.cloud.killAfterWrite('activitySignups', 'activities');
    paused.resume();
    expect(await outcomeOf(answer)).toBe('FUNCTION_TIMEOUT');
    // What the race used to leave for good: a waiting, a seat free.
    expect(statusOf(id, a)).toBe('waitlisted');
    expect(activity(id).remaining).toBe(1);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    expect(statusOf(id, a)).toBe('waitlisted'); // within a minute a call may still be on it
    stack.cloud.clock.advance(2 * 60_000);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    expect(statusOf(id, a)).toBe('signed');
    balanced(id);
    expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 2 });
    expect(activity(id).seatsFreedAt).toBeUndefined();
  });

  it.each([
    ['after taking the free seat (nobody moved up yet)', 'activities'],
    ['after moving the first waiting up (their waiting place not yet back)', 'activitySignups'],
  ] as const)('a fill killed %s: the seat ends with the first waiting, once', async (_when, collection) => {
    const { id, a, paused, answer } = await cancelWhileOnTheWay();
    // a's writes to the activity from here: the forget while full (refused: a seat is free), the forget,
    // then the fill's take of the free seat, held.
    const fill = pauseActivities(stack, 'activities', 'write', 2);
    paused.resume();
    await fill.reached;
    stack.cloud.killAfterWrite(collection, 'activities');
    fill.resume();
    expect(await outcomeOf(answer)).toBe('FUNCTION_TIMEOUT');
    expect(Object.keys(activity(id).seatClaims ?? {}).filter((t) => t.startsWith('f'))).toHaveLength(1);
    stack.cloud.clock.advance(2 * 60_000);
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    await stack.cloud.fireTrigger('activities', 'settleSignupClaims');
    expect(statusOf(id, a)).toBe('signed');
    balanced(id);
    expect(activity(id)).toMatchObject({ remaining: 0, waitRemaining: 2 });
  });
});
