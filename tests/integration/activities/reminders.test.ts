/** @jest-environment node */
import { cancelSignup, signUp } from '../../../types/activities/signup';
import { createActivity } from '../../../types/activities/manage';
import type { Stack } from '../../support/stack';
import { careStack, NOW, P, raw } from '../care/care-stack';

const HOUR = 3_600_000;
const START = new Date(NOW.getTime() + 48 * HOUR);
let stack: Stack;

const input = (over: Partial<Record<string, unknown>> = {}) => ({
  kind: 'volunteer' as const,
  title: '永济社区党员义工巡查',
  organiserOrgId: 'd-xz',
  audienceOrgId: 'd-xz',
  place: '永济社区党群服务中心',
  startAt: START.toISOString(),
  endAt: new Date(START.getTime() + 2 * HOUR).toISOString(),
  signupDeadline: new Date(START.getTime() - HOUR).toISOString(),
  capacity: 1,
  waitlistCap: 1,
  ...over,
});

/** Who got the reminder of this activity (its page opens it), in the local WeChat's outbox. */
const remindedOf = (id: string) =>
  stack.cloud
    .outbox({ templateId: 'local-tmpl-activity' })
    .filter((m) => m.page?.endsWith(`id=${id}`))
    .map((m) => m.touser);

beforeAll(async () => {
  stack = await careStack();
}, 120_000);
afterAll(() => stack.close());

describe('reminders before an activity', () => {
  it('the signed-up who allowed it on the sign-up tap get one subscribe message the day before; not the waiting or the cancelled, never twice', async () => {
    const { id } = await stack.ok(createActivity, input(), P.district);
    // Both allow the reminder (the prompt on the sign-up tap). veteranB takes the one seat and cancels, veteranA
    // takes it, veteranB comes back and only waits: the reminder is for veteranA alone.
    await stack.subscribe(P.veteranA, { activityReminder: 'accept' });
    await stack.subscribe(P.veteranB, { activityReminder: 'accept' });
    await stack.ok(signUp, { activityId: id }, P.veteranB);
    await stack.ok(cancelSignup, { activityId: id }, P.veteranB);
    expect(await stack.ok(signUp, { activityId: id }, P.veteranA)).toEqual({ status: 'signed', position: null });
    expect((await stack.ok(signUp, { activityId: id }, P.veteranB)).status).toBe('waitlisted');

    await stack.cloud.fireTrigger('activities', 'remindActivities');
    expect(remindedOf(id)).toEqual([]); // two days ahead: not yet

    stack.cloud.clock.set(new Date(START.getTime() - 20 * HOUR));
    await stack.cloud.fireTrigger('activities', 'remindActivities');
    expect(remindedOf(id)).toEqual([P.veteranA]);
    const message = JSON.stringify(stack.cloud.outbox({ touser: P.veteranA, templateId: 'local-tmpl-activity' }));
    expect(message).toContain('永济社区党员义工巡查');
    expect(message).toContain('永济社区党群服务中心');

    await stack.cloud.fireTrigger('activities', 'remindActivities');
    expect(remindedOf(id)).toEqual([P.veteranA]);
    expect(raw(stack, 'activities', { _id: id })[0].remindedAt).not.toBeNull();
  });
});
