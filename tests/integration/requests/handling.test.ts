/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { submitRequest } from '../../../types/requests/submit';
import { rateRequest, reopenRequest, requestDetail, addInformation } from '../../../types/requests/follow';
import { handleRequest } from '../../../types/requests/handle';
import { requestInbox } from '../../../types/requests/inbox';
import { removeStaff } from '../../../types/account/staff';
import { seededStack, stored, token, who } from './support';

jest.setTimeout(90_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const submit = (category: '政策咨询' | '生活困难' = '政策咨询', urgency: 'normal' | 'urgent' = 'normal') =>
  stack.ok(
    submitRequest,
    {
      clientToken: token(),
      category,
      urgency,
      description: '想了解退役军人优待证怎么办理？',
      contact: { method: 'wechat' },
    },
    who.veteranA,
  );
const step = async (openid: string, id: string, input: Record<string, unknown>) => {
  const { version } = stored(stack, id);
  return stack.call(handleRequest, { id, version, ...input } as never, openid);
};

describe('handled by level, followed to the end', () => {
  it('grid accepts and escalates, the station answers, 不满意 reopens it there, a second 不满意 sends it to the street', async () => {
    await stack.subscribe(who.veteranA, { requestProgress: 'accept' });
    await stack.subscribe(who.veteranA, { requestProgress: 'accept' });
    const { id, refNo } = await submit();
    expect(stored(stack, id).level).toBe('grid');

    expect((await step(who.gridMemberA, id, { step: 'accept' })).ok).toBe(true);
    const sent = stack.cloud.outbox({ touser: who.veteranA });
    expect(sent).toHaveLength(1);
    expect(sent[0].data).toMatchObject({ character_string1: { value: refNo }, phrase2: { value: '已受理' } });
    expect(sent[0].page).toBe(`features/requests/pages/detail?id=${id}`);

    expect(await step(who.stationA, id, { step: 'answer', text: '还没轮到服务站' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await step(who.gridMemberA, id, { step: 'escalate', text: '需服务站协调办理' })).ok).toBe(true);
    expect(await step(who.gridMemberA, id, { step: 'answer', text: '网格已不再办理' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await step(who.stationA, id, { step: 'note', text: '内部：需核对优待证名单' });
    expect((await step(who.stationA, id, { step: 'answer', text: '请携带身份证和退役证到服务站办理。' })).ok).toBe(
      true,
    );

    const seen = await stack.ok(requestDetail, { id }, who.veteranA);
    expect(seen).toMatchObject({
      status: 'answered',
      statusLabel: '已答复',
      answer: '请携带身份证和退役证到服务站办理。',
      viewer: 'submitter',
    });
    expect(seen.steps.sort()).toEqual(['addInfo', 'rate', 'reopen']);
    expect(seen.timeline.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'escalated', 'answered']);
    const staffSees = await stack.ok(requestDetail, { id }, who.stationA);
    expect(staffSees.timeline.some((e) => e.internal && e.text.includes('优待证名单'))).toBe(true);
    expect(staffSees.steps).toContain('close');

    const first = await stack.ok(
      rateRequest,
      { id, version: seen.version, rating: 'unsatisfied', comment: '材料清单不完整' },
      who.veteranA,
    );
    expect(first).toMatchObject({ status: 'in_progress', reopened: true, escalated: false });
    expect(stored(stack, id).level).toBe('community');
    await step(who.stationA, id, { step: 'answer', text: '补充：还需一张一寸照片。' });
    const again = stored(stack, id);
    const second = await stack.ok(
      rateRequest,
      { id, version: again.version, rating: 'unsatisfied', comment: '还是说不清楚' },
      who.veteranA,
    );
    expect(second).toMatchObject({ status: 'in_progress', escalated: true });
    expect([stored(stack, id).level, stored(stack, id).handlerOrgId]).toEqual(['street', 's-10']);
    expect((await stack.ok(requestInbox, {}, who.streetA)).items.map((i) => i.id)).toContain(id);
  });

  it('refused steps and outsiders write nothing', async () => {
    const { id } = await submit();
    const doc = stored(stack, id);
    const answerFirst = await stack.metered(
      handleRequest,
      { id, version: doc.version, step: 'close', text: '' },
      who.gridMemberA,
    );
    expect(answerFirst.res).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION_FAILED', message: '诉求当前为「已提交」，不能办结' },
    });
    const outsider = await stack.metered(
      handleRequest,
      { id, version: doc.version, step: 'accept', text: '' },
      'demo-grid-member-g-01-01-1',
    );
    expect(outsider.res.ok ? 'ok' : outsider.res.error.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const rateEarly = await stack.metered(
      rateRequest,
      { id, version: doc.version, rating: 'satisfied', comment: '' },
      who.veteranA,
    );
    expect(rateEarly.res).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
    const notMine = await stack.metered(
      addInformation,
      { id, version: doc.version, text: '补充一些情况说明', photos: [] },
      who.veteranB,
    );
    expect(notMine.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const peek = await stack.metered(requestDetail, { id }, who.veteranB);
    expect(peek.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(answerFirst.writes + outsider.writes + rateEarly.writes + notMine.writes).toBe(0);
    expect(stored(stack, id).version).toBe(doc.version);
  });
});

describe('two staff acting at once', () => {
  it('one succeeds, the other gets CONFLICT, and no timeline event is lost', async () => {
    for (let round = 0; round < 5; round++) {
      const { id } = await submit();
      const { version } = stored(stack, id);
      const [a, b] = await Promise.all([
        stack.call(handleRequest, { id, version, step: 'accept', text: '网格长受理' }, who.gridLeaderA),
        stack.call(handleRequest, { id, version, step: 'return', text: '不属于本网格事项' }, who.gridMemberA),
      ]);
      const outcomes = [a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort();
      expect(outcomes).toEqual(['CONFLICT', 'ok']);
      const loser = [a, b].find((r) => !r.ok);
      expect(loser).toMatchObject({ error: { message: '内容已被他人修改，请刷新后重试' } });
      const doc = stored(stack, id);
      expect(doc.version).toBe(version + 1);
      expect(doc.timeline.map((e) => e.kind)).toEqual(['submitted', a.ok ? 'accepted' : 'returned']);
      // The loser reloads and acts on what is there now.
      const retry = await step(a.ok ? who.gridMemberA : who.gridLeaderA, id, { step: 'note', text: '已刷新，知悉' });
      expect(retry.ok).toBe(true);
      expect(stored(stack, id).timeline).toHaveLength(3);
    }
  });
});

describe('time limits on working days, overdue marked by the timer', () => {
  it('a request filed on Friday afternoon must be accepted by the end of Monday; the timer marks it overdue on Tuesday', async () => {
    stack.cloud.clock.set('2026-12-04T07:00:00Z'); // Friday 15:00 Beijing
    const { id } = await submit();
    expect(stored(stack, id).acceptDueAt?.toISOString()).toBe('2026-12-07T16:00:00.000Z'); // end of Monday, Beijing
    stack.cloud.clock.set('2026-12-07T15:50:00Z'); // Monday 23:50
    await stack.cloud.fireTrigger('requests', 'markOverdue');
    expect(stored(stack, id).overdue).toBe(0);
    stack.cloud.clock.set('2026-12-07T16:10:00Z'); // Tuesday 00:10
    const run = await stack.cloud.fireTrigger('requests', 'markOverdue');
    expect(run.result).toMatchObject({ ok: true });
    const doc = stored(stack, id);
    expect(doc.overdue).toBe(1);
    expect(doc.timeline.at(-1)).toMatchObject({ kind: 'overdue', internal: true });
    const inbox = await stack.ok(requestInbox, { overdue: true }, who.gridMemberA);
    expect(inbox.items.find((i) => i.id === id)).toMatchObject({ overdue: true });
    expect(
      await stack.cloud.invoke(
        'requests',
        { Type: 'Timer', TriggerName: 'markOverdue', userInfo: {} },
        { OPENID: who.veteranA },
      ),
    ).toMatchObject({ result: { ok: false, error: { code: 'FORBIDDEN' } } });
  });

  it('urgent requests top the inbox and are due the same working day', async () => {
    stack.cloud.clock.set('2026-12-08T02:00:00Z');
    const { id } = await submit('生活困难', 'urgent');
    expect(stored(stack, id).acceptDueAt?.toISOString()).toBe('2026-12-08T16:00:00.000Z');
    const inbox = await stack.ok(requestInbox, {}, who.gridMemberA);
    expect(inbox.items[0]).toMatchObject({ urgency: 'urgent' });
    const firstNormal = inbox.items.findIndex((i) => i.urgency === 'normal');
    expect(inbox.items.slice(firstNormal).every((i) => i.urgency === 'normal')).toBe(true);
  });

  it('an answer nobody rates closes after 30 days; reopening is allowed until then', async () => {
    stack.cloud.clock.set('2026-12-09T02:00:00Z');
    const { id } = await submit();
    await step(who.gridMemberA, id, { step: 'accept' });
    await step(who.gridMemberA, id, { step: 'answer', text: '已电话答复' });
    stack.cloud.clock.set('2027-01-07T02:00:00Z'); // 29 days later
    const reopened = await stack.call(
      reopenRequest,
      { id, version: stored(stack, id).version, reason: '问题还在' },
      who.veteranA,
    );
    expect(reopened).toMatchObject({ ok: true, data: { status: 'in_progress' } });
    await step(who.gridMemberA, id, { step: 'answer', text: '再次答复' });
    stack.cloud.clock.set('2027-02-07T02:00:00Z');
    await stack.cloud.fireTrigger('requests', 'markOverdue');
    expect(stored(stack, id)).toMatchObject({ status: 'closed', outcome: 'closed_unrated', active: 0 });
    const late = await stack.call(
      reopenRequest,
      { id, version: stored(stack, id).version, reason: '问题还在' },
      who.veteranA,
    );
    expect(late).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
  });
});

describe('open work follows a staff member who leaves', () => {
  it('requests assigned to a removed grid member go to the successor', async () => {
    const { id } = await submit();
    await step(who.gridLeaderA, id, { step: 'assign', assigneeId: 'st-g-10-01-3-2' });
    expect(stored(stack, id).assigneeId).toBe('st-g-10-01-3-2');
    await stack.ok(removeStaff, { staffId: 'st-g-10-01-3-2', successorId: 'st-g-10-01-3-1' }, who.streetA);
    expect(stored(stack, id).assigneeId).toBe('st-g-10-01-3-1');
  });
});

describe('existence never leaks (issue 13, item 4)', () => {
  it('a stranger gets the same answer for a real request (any version) as for a missing one, and nothing is written', async () => {
    const { id } = await submit();
    const { version } = stored(stack, id);
    const stranger = who.veteranB;
    const answers = [];
    for (const input of [
      { id, version, step: 'accept', text: '' },
      { id, version: version + 7, step: 'accept', text: '' },
      { id: 'no-such-request', version: 1, step: 'accept', text: '' },
    ]) {
      const { res, writes } = await stack.metered(handleRequest, input as never, stranger);
      expect(writes).toBe(0);
      answers.push(res);
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const detail = await stack.call(requestDetail, { id }, stranger);
    expect(await stack.call(requestDetail, { id: 'no-such-request' }, stranger)).toEqual(detail);
    const info = { version, text: '补充一些情况说明', photos: [] };
    expect(await stack.call(addInformation, { id: 'no-such-request', ...info }, stranger)).toEqual(
      await stack.call(addInformation, { id, ...info }, stranger),
    );
  });
});
