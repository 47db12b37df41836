import type { ExitMode, VeteranDoc } from '../types/veteran/model';
import type { Random } from './random';
import {
  ARMS,
  AWARD_LEVELS,
  CONSCRIPT_RANKS,
  NCO_RANKS,
  OFFICER_RANKS,
  POSTS_WITHOUT_RANK,
  RANKLESS_YEARS,
  STRATEGIC_SUPPORT_FORCE_FOUNDED,
} from './names/service-tables';

type Career = 'conscript' | 'nco' | 'officer';
const CAREERS: [Career, number][] = [
  ['conscript', 60],
  ['nco', 28],
  ['officer', 12],
];
const SERVICE_YEARS: Record<Career, [number, number]> = { conscript: [2, 5], nco: [5, 12], officer: [8, 16] };
const ENLIST_AGES: [number, number][] = [
  [17, 10],
  [18, 35],
  [19, 25],
  [20, 15],
  [21, 9],
  [22, 6],
];
const MINOR_AWARDS = AWARD_LEVELS.filter(([level]) => level === '嘉奖' || level === '优秀士兵');
const DECORATIONS: [string, number][] = [
  ['三等功', 90],
  ['二等功', 9],
  ['一等功', 1],
];

export type ServiceHistory = VeteranDoc['service'];

/**
 * A plausible service history: enlisted at 17-22 (in autumn; in winter before 2013), discharged 2-16
 * years later and before `now`, in an arm and with a rank (or a post, for the years without ranks).
 */
export function drawServiceHistory(rng: Random, birthDate: string, now: Date): ServiceHistory {
  const birthYear = Number(birthDate.slice(0, 4));
  const nowMonths = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const career = rng.weighted(CAREERS);
  let enlistAge = rng.weighted(ENLIST_AGES);
  const enlistYearOf = (age: number) => birthYear + age;
  let enlistMonth = enlistYearOf(enlistAge) < 2013 ? 12 : 9;
  const monthsTo = (y: number, m: number) => y * 12 + (m - 1);
  // The youngest veterans (born 2004, `now` 2025) must still have served two years before now.
  while (enlistAge > 17 && nowMonths - monthsTo(enlistYearOf(enlistAge), enlistMonth) < 25) {
    enlistAge--;
    enlistMonth = enlistYearOf(enlistAge) < 2013 ? 12 : 9;
  }
  const enlistYear = enlistYearOf(enlistAge);
  const enlistStart = monthsTo(enlistYear, enlistMonth);
  const [minYears, maxYears] = SERVICE_YEARS[career];
  const roomYears = Math.floor((nowMonths - enlistStart - 1) / 12);
  const years = Math.max(2, Math.min(rng.int(minYears, maxYears), roomYears));
  const dischargeStart = enlistStart + years * 12 - rng.int(0, 3);
  const dischargeYear = Math.floor(dischargeStart / 12);
  const dischargeMonth = (dischargeStart % 12) + 1;

  return {
    enlistDate: `${enlistYear}-${pad(enlistMonth)}-01`,
    dischargeDate: `${dischargeYear}-${pad(dischargeMonth)}-${pad(rng.int(1, 28))}`,
    arm: drawArm(rng, enlistYear, dischargeYear),
    rank: drawRank(rng, career, years, dischargeYear),
    exitMode: drawExitMode(rng, career, dischargeYear),
  };
}

function drawArm(rng: Random, enlistYear: number, dischargeYear: number): string {
  for (;;) {
    const arm = rng.weighted(ARMS);
    if (arm === '战略支援部队' && dischargeYear <= STRATEGIC_SUPPORT_FORCE_FOUNDED) continue;
    // The rocket force's predecessor was founded in 1966.
    if (arm === '火箭军' && enlistYear < 1966) continue;
    return arm;
  }
}

function drawRank(rng: Random, career: Career, years: number, dischargeYear: number): string {
  if (dischargeYear >= RANKLESS_YEARS.from && dischargeYear <= RANKLESS_YEARS.to) {
    if (career === 'conscript') return rng.pick(POSTS_WITHOUT_RANK.slice(0, 3));
    if (career === 'nco') return '班长';
    return POSTS_WITHOUT_RANK[clamp(3 + Math.floor((years - 8) / 3), 3, 5)];
  }
  if (career === 'conscript') return years >= 2 && rng.chance(0.85) ? CONSCRIPT_RANKS[1] : CONSCRIPT_RANKS[0];
  if (career === 'nco') return NCO_RANKS[clamp(Math.floor((years - 5) / 2), 0, NCO_RANKS.length - 1)];
  return OFFICER_RANKS[clamp(Math.floor((years - 8) / 1.5), 0, OFFICER_RANKS.length - 1)];
}

function drawExitMode(rng: Random, career: Career, dischargeYear: number): ExitMode {
  if (career === 'officer') return dischargeYear < 1985 && rng.chance(0.5) ? '复员' : '转业';
  return dischargeYear < 1980 ? '复员' : '退伍';
}

/** Awards within the years of service: a decoration (三等功 or higher) for the decorated, minor ones for some others. */
export function drawAwards(
  rng: Random,
  service: ServiceHistory,
  decorated: boolean,
  minorShare: number,
): VeteranDoc['awards'] {
  if (!service.enlistDate || !service.dischargeDate) return [];
  const from = Number(service.enlistDate.slice(0, 4)) + 1;
  const to = Math.max(from, Number(service.dischargeDate.slice(0, 4)));
  const awards: VeteranDoc['awards'] = [];
  if (decorated) awards.push({ level: rng.weighted(DECORATIONS), year: rng.int(from, to) });
  if (rng.chance(decorated ? 0.6 : minorShare)) {
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i++) awards.push({ level: rng.weighted(MINOR_AWARDS), year: rng.int(from, to) });
  }
  return awards.sort((a, b) => a.year - b.year);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, n));
}
