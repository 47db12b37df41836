import { campaignProgress, coverage, createCampaign, listCampaigns, uncontacted } from '../../../types/care/coverage';
import { getCareSettings, listTasks, recordOccasion, updateCareSettings } from '../../../types/care/tasks';
import { listVisits, logVisit, uploadVisitPhoto } from '../../../types/care/visits';
import { DEFAULT_OCCASIONS } from '../../../types/care/model';
import { COMMUNITY, GRID, type Persona, STREET, type Side } from '../personas';
import type { World } from '../world';
import { AREA_STAFF, PLACE_STAFF, SIGNED_IN } from './shared';
import { table } from './table';
import { addDays } from '../../../types/common/dates';
import { shanghaiDay } from '../../../types/common/shanghai-time';

/** The matrix runs on the real clock: a visit is dated today, a campaign runs from today (dates tied to today). */
const today = () => shanghaiDay(new Date());

/**
 * care (走访慰问, journey 4): the grid team walks its grid, logs visits, records the occasions of the six
 * mandatory visits; staff above see their area's coverage and tasks and run campaigns (大走访) under
 * their node; the district sets the rules. Veterans, units and supervisors have no part in it.
 */
const fileOf = (w: World, side: Side) => ({ veteranId: w.veteran(side)._id });
const withARole = SIGNED_IN.filter((p) => p !== 'newUser');
const overTheGrid = { inScope: PLACE_STAFF, outOfScope: ['district'] as Persona[] };
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A running campaign of the side's street (the seed runs one in 南屏镇; side B gets a copy). */
function campaignOf(w: World, side: Side): string {
  if (side === 'A') return 'campaign-demo-winter';
  return w.copy(
    'visitCampaigns',
    { _id: 'campaign-demo-winter' },
    { orgId: STREET.B, orgPath: ['d-xz', STREET.B], targetIds: [] },
  );
}

export const tables = [
  table({
    contract: logVisit,
    target: (w, side) => ({
      ...fileOf(w, side),
      date: today(),
      kind: 'routine' as const,
      visitors: ['黄丽娟'],
      findings: '身体健康',
    }),
    allowed: overTheGrid,
  }),
  table({ contract: listVisits, target: (_w, side) => ({ gridId: GRID[side] }), allowed: overTheGrid }),
  table({
    contract: uploadVisitPhoto,
    target: () => ({ contentType: 'image/png' as const, dataBase64: PNG }),
    allowed: { inScope: PLACE_STAFF, outOfScope: PLACE_STAFF },
    unplaced: 'a file id',
  }),
  table({
    contract: recordOccasion,
    target: (w, side) => ({ ...fileOf(w, side), occasion: 'illness' }),
    allowed: overTheGrid,
  }),
  table({ contract: listTasks, target: (_w, side) => ({ orgId: GRID[side] }), allowed: overTheGrid }),
  table({ contract: uncontacted, target: (_w, side) => ({ gridId: GRID[side] }), allowed: overTheGrid }),
  table({ contract: coverage, target: (_w, side) => ({ orgId: GRID[side] }), allowed: overTheGrid }),
  table({
    contract: getCareSettings,
    target: () => ({}),
    // The list of visit occasions and contact periods: not secret, for anyone with a role.
    allowed: { inScope: withARole, outOfScope: withARole },
    unplaced: "the district's rules",
  }),
  table({
    contract: updateCareSettings,
    target: () => ({ occasions: DEFAULT_OCCASIONS, contactDays: 90, keyGroupContactDays: 30 }),
    allowed: { inScope: ['district'], outOfScope: ['district'] },
    unplaced: "the district's rules",
  }),
  table({
    contract: createCampaign,
    target: (_w, side) => ({
      name: '春节大走访',
      orgId: COMMUNITY[side],
      startDate: today(),
      endDate: addDays(today(), 30),
      target: 'all' as const,
    }),
    allowed: { inScope: AREA_STAFF, outOfScope: ['district'] },
  }),
  table({ contract: listCampaigns, target: (_w, side) => ({ orgId: GRID[side] }), allowed: overTheGrid }),
  table({
    contract: campaignProgress,
    target: (w, side) => ({ id: campaignOf(w, side) }),
    allowed: overTheGrid,
  }),
];
