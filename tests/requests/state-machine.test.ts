/** @jest-environment node */
import { AppError } from '../../types/common/errors';
import { REQUEST_STATUSES, type RequestDoc, type RequestStatus } from '../../types/requests/model';
import { STEP_NAMES, stepsFor, type StepName } from '../../types/requests/state-machine';
import { handlerChange, type HandlerInput } from '../../types/requests/handler-steps';
import { addInfoChange, rateChange, reopenChange } from '../../types/requests/submitter-steps';
import { simulateRequest } from '../../seed/request-simulator';

const T0 = new Date('2026-11-30T02:00:00Z'); // a Monday, 10:00 in Beijing
const veteran = { _id: 'v1', name: '张建国', openid: 'wx-v1', orgPath: ['d', 's', 'c', 'g'], gridId: 'g' };
const actor = { staffId: 'st-1', name: '黄丽娟' };

/** A request at the community level in `status`, built by real steps where possible. */
function requestIn(status: RequestStatus): RequestDoc {
  const base = simulateRequest(
    {
      id: 'r1',
      refNo: 'SQ-20261130-0001',
      veteran,
      category: '优抚待遇',
      urgency: 'normal',
      description: '抚恤金没有到账',
      createdAt: T0,
      steps: [],
    },
    () => undefined,
  );
  const answered = { ...base, status, answeredAt: status === 'answered' || status === 'closed' ? T0 : null };
  return answered;
}

function take(step: StepName, doc: RequestDoc) {
  if (step === 'addInfo') return addInfoChange(doc, '补充说明情况', [], T0);
  if (step === 'rate') return rateChange(doc, 'satisfied', '', T0);
  if (step === 'reopen') return reopenChange(doc, '问题还没解决', T0);
  const input = {
    id: doc._id,
    version: doc.version,
    step,
    text: '说明文字',
    assigneeId: 'st-2',
  } as unknown as HandlerInput;
  return handlerChange(doc, input, actor, T0, '李四');
}

/**
 * What each step does from each status, written out by hand from the product's journey (received -> accepted ->
 * being handled -> answered -> closed; the person who asked adds information, rates, reopens), independently of
 * the STEPS table the code uses. `-` refused; `=` stays; otherwise the status it leads to.
 * Columns: submitted, accepted, in_progress, answered, closed, returned.
 */
const EXPECTED = `
accept      accepted  -            -            -         -            -
start       -         in_progress  -            -         -            -
assign      =         =            =            -         -            -
escalate    -         in_progress  in_progress  -         -            -
handBack    -         in_progress  in_progress  -         -            -
progress    -         =            =            -         -            -
answer      -         answered     answered     -         -            -
close       -         -            -            closed    -            -
return      returned  returned     returned     -         -            -
note        =         =            =            =         =            =
markLegacy  =         =            =            -         -            -
addInfo     =         =            =            =         -            -
rate        -         -            -            closed    -            -
reopen      -         -            -            in_progress in_progress -
`;
const COLUMNS: RequestStatus[] = ['submitted', 'accepted', 'in_progress', 'answered', 'closed', 'returned'];
const cases = EXPECTED.trim()
  .split('\n')
  .flatMap((line) => {
    const [step, ...cells] = line.trim().split(/\s+/);
    return cells.map((cell, i) => [step as StepName, COLUMNS[i], cell] as const);
  });

describe('the state machine, against a table written by hand', () => {
  it('covers every step and status the code knows', () => {
    expect(new Set(cases.map(([step]) => step))).toEqual(new Set(STEP_NAMES));
    expect(new Set(COLUMNS)).toEqual(new Set(REQUEST_STATUSES));
    expect(cases).toHaveLength(STEP_NAMES.length * REQUEST_STATUSES.length);
  });

  it.each(cases)('%s from %s: %s', (step, status, expected) => {
    const doc = requestIn(status);
    if (expected === '-') {
      expect(() => take(step, doc)).toThrow(AppError);
      try {
        take(step, doc);
      } catch (err) {
        expect((err as AppError).code).toBe('PRECONDITION_FAILED');
        expect((err as AppError).message).toContain('不能');
      }
      return;
    }
    const change = take(step, doc);
    expect(change.set.status ?? status).toBe(expected === '=' ? status : expected);
    expect(change.events.length).toBeGreaterThan(0);
  });

  it('lists for each party only its own steps', () => {
    expect(stepsFor('submitter', 'answered').sort()).toEqual(['addInfo', 'rate', 'reopen']);
    expect(stepsFor('handler', 'submitted').sort()).toEqual(['accept', 'assign', 'markLegacy', 'note', 'return']);
    expect(stepsFor('submitter', 'returned')).toEqual([]);
    expect(stepsFor('handler', 'closed')).toEqual(['note']);
  });
});

describe('levels and ratings', () => {
  const inProgress = () => ({ ...requestIn('in_progress'), status: 'in_progress' as const });

  it('escalates step by step to the district and no further; hands back down to the grid and no further', () => {
    let doc: RequestDoc = { ...inProgress(), level: 'grid', handlerOrgId: 'g' };
    for (const [level, org] of [
      ['community', 'c'],
      ['street', 's'],
      ['district', 'd'],
    ] as const) {
      doc = { ...doc, ...take('escalate', doc).set } as RequestDoc;
      expect([doc.level, doc.handlerOrgId, doc.assigneeId]).toEqual([level, org, null]);
    }
    expect(() => take('escalate', doc)).toThrow('已在区一级办理');
    for (const _level of ['street', 'community', 'grid'] as const)
      doc = { ...doc, ...take('handBack', doc).set } as RequestDoc;
    expect(doc.level).toBe('grid');
    expect(() => take('handBack', doc)).toThrow('已在网格一级');
  });

  it('a first 不满意 reopens at the same level, a second goes up one, at the district it closes', () => {
    let doc: RequestDoc = { ...requestIn('answered'), level: 'street', handlerOrgId: 's' };
    const first = rateChange(doc, 'unsatisfied', '没解决', T0);
    expect([first.set.status, first.set.level, first.reopened, first.escalated]).toEqual([
      'in_progress',
      'street',
      true,
      false,
    ]);
    doc = { ...doc, ...first.set, status: 'answered' } as RequestDoc;
    const second = rateChange(doc, 'unsatisfied', '还是没解决', T0);
    expect([second.set.status, second.set.level, second.escalated]).toEqual(['in_progress', 'district', true]);
    doc = { ...doc, ...second.set, status: 'answered' } as RequestDoc;
    const third = rateChange(doc, 'unsatisfied', '不认可', T0);
    expect([third.set.status, third.set.outcome]).toEqual(['closed', 'closed_unsatisfied']);
  });

  it('reopening is refused more than 30 days after the answer', () => {
    const doc = { ...requestIn('closed'), answeredAt: new Date(T0.getTime() - 31 * 86_400_000) };
    expect(() => reopenChange(doc, '问题又出现了', T0)).toThrow('超过 30 天');
    expect(
      reopenChange({ ...doc, answeredAt: new Date(T0.getTime() - 29 * 86_400_000) }, '问题又出现了', T0).set.status,
    ).toBe('in_progress');
  });
});
