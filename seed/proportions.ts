/**
 * The proportions the seed generator aims at, so that the demo district looks like the one in the seed
 * article and the statistics pages have something to count. tests/seed/proportions.test.ts checks a
 * generated full district against them.
 */
export const SEED_PROPORTIONS = {
  /** Share of men among veterans (category 'veteran'). */
  male: 0.9,
  /** Veterans aged 80 or more at `now` (a key group of the field). */
  aged80Plus: 0.04,
  /** Party members among all files. */
  partyMembers: 0.35,
  /** Key group: extreme hardship (特困). */
  hardship: 0.02,
  /** Key group: major contribution (重大贡献). */
  contribution: 0.01,
  /** Key group: decorated (立功受奖): veterans with a 三等功 or higher. */
  decorated: 0.025,
  /** Veterans with minor awards only (嘉奖, 优秀士兵). */
  minorAwards: 0.3,
  /** Files missing a phone or an address. Half miss the phone, half the address. */
  incompleteFiles: 0.05,
  /** Files nobody has verified yet (verifiedAt null). */
  unverified: 0.08,
  /** Living files in the district whose person has not registered in the app (openid null). */
  notRegistered: 0.4,
  movedOut: 0.01,
  deceased: 0.015,
  /** Dependants (优抚对象) per veteran: 1,000+ for 20,000+. */
  dependantsPerVeteran: 0.052,
  /** Veterans born outside the district's city (ID area code from elsewhere). */
  bornElsewhere: 0.55,
  /** Staff already bound to their WeChat account; the rest hold an open invitation. */
  staffBound: 0.85,
  /** Grids with pending registrations waiting for the grid member (1-3 each). */
  gridsWithPendingRegistrations: 0.15,
} as const;

/**
 * 建档率 as the field counts it here: files in the district that are complete and verified. With the
 * proportions above it is about 87%, not the 100% a spreadsheet would claim.
 */
export const EXPECTED_FILING_RATE = (1 - SEED_PROPORTIONS.incompleteFiles) * (1 - SEED_PROPORTIONS.unverified);

/** Grid staff who are veterans themselves (from the seed article). */
export const VETERAN_GRID_STAFF = 113;

/**
 * Sizes of the demo district: `tiny` for fast tests (all 475 grids exist), `full` for the demo and benchmarks,
 * `x10` for the scale benchmark (every street ten times over: 100 streets, 1,300 communities, 4,750 grids).
 */
export const SEED_SIZES = {
  tiny: { veterans: 300, copies: 1 },
  full: { veterans: 20_600, copies: 1 },
  x10: { veterans: 206_000, copies: 10 },
} as const;
export type SeedSize = keyof typeof SEED_SIZES;
