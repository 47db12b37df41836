/**
 * Collection `careMonthly`: per street, community and grid, per month (Asia/Shanghai), the visits and the
 * assistance paid, one document per node and YEAR holding that year's months (`months['2025-06']`), so a
 * year's series over 100 streets is 100 documents, not 1,200. Booked by `bookMonthly`
 * (cloudfunctions/_domain/care/monthly.ts) right after the visit or payment is written, so a month is the sum
 * of every booked document it summarises (tests compare it with a raw scan); the dashboard reads it instead
 * of every visit. _id = `${level}:${orgId}:${year}`.
 */
export interface CareMonthlyDoc {
  _id: string;
  level: 'street' | 'community' | 'grid';
  orgId: string;
  /** The node's path: [district, street, community] or [district, street, community, grid]. */
  orgPath: string[];
  /** 'YYYY' */
  year: string;
  /** The year's months that have anything booked, by 'YYYY-MM'. */
  months: Record<string, MonthFigures>;
}

export interface MonthFigures {
  visits: number;
  visitValueFen: number;
  subsidies: number;
  subsidyFen: number;
  reliefCases: number;
  reliefFen: number;
}

export type MonthlyDelta = Partial<MonthFigures>;

export const MONTHLY_FIELDS = [
  'visits',
  'visitValueFen',
  'subsidies',
  'subsidyFen',
  'reliefCases',
  'reliefFen',
] as const;

export function emptyMonth(): MonthFigures {
  return { visits: 0, visitValueFen: 0, subsidies: 0, subsidyFen: 0, reliefCases: 0, reliefFen: 0 };
}

/** One month of a row (zeros when nothing was booked in it). */
export function monthOf(row: Pick<CareMonthlyDoc, 'months'> | undefined, month: string): MonthFigures {
  return { ...emptyMonth(), ...row?.months?.[month] };
}

export type MonthlyKey = Pick<CareMonthlyDoc, '_id' | 'level' | 'orgId' | 'orgPath' | 'year'>;

/** The three rows a document at `orgPath` (a veteran's [district, street, community, grid]) counts in. */
export function monthlyKeys(orgPath: string[], month: string): MonthlyKey[] {
  const year = month.slice(0, 4);
  return [
    { _id: `street:${orgPath[1]}:${year}`, level: 'street', orgId: orgPath[1], orgPath: orgPath.slice(0, 2), year },
    {
      _id: `community:${orgPath[2]}:${year}`,
      level: 'community',
      orgId: orgPath[2],
      orgPath: orgPath.slice(0, 3),
      year,
    },
    { _id: `grid:${orgPath[3]}:${year}`, level: 'grid', orgId: orgPath[3], orgPath: orgPath.slice(0, 4), year },
  ];
}

/** A row with nothing counted yet. */
export function emptyMonthly(key: MonthlyKey): CareMonthlyDoc {
  return { ...key, months: {} };
}

/** Folds documents into monthly rows (the seed and benchmarks build the table this way). */
export function foldMonthly(items: { orgPath: string[]; month: string; delta: MonthlyDelta }[]): CareMonthlyDoc[] {
  const rows = new Map<string, CareMonthlyDoc>();
  for (const it of items) {
    for (const k of monthlyKeys(it.orgPath, it.month)) {
      const row = rows.get(k._id) ?? emptyMonthly(k);
      const m = (row.months[it.month] ??= emptyMonth());
      for (const f of MONTHLY_FIELDS) m[f] += it.delta[f] ?? 0;
      rows.set(k._id, row);
    }
  }
  return [...rows.values()];
}
