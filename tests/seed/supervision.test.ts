/** @jest-environment node */
import { generated, SEED_NOW } from './generated-district';

const { district } = generated('tiny');

test('37 integrity supervisors watch the recruitment office and 10 conduct supervisors the market regulation bureau', () => {
  const at = (bodyId: string, type: string) =>
    district.supervisors.filter((s) => s.bodyId === bodyId && s.type === type);
  expect(at('u-recruit', 'integrity')).toHaveLength(37);
  expect(at('u-amr', 'conduct')).toHaveLength(10);
  expect(new Set(district.supervisors.map((s) => s.certificateNo)).size).toBe(47);
  for (const s of district.supervisors) {
    expect(s.termStart.getTime()).toBeLessThanOrEqual(SEED_NOW.getTime());
    expect(s.termEnd.getTime()).toBeGreaterThan(SEED_NOW.getTime());
    expect(district.accounts.find((a) => a._id === s.openid)?.supervisorIds).toContain(s._id);
  }
});

test('the approval 公示 lists only candidates of the closed physical and political 公示', () => {
  const byKind = (kind: string) => district.recruitmentNotices.find((n) => n.kind === kind)!;
  const nos = (kind: string) => new Set(byKind(kind).candidates.map((c) => c.candidateNo));
  const now = SEED_NOW.getTime();
  expect(byKind('physical').publicityEnd.getTime()).toBeLessThan(now);
  expect(byKind('political').publicityEnd.getTime()).toBeLessThan(now);
  for (const c of byKind('approval').candidates) {
    expect(nos('physical').has(c.candidateNo) && nos('political').has(c.candidateNo)).toBe(true);
  }
});

test('reports and feedback carry no identity; their authors are only in the link collections', () => {
  const identities = district.supervisors.flatMap((s) => [s._id, s.name, s.openid as string]);
  const text = JSON.stringify([district.supervisionReports, district.conductFeedback]);
  expect(identities.filter((x) => text.includes(x))).toEqual([]);
  expect(district.reportReporters.map((l) => l._id).sort()).toEqual(
    district.supervisionReports.map((r) => r._id).sort(),
  );
  expect(district.conductFeedback).toHaveLength(8);
  expect(district.supervisionReports.filter((r) => r.listing === 'public').length).toBeGreaterThan(0);
});
