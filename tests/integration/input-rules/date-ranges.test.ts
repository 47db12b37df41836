/** @jest-environment node */
import { createCampaign } from '../../../types/care/coverage';
import { logVisit } from '../../../types/care/visits';
import type { Contract, InputOf } from '../../../types/common/contract';
import { appointSupervisor } from '../../../types/supervision/appointments';
import { answerFeedback } from '../../../types/supervision/feedback';
import { saveStage } from '../../../types/supervision/recruitment';
import type { Stack } from '../../support/stack';
import { seededStack, who } from '../requests/support';

/**
 * Issue 13 item 4, through the real SDK: a date field takes only plausible days. 1900 and 2999 (both
 * accepted before) are refused on the field in Chinese, and nothing is written.
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

const MESSAGE = '请填写2000年至2099年之间的日期';

type Case = [string, Contract, (day: string) => object, string, string];
const cases: Case[] = [
  [
    'a recruitment stage',
    saveStage,
    (day) => ({ year: 2026, kind: 'physical', startsOn: day, endsOn: '2026-03-31' }),
    'startsOn',
    'demo-recruitment-staff',
  ],
  [
    'a visit campaign',
    createCampaign,
    (day) => ({ name: '春节大走访', orgId: 'c-10-01', startDate: '2026-01-01', endDate: day, target: 'all' }),
    'endDate',
    who.district,
  ],
  [
    "a supervisor's term",
    appointSupervisor,
    (day) => ({
      type: 'integrity',
      bodyId: 'u-recruit',
      name: '测试监督员',
      certificateNo: 'AZ-RANGE-1',
      termStart: '2026-01-01',
      termEnd: day,
      agreementSigned: true,
    }),
    'termEnd',
    'demo-recruitment-head',
  ],
  [
    'a visit',
    logVisit,
    (day) => ({ veteranId, date: day, kind: 'routine', visitors: ['黄丽娟'], findings: '身体健康' }),
    'date',
    who.gridMemberA,
  ],
  [
    'a rectification deadline',
    answerFeedback,
    (day) => ({ feedbackId: 'fb-none', answer: '已收到，正在整改。', measure: '限期办结', deadline: day }),
    'deadline',
    who.agency,
  ],
];

describe.each(['1900-06-01', '2999-06-01'])('%s', (day) => {
  it.each(cases)(
    '%s is refused on the field and nothing is written',
    async (_label, contract, input, field, caller) => {
      const { res, writes } = await stack.metered(contract, input(day) as InputOf<typeof contract>, caller);
      expect(res).toEqual({ ok: false, error: { code: 'INVALID_INPUT', field, message: MESSAGE } });
      expect(writes).toBe(0);
    },
  );
});
