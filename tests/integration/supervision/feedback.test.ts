/** @jest-environment node */
import type { Stack } from '../../support/stack';
import {
  answerFeedback,
  completeRectification,
  feedbackFigures,
  fileFeedback,
  listFeedback,
  myFeedback,
  respondFeedback,
} from '../../../types/supervision/feedback';
import { listSupervisors } from '../../../types/supervision/appointments';
import { identityStrings, leaked, seededStack, WHO } from './world';

jest.setTimeout(120_000);
let stack: Stack;
beforeAll(async () => {
  stack = await seededStack();
});
afterAll(() => stack.close());

const me = WHO.conduct;

it('the seeded agency sees its 8 feedback and how much was rectified on time', async () => {
  const figures = await stack.ok(feedbackFigures, {}, WHO.agency);
  // Seed: 4 rectifications done (3 on time, 1 late), 1 in progress past its deadline, 1 not yet due.
  expect(figures).toMatchObject({ total: 8, rectifications: 6, done: 4, doneOnTime: 3, overdue: 1, onTimeRate: 60 });
  expect(figures.byStatus).toMatchObject({
    received: 1,
    answered: 1,
    rectifying: 2,
    rectified: 1,
    accepted: 3,
    disputed: 0,
  });
});

it('feedback goes from the supervisor to the agency, is rectified, and the supervisor accepts or disputes; the agency never learns who wrote it', async () => {
  const filed = await stack.ok(
    fileFeedback,
    { kind: 'problem', subject: '窗口人员玩手机', description: '上午十点窗口工作人员在玩手机，群众排队无人办理。' },
    me.openid,
  );
  expect(filed.refNo).toMatch(/^ZF20261129-/);
  const agencyAnswers: unknown[] = [];
  const got = async <T>(p: Promise<T>) => (agencyAnswers.push(await p), agencyAnswers[agencyAnswers.length - 1] as T);

  const inbox = await got(stack.ok(listFeedback, {}, WHO.agency));
  expect(inbox.items[0]).toMatchObject({
    id: filed.id,
    statusLabel: '待答复',
    kindLabel: '问题反映',
    bodyName: '区市场监督管理局',
  });
  const answered = await got(
    stack.ok(
      answerFeedback,
      {
        feedbackId: filed.id,
        answer: '情况属实，已批评教育。',
        measure: '窗口人员上岗期间手机统一存放',
        deadline: '2026-12-10',
      },
      WHO.agency,
    ),
  );
  expect(answered).toMatchObject({
    status: 'rectifying',
    rectification: { deadline: '2026-12-10', overdue: false, doneAt: null },
  });
  expect(await stack.call(respondFeedback, { feedbackId: filed.id, verdict: 'accepted' }, me.openid)).toMatchObject({
    ok: false,
    error: { code: 'PRECONDITION_FAILED' },
  });

  stack.cloud.clock.set(new Date('2026-12-09T03:00:00Z'));
  const done = await got(
    stack.ok(completeRectification, { feedbackId: filed.id, evidence: '已设手机存放柜，附照片存档。' }, WHO.agency),
  );
  expect(done).toMatchObject({
    status: 'rectified',
    rectification: { doneOnTime: true, evidence: '已设手机存放柜，附照片存档。' },
  });

  // Only the author answers for the feedback: another supervisor and the agency cannot.
  expect(
    await stack.call(respondFeedback, { feedbackId: filed.id, verdict: 'accepted' }, 'seed-sv-u-amr-02'),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await stack.call(respondFeedback, { feedbackId: filed.id, verdict: 'accepted' }, WHO.agency)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  const disputed = await stack.ok(
    respondFeedback,
    { feedbackId: filed.id, verdict: 'disputed', comment: '存放柜形同虚设' },
    me.openid,
  );
  expect(disputed).toMatchObject({
    status: 'disputed',
    statusLabel: '监督员有异议',
    verdict: { comment: '存放柜形同虚设' },
  });
  // Disputed, the rectification is not done: the seed's 4 done (3 on time) stay as they were, and 按期整改率
  // counts it neither as done nor as done on time.
  const whileDisputed = await got(stack.ok(feedbackFigures, {}, WHO.agency));
  expect(whileDisputed).toMatchObject({ done: 4, doneOnTime: 3 });
  expect(whileDisputed.onTimeRate).toBe(Math.round((3 / (4 + whileDisputed.overdue)) * 100));
  await got(
    stack.ok(
      answerFeedback,
      {
        feedbackId: filed.id,
        answer: '增加巡查，纳入考核。',
        measure: '每日巡查窗口纪律并通报',
        deadline: '2026-12-20',
      },
      WHO.agency,
    ),
  );
  await got(stack.ok(completeRectification, { feedbackId: filed.id, evidence: '巡查记录已存档。' }, WHO.agency));
  expect(await stack.ok(respondFeedback, { feedbackId: filed.id, verdict: 'accepted' }, me.openid)).toMatchObject({
    status: 'accepted',
  });

  await got(stack.ok(feedbackFigures, {}, WHO.agency));
  await got(stack.ok(listFeedback, { status: 'accepted' }, WHO.agency));
  expect(leaked(agencyAnswers, identityStrings(me))).toEqual([]);
  expect((await stack.ok(myFeedback, {}, me.openid)).items[0]).toMatchObject({ id: filed.id, status: 'accepted' });
});

it('the agency lists the conduct supervisors it appointed (it knows them), but the recruitment office cannot', async () => {
  const list = await stack.ok(listSupervisors, { bodyId: 'u-amr' }, WHO.agency);
  expect(list.items).toHaveLength(10);
  expect(await stack.call(listSupervisors, { bodyId: 'u-amr' }, WHO.head)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect(await stack.call(listSupervisors, { bodyId: 'u-recruit' }, WHO.staff)).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
  expect((await stack.ok(listSupervisors, { bodyId: 'u-recruit' }, WHO.head)).items).toHaveLength(37);
});

it('feedback is refused to those who are not the agency’s conduct supervisors, and bad input writes nothing', async () => {
  for (const who of [WHO.integrity.openid, WHO.agency, WHO.veteran]) {
    expect(
      await stack.call(fileFeedback, { kind: 'suggestion', subject: '建议', description: '建议延长服务时间。' }, who),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  }
  const { res, writes } = await stack.metered(
    fileFeedback,
    { kind: 'suggestion', subject: '建议', description: '' },
    me.openid,
  );
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'description' } });
  expect(writes).toBe(0);
  expect(
    await stack.call(
      answerFeedback,
      { feedbackId: 'fb-008', answer: '已收到，正在办理。', measure: '加快办理' },
      WHO.agency,
    ),
  ).toMatchObject({ ok: false, error: { field: 'deadline' } });
  expect(await stack.call(listFeedback, {}, WHO.head)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
