import type { ZodTypeAny } from 'zod';
import { parsingAt } from '@types-contract/common/dates';
import { logVisit, VISIT_DAYS } from '@types-contract/care/visits';
import { CAMPAIGN_DAYS, createCampaign } from '@types-contract/care/coverage';
import { appointSupervisor, TERM_END_DAYS, TERM_START_DAYS } from '@types-contract/supervision/appointments';
import { PUBLICITY_DAYS, publishNotice, STAGE_DAYS, saveStage } from '@types-contract/supervision/recruitment';
import { answerFeedback, RECTIFICATION_DAYS } from '@types-contract/supervision/feedback';
import { fileReport, OBSERVED_DAYS } from '@types-contract/supervision/reports';
import { pickerDays } from '../../src/lib/time/picker-days';

/**
 * Issue 13 item 4 (dates): each date picker offers exactly the days its field's server check accepts. The
 * windows are the product's (docs/ARCHITECTURE.md "Input rules"), written here as days for a fixed today
 * (Saturday 5 December 2026 in Shanghai), not read from the code: a visit in the past year, not after today;
 * campaigns and recruitment stages a year back to two ahead; publicity a year either side; a term's start
 * five years back to one ahead, its end today to ten ahead; a rectification deadline today to a year ahead;
 * a report's day seen within the past year.
 */
const NOW = new Date('2026-12-05T04:00:00Z');

/** The schema of `field` inside a contract's input (through refinements). */
function fieldOf(contract: { input: unknown }, field: string): ZodTypeAny {
  let s = contract.input as { _def: { schema?: unknown }; shape?: Record<string, ZodTypeAny> };
  while (!s.shape && s._def.schema) s = s._def.schema as typeof s;
  return s.shape?.[field] as ZodTypeAny;
}
const accepts = (schema: ZodTypeAny, value: string) => parsingAt(NOW, () => schema.safeParse(value).success);
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

beforeAll(() => jest.useFakeTimers({ now: NOW }));
afterAll(() => jest.useRealTimers());

it.each([
  ['走访日期', fieldOf(logVisit, 'date'), VISIT_DAYS, '2025-12-04', '2026-12-05'],
  ['大走访开始', fieldOf(createCampaign, 'startDate'), CAMPAIGN_DAYS, '2025-12-04', '2028-12-05'],
  ['征兵阶段开始', fieldOf(saveStage, 'startsOn'), STAGE_DAYS, '2025-12-04', '2028-12-05'],
  ['公示开始', fieldOf(publishNotice, 'publicityStart'), PUBLICITY_DAYS, '2025-12-04', '2027-12-06'],
  ['任期开始', fieldOf(appointSupervisor, 'termStart'), TERM_START_DAYS, '2021-12-04', '2027-12-06'],
  ['任期结束', fieldOf(appointSupervisor, 'termEnd'), TERM_END_DAYS, '2026-12-05', '2036-12-05'],
  ['整改期限', fieldOf(answerFeedback, 'deadline'), RECTIFICATION_DAYS, '2026-12-05', '2027-12-06'],
] as const)(
  '%s: the picker offers the days the server takes, and not one beyond',
  (_label, schema, window, start, end) => {
    expect(pickerDays(window)).toEqual({ start, end });
    expect([accepts(schema, start), accepts(schema, end)]).toEqual([true, true]);
    expect([accepts(schema, dayBefore(start)), accepts(schema, dayAfter(end))]).toEqual([false, false]);
  },
);

it("a report's 发现日期: every day the picker offers is taken at any hour up to now", () => {
  const schema = fieldOf(fileReport, 'observedAt');
  const { start, end } = pickerDays(OBSERVED_DAYS);
  expect({ start, end }).toEqual({ start: '2025-12-05', end: '2026-12-05' });
  // The first day at 00:00 in Shanghai, and today at the present instant.
  expect(accepts(schema, `${start}T00:00:00+08:00`)).toBe(true);
  expect(accepts(schema, NOW.toISOString())).toBe(true);
  expect(accepts(schema, `${dayBefore(start)}T00:00:00+08:00`)).toBe(false);
});
