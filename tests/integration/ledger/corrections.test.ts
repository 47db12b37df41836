/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { smallWorld } from './world';
import { myFile, myCorrections, myHistory } from '../../../types/profile/queries';
import { requestCorrection } from '../../../types/profile/requests';
import { decideCorrection, listCorrections } from '../../../types/ledger/corrections';
import { whoami } from '../../../types/account/whoami';

jest.setTimeout(60_000);

let stack: Stack;
let boundId: string;
beforeEach(async () => {
  const w = await smallWorld();
  stack = w.stack;
  boundId = w.district.people.boundId;
});
afterEach(() => stack.close());

const ask = (field: string, value: string, reason = '号码换了') =>
  stack.metered(requestCorrection, { field: field as 'phone', value, reason }, 'wx-bound');

describe('a correction request with bad input gets an error on its field and writes nothing', () => {
  it.each([
    ['a phone that is not a mobile number', 'phone', '12345', 'value', '手机号'],
    ['a field that does not exist', 'shoeSize', '42', 'field', '没有这一项'],
    ['a birth date in the future', 'birthDate', '2030-01-01', 'value', '不能晚于今天'],
    ['a discharge before the enlistment', 'dischargeDate', '1989-01-01', 'value', '不能早于入伍时间'],
    ['an unknown dependant type', 'dependantType', '荣誉市民', 'value', '优抚类别只能是'],
    ['a wrong ID check digit', 'idNumber', '440402195503020210', 'value', '校验位'],
    ['a field only staff keep', 'lifeStatus', '已故', 'field', '网格员维护'],
    ['the value the file already holds', 'phone', '13712345678', 'value', '无需更正'],
  ])('%s', async (_label, field, value, errorField, words) => {
    const { res, writes } = await ask(field, value);
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: errorField } });
    expect(JSON.stringify(res)).toContain(words);
    expect(writes).toBe(0);
  });

  it('an empty reason', async () => {
    const { res, writes } = await stack.metered(
      requestCorrection,
      { field: 'phone', value: '13900001111', reason: ' ' },
      'wx-bound',
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'reason' } });
    expect(writes).toBe(0);
  });
});

describe('a veteran corrects their phone through the grid member', () => {
  it('asks, the grid member confirms, the file shows the new number masked with its history', async () => {
    const before = await stack.ok(myFile, {}, 'wx-bound');
    expect(JSON.stringify(before)).not.toContain(boundId);
    expect(JSON.stringify(before)).not.toContain('13712345678');
    const phone = before.file.sections.flatMap((s) => s.fields).find((f) => f.field === 'phone');
    expect(phone).toMatchObject({ value: '137****5678', sensitive: true });

    const { correctionId } = await stack.ok(
      requestCorrection,
      { field: 'phone', value: '13998765432', reason: '换了新号码' },
      'wx-bound',
    );
    const again = await stack.call(
      requestCorrection,
      { field: 'phone', value: '13998765431', reason: '再换' },
      'wx-bound',
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect((await stack.ok(myFile, {}, 'wx-bound')).pending).toEqual([
      expect.objectContaining({
        id: correctionId,
        label: '手机号',
        currentValue: '137****5678',
        requestedValue: '139****5432',
        status: 'pending',
      }),
    ]);

    const waiting = await stack.ok(listCorrections, {}, 'wx-gm1');
    expect(waiting.items.map((c) => c.id)).toEqual([correctionId]);
    expect((await stack.ok(listCorrections, {}, 'wx-gm-other')).items).toEqual([]);
    const outsider = await stack.metered(decideCorrection, { correctionId, decision: 'confirm' }, 'wx-gm-other');
    expect(outsider.res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(outsider.writes).toBe(0);

    await stack.ok(decideCorrection, { correctionId, decision: 'confirm', note: '已电话核实' }, 'wx-gm1');
    const after = await stack.ok(myFile, {}, 'wx-bound');
    expect(after.file.sections.flatMap((s) => s.fields).find((f) => f.field === 'phone')?.value).toBe('139****5432');
    expect(after.file.verifiedByName).toBe('钱网格员');
    expect(after.pending).toEqual([]);
    expect((await stack.ok(whoami, {}, 'wx-bound')).veteran?.phoneMasked).toBe('139****5432');
    const history = await stack.ok(myHistory, {}, 'wx-bound');
    expect(history.items[0]).toMatchObject({
      action: '更正',
      actorName: '钱网格员',
      changes: [{ label: '手机号', before: '137****5678', after: '139****5432' }],
    });
    expect(history.items[0].note).toContain('换了新号码');
    expect(JSON.stringify(history)).not.toContain('13998765432');
    expect((await stack.ok(myCorrections, {}, 'wx-bound')).items[0]).toMatchObject({
      status: 'confirmed',
      decidedByName: '钱网格员',
    });
    const twice = await stack.call(decideCorrection, { correctionId, decision: 'reject', note: '重复' }, 'wx-gm1');
    expect(twice).toMatchObject({ ok: false, error: { code: 'PRECONDITION_FAILED' } });
  });

  it('a rejection needs a reason, and the veteran reads it', async () => {
    const { correctionId } = await stack.ok(
      requestCorrection,
      { field: 'address', value: '永济社区二巷8号', reason: '搬家了' },
      'wx-bound',
    );
    const bare = await stack.metered(decideCorrection, { correctionId, decision: 'reject' }, 'wx-gm1');
    expect(bare.res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'note' } });
    expect(bare.writes).toBe(0);
    await stack.ok(decideCorrection, { correctionId, decision: 'reject', note: '上门核实仍住原址' }, 'wx-gm1');
    expect((await stack.ok(myCorrections, {}, 'wx-bound')).items[0]).toMatchObject({
      status: 'rejected',
      note: '上门核实仍住原址',
    });
    const file = await stack.ok(myFile, {}, 'wx-bound');
    expect(file.file.sections.flatMap((s) => s.fields).find((f) => f.field === 'address')?.value).toBe(
      '永济社区一巷1号',
    );
  });

  it('aged 80+ follows from the birth date and the clock, with no write', async () => {
    const now = await stack.ok(myFile, {}, 'wx-bound');
    expect(now.file.keyGroups.map((g) => g.group)).not.toContain('aged80');
    stack.cloud.clock.set(new Date('2035-03-02T01:00:00Z'));
    const later = await stack.metered(myFile, {}, 'wx-bound');
    expect(later.writes).toBe(0);
    expect(later.res.ok && later.res.data.file.keyGroups.map((g) => g.label)).toEqual(['80岁以上']);
  });
});
