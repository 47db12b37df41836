/** @jest-environment node */
import { createCampaign } from '../../../types/care/coverage';
import { logVisit } from '../../../types/care/visits';
import type { Contract, InputOf } from '../../../types/common/contract';
import { verifyFile } from '../../../types/ledger/edits';
import { createActivity } from '../../../types/activities/manage';
import { appointSupervisor } from '../../../types/supervision/appointments';
import { answerFeedback } from '../../../types/supervision/feedback';
import { saveStage } from '../../../types/supervision/recruitment';
import { fileReport } from '../../../types/supervision/reports';
import type { Stack } from '../../support/stack';
import { seededStack, who } from '../requests/support';

/**
 * Issue 13 item 4, through the real SDK: dates tied to today, judged by the server's clock at the moment of
 * the call (here the local cloud's clock: Monday 2026-11-30, 10:00 in Shanghai). A visit or a report is
 * something that happened (not later than today, not years ago); a campaign, a recruitment stage, a term or a
 * rectification deadline is planned within a few years; a birth date lies between 1920-01-01 and today.
 * The windows are the product's, written here, not read from the schemas. Refusals are INVALID_INPUT on the
 * field, in Chinese, and write nothing.
 */
jest.setTimeout(60_000);
let stack: Stack;
let veteranId: string;
beforeAll(async () => {
  stack = await seededStack();
  veteranId = (
    stack.cloud.db.browse('veterans', JSON.stringify({ openid: who.veteranA }), 0, 1).docs[0] as { _id: string }
  )._id;
});
afterAll(() => stack.close());

const visit = (date: string) => ({ veteranId, date, kind: 'routine', visitors: ['黄丽娟'], findings: '身体健康' });
const report = (observedAt: string) => ({
  stageId: 'stg-u-recruit-2026-approval',
  place: '区征兵办定兵会',
  type: 'micro_corruption',
  description: '定兵会前有人宴请工作人员。',
  observedAt,
});

/** Inputs are built when the test runs (the veteran's id is known only then). */
type Case = [string, Contract, () => object, string, string, string];
const refused: Case[] = [
  [
    'a visit tomorrow',
    logVisit,
    () => visit('2026-12-01'),
    'date',
    '走访日期应在一年内，且不能晚于今天',
    who.gridMemberA,
  ],
  [
    'a visit two years ago',
    logVisit,
    () => visit('2024-11-29'),
    'date',
    '走访日期应在一年内，且不能晚于今天',
    who.gridMemberA,
  ],
  [
    'a campaign ending in 2029',
    createCampaign,
    () => ({ name: '春节大走访', orgId: 'c-10-01', startDate: '2027-01-01', endDate: '2029-01-01', target: 'all' }),
    'endDate',
    '活动日期应在一年前至两年后之间',
    who.district,
  ],
  [
    'a recruitment stage in 2024',
    saveStage,
    () => ({ year: 2024, kind: 'physical', startsOn: '2024-03-01', endsOn: '2024-03-31' }),
    'startsOn',
    '阶段日期应在一年前至两年后之间',
    'demo-recruitment-staff',
  ],
  [
    'a term that ended yesterday',
    appointSupervisor,
    () => ({
      type: 'integrity',
      bodyId: 'u-recruit',
      name: '测试监督员',
      certificateNo: 'AZ-TODAY-1',
      termStart: '2025-01-01',
      termEnd: '2026-11-29',
      agreementSigned: true,
    }),
    'termEnd',
    '任期结束日期应在今天至十年后之间',
    'demo-recruitment-head',
  ],
  [
    'a rectification deadline yesterday',
    answerFeedback,
    () => ({ feedbackId: 'fb-none', answer: '已收到，正在整改。', measure: '限期办结', deadline: '2026-11-29' }),
    'deadline',
    '整改期限应在今天至一年后之间',
    who.agency,
  ],
  [
    'a report seen tomorrow',
    fileReport,
    () => report('2026-12-01T09:00:00+08:00'),
    'observedAt',
    '发现时间应在一年之内，且不能晚于现在',
    'demo-integrity-supervisor',
  ],
  [
    'a report seen two years ago',
    fileReport,
    () => report('2024-11-20T09:00:00+08:00'),
    'observedAt',
    '发现时间应在一年之内，且不能晚于现在',
    'demo-integrity-supervisor',
  ],
];

describe('dates tied to today', () => {
  it.each(refused)(
    '%s is refused on the field and nothing is written',
    async (_l, contract, input, field, message, caller) => {
      const { res, writes } = await stack.metered(contract, input() as InputOf<typeof contract>, caller);
      expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field, message } });
      expect(writes).toBe(0);
    },
  );

  it('a report seen this morning and a visit today are taken', async () => {
    expect(
      await stack.call(fileReport, report('2026-11-30T08:30:00+08:00') as never, 'demo-integrity-supervisor'),
    ).toMatchObject({ ok: true });
    expect(await stack.call(logVisit, visit('2026-11-30') as never, who.gridMemberA)).toMatchObject({ ok: true });
  });

  it('"today" moves with the clock inside one running function: tomorrow\'s visit is taken once tomorrow comes', async () => {
    const early = await stack.metered(logVisit, visit('2026-12-01') as never, who.gridMemberA);
    expect(early.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'date' } });
    stack.cloud.clock.set('2026-11-30T16:00:01Z'); // 00:00:01 on 1 December in Shanghai
    expect(await stack.call(logVisit, visit('2026-12-01') as never, who.gridMemberA)).toMatchObject({ ok: true });
    stack.cloud.clock.set('2026-11-30T02:00:00Z');
  });
});

describe('birth dates from 1920-01-01 to today', () => {
  it.each([
    ['1919-12-31', '出生日期不能早于1920年1月1日'],
    ['2026-12-01', '出生日期不能晚于今天'],
  ])('%s is refused when a file is verified with it, and the file is unchanged', async (birthDate, message) => {
    const { res, writes } = await stack.metered(
      verifyFile,
      { veteranId, changes: { birthDate }, note: '', onBehalf: false },
      who.gridMemberA,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message } });
    expect(writes).toBe(0);
  });

  it('1920-01-01 itself is taken', async () => {
    expect(
      await stack.call(
        verifyFile,
        { veteranId, changes: { birthDate: '1920-01-01' }, note: '', onBehalf: false },
        who.gridMemberA,
      ),
    ).toMatchObject({ ok: true });
  });
});

describe("an activity's times (issue 13 item 4: timestamps bounded, end after start)", () => {
  const activity = (startAt: string, endAt: string, signupDeadline: string) => ({
    kind: 'volunteer' as const,
    title: '党员义工巡查队 周末巡查',
    description: '无物业小区夜间巡查',
    organiserOrgId: 's-10',
    audienceOrgId: 's-10',
    place: '永济社区党群服务中心门口',
    startAt,
    endAt,
    signupDeadline,
    capacity: 10,
    waitlistCap: 0,
  });
  it.each([
    [
      'starting last week',
      activity('2026-11-23T09:00:00+08:00', '2026-11-23T12:00:00+08:00', '2026-11-22T09:00:00+08:00'),
      'startAt',
    ],
    [
      'starting in 2028',
      activity('2028-01-05T09:00:00+08:00', '2028-01-05T12:00:00+08:00', '2028-01-04T09:00:00+08:00'),
      'startAt',
    ],
    [
      'ending before it starts',
      activity('2026-12-05T09:00:00+08:00', '2026-12-05T08:00:00+08:00', '2026-12-04T09:00:00+08:00'),
      'endAt',
    ],
    [
      'with sign-up closing after the start',
      activity('2026-12-05T09:00:00+08:00', '2026-12-05T12:00:00+08:00', '2026-12-05T10:00:00+08:00'),
      'signupDeadline',
    ],
  ])('an activity %s is refused on the field in Chinese and nothing is written', async (_l, input, field) => {
    const { res, writes } = await stack.metered(createActivity, input, who.streetA);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field, message: expect.stringMatching(/[\u4e00-\u9fff]/) },
    });
    expect(writes).toBe(0);
  });

  it('next Saturday morning, sign-up closing the evening before, is taken', async () => {
    const input = activity('2026-12-05T09:00:00+08:00', '2026-12-05T12:00:00+08:00', '2026-12-04T20:00:00+08:00');
    expect(await stack.call(createActivity, input, who.streetA)).toMatchObject({ ok: true });
  });
});
