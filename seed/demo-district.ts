import { XIANGZHOU } from './district/xiangzhou';
import { enlargeDistrict } from './district/enlarge';
import { generateDistrict, type GeneratedDistrict } from './generate';
import { SEED_SIZES, type SeedSize } from './proportions';

/** The seed of the demo district: the same everywhere, so demo links and tests name the same people. */
export const DEMO_SEED = 20_200_729;

/** 香洲区 at a size, as `npm start` and the tests seed it (`x10`: ten times the streets, for the scale bench). */
export function generateDemoDistrict(
  size: SeedSize,
  options: { piiKey: string; now: Date; seed?: number },
): GeneratedDistrict {
  const { veterans, copies } = SEED_SIZES[size];
  return generateDistrict(copies > 1 ? enlargeDistrict(XIANGZHOU, copies) : XIANGZHOU, {
    veterans,
    seed: options.seed ?? DEMO_SEED,
    piiKey: options.piiKey,
    now: options.now,
  });
}
