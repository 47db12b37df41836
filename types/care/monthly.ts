/**
 * Collection `careMonthly`: per street, community and grid, per month (Asia/Shanghai), the visits and the
 * assistance paid. Booked by `bookMonthly` (cloudfunctions/_domain/care/monthly.ts) right after the visit or
 * payment is written, so a row is the sum of every booked document it summarises (tests compare it with a
 * raw scan); the dashboard reads it instead of every visit. _id = `${level}:${orgId}:${month}`.
 */
export interface CareMonthlyDoc {
  _id: string;
  level: 'street' | 'community' | 'grid';
  orgId: string;
  /** The node's path: [district, street, community] or [district, street, community, grid]. */
  orgPath: string[];
  month: string;
  visits: number;
  visitValueFen: number;
  subsidies: number;
  subsidyFen: number;
  reliefCases: number;
  reliefFen: number;
}

export type MonthlyDelta = Partial<
  Pick<CareMonthlyDoc, 'visits' | 'visitValueFen' | 'subsidies' | 'subsidyFen' | 'reliefCases' | 'reliefFen'>
>;

export const MONTHLY_FIELDS = [
  'visits',
  'visitValueFen',
  'subsidies',
  'subsidyFen',
  'reliefCases',
  'reliefFen',
] as const;

/** The three rows a document at `orgPath` (a veteran's [district, street, community, grid]) counts in. */
export function monthlyKeys(
  orgPath: string[],
  month: string,
): { _id: string; level: CareMonthlyDoc['level']; orgId: string; orgPath: string[]; month: string }[] {
  return [
    { _id: `street:${orgPath[1]}:${month}`, level: 'street', orgId: orgPath[1], orgPath: orgPath.slice(0, 2), month },
    {
      _id: `community:${orgPath[2]}:${month}`,
      level: 'community',
      orgId: orgPath[2],
      orgPath: orgPath.slice(0, 3),
      month,
    },
    { _id: `grid:${orgPath[3]}:${month}`, level: 'grid', orgId: orgPath[3], orgPath: orgPath.slice(0, 4), month },
  ];
}

/** A row with nothing counted yet. */
export function emptyMonthly(key: ReturnType<typeof monthlyKeys>[number]): CareMonthlyDoc {
  return { ...key, visits: 0, visitValueFen: 0, subsidies: 0, subsidyFen: 0, reliefCases: 0, reliefFen: 0 };
}

/** Folds documents into monthly rows (the seed and benchmarks build the table this way). */
export function foldMonthly(items: { orgPath: string[]; month: string; delta: MonthlyDelta }[]): CareMonthlyDoc[] {
  const rows = new Map<string, CareMonthlyDoc>();
  for (const it of items) {
    for (const k of monthlyKeys(it.orgPath, it.month)) {
      const row = rows.get(k._id) ?? emptyMonthly(k);
      for (const f of MONTHLY_FIELDS) row[f] += it.delta[f] ?? 0;
      rows.set(k._id, row);
    }
  }
  return [...rows.values()];
}
