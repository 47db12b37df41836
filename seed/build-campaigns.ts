import type { StaffDoc } from '../types/account/model';
import type { CampaignDoc, VisitDoc } from '../types/care/model';
import type { VeteranDoc } from '../types/veteran/model';
import { DAY_MS, shanghaiDay, shanghaiMonth, startOfShanghaiDay } from '../types/common/shanghai-time';
import type { Random } from './random';

/** Share of the running campaign's targets already visited when the demo starts. */
const COVERED_SO_FAR = 0.4;

/** Midnight in Asia/Shanghai `days` from `now` (negative: before). */
function shanghaiMidnight(now: Date, days: number): Date {
  return new Date(startOfShanghaiDay(shanghaiDay(now)).getTime() + days * DAY_MS);
}

/**
 * A running visit campaign (大走访) of every living veteran in one street, started 20 days ago and running 40 more,
 * with about 40% of its targets visited so far (each visit under the campaign, by the grid's own members).
 */
export function buildCampaigns(
  rng: Random,
  street: { _id: string; path: string[] } | undefined,
  veterans: VeteranDoc[],
  staff: StaffDoc[],
  now: Date,
): { visitCampaigns: CampaignDoc[]; visits: VisitDoc[] } {
  if (!street) return { visitCampaigns: [], visits: [] };
  const targets = veterans.filter((v) => v.lifeStatus === 'in_district' && v.orgPath.includes(street._id));
  const startDate = shanghaiMidnight(now, -20);
  const campaign: CampaignDoc = {
    _id: 'campaign-demo-winter',
    name: '冬季走访全覆盖',
    orgId: street._id,
    orgPath: street.path,
    startDate,
    endDate: shanghaiMidnight(now, 41),
    target: 'all',
    targetIds: targets.map((v) => v._id),
    createdBy: 'seed',
    createdAt: startDate,
  };
  const members = new Map<string, string[]>();
  for (const s of staff)
    if (s.role === 'grid_member' || s.role === 'grid_leader')
      members.set(s.orgId, [...(members.get(s.orgId) ?? []), s.name]);
  const visits = targets
    .filter(() => rng.chance(COVERED_SO_FAR))
    .map((v, i): VisitDoc => {
      const date = shanghaiMidnight(now, -rng.int(1, 19));
      const goodsValueFen = rng.int(80, 200) * 100;
      return {
        _id: `visit-campaign-${String(i + 1).padStart(5, '0')}`,
        veteranId: v._id,
        veteranName: v.name,
        orgPath: v.orgPath,
        gridId: v.gridId,
        date,
        month: shanghaiMonth(date),
        kind: 'campaign',
        occasion: null,
        campaignId: campaign._id,
        taskId: null,
        household: false,
        visitors: [rng.pick(members.get(v.gridId) ?? ['网格员'])],
        findings: '冬季走访，了解取暖和身体情况',
        goods: '棉被、米面油',
        goodsValueFen,
        moneyFen: 0,
        valueFen: goodsValueFen,
        photos: [],
        followUp: false,
        followUpNote: '',
        createdBy: 'seed',
        createdAt: new Date(date.getTime() + 10 * 3600_000),
      };
    });
  return { visitCampaigns: [campaign], visits };
}
