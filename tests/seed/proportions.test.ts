/** @jest-environment node */
import { DEPENDANT_TYPES, type VeteranDoc } from '../../types/veteran/model';
import { XIANGZHOU } from '../../seed/district/xiangzhou';
import { EXPECTED_FILING_RATE, SEED_PROPORTIONS as P } from '../../seed/proportions';
import { ageAt, generated, pii, SEED_NOW, share } from './generated-district';

const { district } = generated('full');
const files = district.veterans;
const veterans = files.filter((v) => v.category === 'veteran');
const dependants = files.filter((v) => v.category === 'dependant');
const living = files.filter((v) => v.lifeStatus === 'in_district');
const complete = (v: VeteranDoc) => v.phoneHash !== null && v.address !== '';
const localCodes = new Set(XIANGZHOU.localAreaCodes);

/** [what, measured, target, tolerance] */
const measured: [string, number, number, number][] = [
  ['male (veterans)', share(veterans, (v) => v.gender === 'male'), P.male, 0.02],
  ['aged 80+ (veterans)', share(veterans, (v) => ageAt(v.birthDate, SEED_NOW) >= 80), P.aged80Plus, 0.008],
  ['party members', share(files, (v) => v.party.member), P.partyMembers, 0.02],
  ['hardship', share(files, (v) => v.keyGroups.hardship !== undefined), P.hardship, 0.005],
  ['contribution', share(files, (v) => v.keyGroups.contribution !== undefined), P.contribution, 0.004],
  ['decorated (veterans)', share(veterans, (v) => v.keyGroups.decorated !== undefined), P.decorated, 0.006],
  ['incomplete files', share(files, (v) => !complete(v)), P.incompleteFiles, 0.008],
  ['unverified files', share(files, (v) => v.verifiedAt === null), P.unverified, 0.01],
  ['not registered (living in district)', share(living, (v) => v.openid === null), P.notRegistered, 0.02],
  ['moved out', share(files, (v) => v.lifeStatus === 'moved_out'), P.movedOut, 0.004],
  ['deceased', share(files, (v) => v.lifeStatus === 'deceased'), P.deceased, 0.005],
  ['dependants per veteran', dependants.length / veterans.length, P.dependantsPerVeteran, 0.004],
  [
    'born elsewhere (veterans)',
    share(veterans, (v) => !localCodes.has(pii.decrypt(v.idEnc).slice(0, 6))),
    P.bornElsewhere,
    0.02,
  ],
];
const filingRate = share(living, (v) => complete(v) && v.verifiedAt !== null);

afterAll(() => {
  const rows = measured.map(([what, got, want]) => `  ${what.padEnd(38)} target ${pct(want)}  measured ${pct(got)}`);
  rows.push(
    `  ${'filing rate 建档率 (living in district)'.padEnd(38)} target ${pct(EXPECTED_FILING_RATE)}  measured ${pct(filingRate)}`,
  );
  console.log(`full district: ${veterans.length} veterans + ${dependants.length} dependants\n${rows.join('\n')}`);
});

describe('a generated full district has the proportions SEED_PROPORTIONS states', () => {
  test.each(measured)('%s is near its target', (_what, got, want, tolerance) => {
    expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance);
  });

  test('the size of the seed article: 20,000+ veterans and 1,000+ dependants', () => {
    expect(veterans.length).toBeGreaterThanOrEqual(20_000);
    expect(dependants.length).toBeGreaterThanOrEqual(1_000);
    expect(dependants.filter((d) => !DEPENDANT_TYPES.includes(d.dependantType!))).toEqual([]);
    expect(veterans.filter((v) => v.dependantType !== null)).toEqual([]);
  });

  test('the filing rate is what the proportions make it, not a trivial 100%', () => {
    expect(filingRate).toBeLessThan(0.95);
    expect(Math.abs(filingRate - EXPECTED_FILING_RATE)).toBeLessThanOrEqual(0.015);
  });

  test('every key-group mark says why, who set it and when', () => {
    const marks = files.flatMap((v) => Object.values(v.keyGroups));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) {
      expect(mark.reason).toMatch(/[\u4e00-\u9fa5]/);
      expect(mark.setBy).toMatch(/^st-/);
      expect(mark.setAt).toBeInstanceOf(Date);
      expect(mark.setAt.getTime()).toBeLessThanOrEqual(SEED_NOW.getTime());
    }
  });

  test('decorated means a 三等功 or higher on file, and everyone with one is decorated', () => {
    const high = new Set(['三等功', '二等功', '一等功']);
    const wrong = files.filter(
      (v) => (v.keyGroups.decorated !== undefined) !== v.awards.some((a) => high.has(a.level)),
    );
    expect(wrong.map((v) => v._id)).toEqual([]);
  });

  test('mostly 汉族, with minorities present', () => {
    const han = share(files, (v) => v.ethnicity === '汉族');
    expect(han).toBeGreaterThan(0.93);
    expect(han).toBeLessThan(0.99);
  });
});

function pct(x: number): string {
  return `${(x * 100).toFixed(2).padStart(6)}%`;
}
