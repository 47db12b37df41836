import { DEV_PII_KEY, createPii } from '../../cloudfunctions/_kernel/pii';
import type { GeneratedDistrict, GenerateOptions } from '../../seed/generate';
import { SEED_SIZES, type SeedSize } from '../../seed/proportions';
import { DEMO_SEED, generateDemoDistrict } from '../../seed/demo-district';

/** The instant the test district is generated at (dates in it are relative to this). */
export const SEED_NOW = new Date('2025-06-01T00:00:00.000Z');
export const SEED = DEMO_SEED;
export const pii = createPii(DEV_PII_KEY);

export function optionsFor(size: SeedSize, seed = SEED): GenerateOptions {
  return { veterans: SEED_SIZES[size].veterans, seed, piiKey: DEV_PII_KEY, now: SEED_NOW };
}

const cache = new Map<SeedSize, { district: GeneratedDistrict; ms: number }>();

/** The district of a size, generated once per test file (Jest gives every file its own module registry). */
export function generated(size: SeedSize): { district: GeneratedDistrict; ms: number } {
  let hit = cache.get(size);
  if (!hit) {
    const started = performance.now();
    const district = generateDemoDistrict(size, { piiKey: DEV_PII_KEY, now: SEED_NOW });
    hit = { district, ms: performance.now() - started };
    cache.set(size, hit);
  }
  return hit;
}

/** Age in whole years at `now` of someone born on a YYYY-MM-DD date. */
export function ageAt(birthDate: string, now: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = now.getUTCFullYear() - y;
  if (now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d)) age--;
  return age;
}

export function share<T>(items: T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}
