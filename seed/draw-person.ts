import { DEPENDANT_TYPES, type DependantType, type Gender, type PersonCategory } from '../types/veteran/model';
import type { DistrictSpec } from './district/district-spec';
import type { Random } from './random';
import { ORIGIN_PLACES } from './names/origin-places';
import { SEED_PROPORTIONS } from './proportions';

/** Birth years the demo district holds (the oldest veterans served in the 1940s-50s). */
export const BIRTH_YEARS = { min: 1930, max: 2004 };

/** Ages below 80, by band: [from, to, weight]. */
const AGE_BANDS: [number, number, number][] = [
  [21, 29, 12],
  [30, 39, 18],
  [40, 49, 20],
  [50, 59, 22],
  [60, 69, 18],
  [70, 79, 10],
];

/** Dependant types that are ex-service people themselves (and so have a service history). */
const SERVED: ReadonlySet<DependantType> = new Set([
  '伤残军人',
  '在乡复员军人',
  '带病回乡退伍军人',
  '参战参试退役军人',
]);
const DEPENDANT_WEIGHTS: [DependantType, number][] = DEPENDANT_TYPES.map((t) => [
  t,
  {
    伤残军人: 30,
    烈属: 10,
    因公牺牲军人遗属: 5,
    病故军人遗属: 15,
    在乡复员军人: 10,
    带病回乡退伍军人: 15,
    参战参试退役军人: 15,
  }[t],
]);

export interface PersonBasics {
  category: PersonCategory;
  dependantType: DependantType | null;
  /** Whether the person served (veterans, and dependants who are ex-service people). */
  served: boolean;
  gender: Gender;
  birthYear: number;
}

/**
 * A birth year such that `aged80Plus` of veterans are 80 or more at `now`: born at least 81 years
 * before `now` (certainly 80+), or at most 79 (certainly under 80).
 */
export function drawVeteranBirthYear(rng: Random, now: Date): number {
  const year = now.getUTCFullYear();
  if (rng.chance(SEED_PROPORTIONS.aged80Plus)) return rng.int(Math.max(BIRTH_YEARS.min, year - 95), year - 81);
  for (;;) {
    const [from, to] = rng.weighted(AGE_BANDS.map(([a, b, w]) => [[a, b], w] as [[number, number], number]));
    const born = year - rng.int(from, to);
    if (born >= BIRTH_YEARS.min && born <= BIRTH_YEARS.max) return born;
  }
}

export function drawVeteranBasics(rng: Random, now: Date): PersonBasics {
  return {
    category: 'veteran',
    dependantType: null,
    served: true,
    gender: rng.chance(SEED_PROPORTIONS.male) ? 'male' : 'female',
    birthYear: drawVeteranBirthYear(rng, now),
  };
}

/** Dependants: disabled or sick ex-servicemen are mostly older men; families of the fallen mostly women. */
export function drawDependantBasics(rng: Random, now: Date): PersonBasics {
  const dependantType = rng.weighted(DEPENDANT_WEIGHTS);
  const served = SERVED.has(dependantType);
  const latest = Math.min(BIRTH_YEARS.max, now.getUTCFullYear() - 25);
  return {
    category: 'dependant',
    dependantType,
    served,
    gender: rng.chance(served ? 0.95 : 0.3) ? 'male' : 'female',
    birthYear: served ? rng.int(1935, Math.min(1985, latest)) : rng.int(1935, Math.min(1995, latest)),
  };
}

export interface Origin {
  areaCode: string;
  hukou: string;
}

/** Where the person was born (ID area code) and where their household registration is now. */
export function drawOrigin(rng: Random, spec: DistrictSpec): Origin {
  if (!rng.chance(SEED_PROPORTIONS.bornElsewhere)) {
    const areaCode = rng.chance(0.8) ? spec.areaCode : rng.pick(spec.localAreaCodes);
    return { areaCode, hukou: spec.addressPrefix };
  }
  const [areaCode, place] = rng.weighted(
    ORIGIN_PLACES.map(([code, name, w]) => [[code, name], w] as [[string, string], number]),
  );
  // Most who settled here after service moved their household registration too.
  return { areaCode, hukou: rng.chance(0.7) ? spec.addressPrefix : place };
}
