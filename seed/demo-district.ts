import { XIANGZHOU } from './district/xiangzhou';
import { generateDistrict, type GeneratedDistrict } from './generate';
import { SEED_SIZES, type SeedSize } from './proportions';

/** The seed of the demo district: the same everywhere, so demo links and tests name the same people. */
export const DEMO_SEED = 20_200_729;

/** 香洲区 at a size, as `npm start` and the tests seed it. */
export function generateDemoDistrict(
  size: SeedSize,
  options: { piiKey: string; now: Date; seed?: number },
): GeneratedDistrict {
  return generateDistrict(XIANGZHOU, {
    veterans: SEED_SIZES[size].veterans,
    seed: options.seed ?? DEMO_SEED,
    piiKey: options.piiKey,
    now: options.now,
  });
}
