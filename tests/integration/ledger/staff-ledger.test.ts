/** @jest-environment node */
import type { Stack } from '../../support/stack';
import { smallWorld } from './world';
import { ledgerStats, searchLedger } from '../../../types/ledger/search';
import { exportLedger } from '../../../types/ledger/transfer';
import { verifyFile } from '../../../types/ledger/edits';
import { updateLedgerSettings } from '../../../types/ledger/settings';
import { fileViewers } from '../../../types/profile/queries';
import { downloadParts } from '../../support/exports';

jest.setTimeout(60_000);

let stack: Stack;
let people: { unboundId: string; boundId: string; unboundPhone: string; boundPhone: string };
beforeEach(async () => {
  const w = await smallWorld();
  stack = w.stack;
  people = w.district.people;
});
afterEach(() => stack.close());

describe('the staff ledger', () => {
  it('searches by name, by what a masked ID shows, and by the full ID; other streets are refused', async () => {
    const byName = await stack.ok(searchLedger, { query: '李' }, 'wx-street-admin');
    expect(byName.items.map((r) => r.name)).toEqual(['李建军']);
    expect(byName.items[0]).toMatchObject({
      placeName: '南屏镇 永济社区 第三网格',
      idMasked: `${people.boundId.slice(0, 6)}********${people.boundId.slice(-4)}`,
    });
    expect(
      (await stack.ok(searchLedger, { query: people.unboundId.slice(-4) }, 'wx-street-admin')).items.map((r) => r.id),
    ).toEqual(['v-unbound']);
    expect(
      (await stack.ok(searchLedger, { query: people.boundId }, 'wx-district-admin')).items.map((r) => r.id),
    ).toEqual(['v-bound']);
    const all = await stack.ok(searchLedger, { pageSize: 1 }, 'wx-district-admin');
    expect([all.total, all.items.length]).toEqual([2, 1]);
    expect(JSON.stringify(all)).not.toContain(people.boundId);
    expect(await stack.call(searchLedger, { orgId: 's2' }, 'wx-street-admin')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('the filing rate counts complete, verified files; the required sections are the district’s to set', async () => {
    const before = await stack.ok(ledgerStats, {}, 'wx-district-admin');
    expect(before.total).toMatchObject({ known: 2, complete: 2, rate: 1 });
    // Every street is a row, one without files too (its rollup holds zeros).
    expect(before.rows.map((r) => [r.name, r.known])).toEqual([
      ['南屏镇', 2],
      ['香湾街道', 0],
    ]);
    const bad = await stack.call(
      updateLedgerSettings,
      { requiredSections: [], verifyMonths: 6, keyGroupVerifyMonths: 3 },
      'wx-district-admin',
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'requiredSections' } });
    expect(
      await stack.call(
        updateLedgerSettings,
        { requiredSections: ['identity'], verifyMonths: 6, keyGroupVerifyMonths: 3 },
        'wx-street-admin',
      ),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await stack.ok(
      updateLedgerSettings,
      {
        requiredSections: ['identity', 'service', 'address', 'phone', 'party'],
        verifyMonths: 6,
        keyGroupVerifyMonths: 3,
      },
      'wx-district-admin',
    );
    await stack.ok(verifyFile, { veteranId: 'v-bound', changes: { partyMember: '是' } }, 'wx-gm1');
    const after = await stack.ok(ledgerStats, { orgId: 'c1' }, 'wx-street-admin');
    expect(after.total).toMatchObject({ known: 2, complete: 1, rate: 0.5 });
    expect(after.rows.find((r) => r.id === 'g1')).toMatchObject({ known: 2, complete: 1 });
  });
});

describe('export', () => {
  it('masked for a station, full only for street or district staff with a reason; each export is logged', async () => {
    const masked = await stack.ok(exportLedger, { reason: '季度核对' }, 'wx-street-admin');
    expect(masked).toMatchObject({ rows: 2, masked: true });
    const rows = await downloadParts(masked.parts);
    expect(rows[0].slice(0, 5)).toEqual(['所属镇街', '所属社区', '所属网格', '人员类别', '姓名']);
    expect(rows).toHaveLength(3);
    const text = JSON.stringify(rows);
    for (const secret of [people.boundId, people.unboundId, people.boundPhone, people.unboundPhone])
      expect(text).not.toContain(secret);

    const full = await stack.ok(exportLedger, { full: true, reason: '报送区局' }, 'wx-street-admin');
    const fullText = JSON.stringify(await downloadParts(full.parts));
    expect(fullText).toContain(people.boundId);
    expect(fullText).toContain(people.unboundPhone);

    expect(await stack.call(exportLedger, { full: true, reason: '看看' }, 'wx-gm1')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await stack.call(exportLedger, { reason: '' }, 'wx-street-admin')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'reason' },
    });
    const seen = await stack.ok(fileViewers, {}, 'wx-bound');
    expect(
      seen.items
        .filter((i) => i.what === '导出台账')
        .map((i) => i.reason)
        .sort(),
    ).toEqual(['报送区局', '季度核对'].sort());
  });
});
