import type { AuthzCase } from '../case';
import type { World } from '../world';
import { listVisits, logVisit, uploadVisitPhoto } from '../../../../types/care/visits';
import { getCareSettings, listTasks, recordOccasion, updateCareSettings } from '../../../../types/care/tasks';
import {
  campaignProgress,
  coverage,
  createCampaign,
  listCampaigns,
  uncontacted,
} from '../../../../types/care/coverage';
import { DEFAULT_OCCASIONS } from '../../../../types/care/model';

/** A living veteran of grid A (g-10-01-3). */
const inGridA = (w: World) =>
  w.one<{ _id: string }>('veterans', { gridId: 'g-10-01-3', lifeStatus: 'in_district' })._id;
const visit = (w: World) => ({
  veteranId: inGridA(w),
  date: '2024-05-01',
  kind: 'routine',
  visitors: ['黄丽娟'],
  findings: '身体健康',
});
const settings = { occasions: DEFAULT_OCCASIONS, contactDays: 90, keyGroupContactDays: 30 };
/** The seeded campaign running in street s-10 (the demo street). */
const RUNNING = { id: 'campaign-demo-winter' };
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const photo = { contentType: 'image/png', dataBase64: PNG };
const campaign = (orgId: string) => ({
  name: '春节大走访',
  orgId,
  startDate: '2025-01-01',
  endDate: '2025-02-28',
  target: 'key_groups',
});

export const cases: AuthzCase[] = [
  { contract: logVisit, as: 'anonymous', input: visit, expect: 'UNAUTHENTICATED' },
  { contract: logVisit, as: 'veteranA', input: visit, expect: 'FORBIDDEN', note: 'a veteran does not log visits' },
  { contract: logVisit, as: 'gridMemberB', input: visit, expect: 'FORBIDDEN', note: 'another grid' },
  { contract: logVisit, as: 'streetB', input: visit, expect: 'FORBIDDEN', note: 'another street' },
  { contract: logVisit, as: 'recruitStaff', input: visit, expect: 'FORBIDDEN' },
  { contract: logVisit, as: 'gridMemberA', input: visit, expect: 'ok' },
  { contract: logVisit, as: 'stationA', input: visit, expect: 'ok' },

  {
    contract: listVisits,
    as: 'veteranB',
    input: (w) => ({ veteranId: inGridA(w) }),
    expect: 'FORBIDDEN',
    note: "another veteran's visits",
  },
  { contract: listVisits, as: 'gridMemberB', input: { gridId: 'g-10-01-3' }, expect: 'FORBIDDEN' },
  {
    contract: listVisits,
    as: 'veteranA',
    input: async (w) => ({ veteranId: (await w.veteranOf('demo-veteran-1'))._id }),
    expect: 'ok',
    note: 'own visits',
  },
  { contract: listVisits, as: 'gridLeaderA', input: { gridId: 'g-10-01-3' }, expect: 'ok' },

  {
    contract: recordOccasion,
    as: 'veteranA',
    input: (w) => ({ veteranId: inGridA(w), occasion: 'illness' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: recordOccasion,
    as: 'gridMemberB',
    input: (w) => ({ veteranId: inGridA(w), occasion: 'illness' }),
    expect: 'FORBIDDEN',
  },
  {
    contract: recordOccasion,
    as: 'gridMemberA',
    input: (w) => ({ veteranId: inGridA(w), occasion: 'illness', note: '住院' }),
    expect: 'ok',
  },

  { contract: listTasks, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: listTasks, as: 'streetB', input: { orgId: 'g-10-01-3' }, expect: 'FORBIDDEN' },
  { contract: listTasks, as: 'gridMemberA', input: {}, expect: 'ok' },
  { contract: listTasks, as: 'district', input: { overdueOnly: true }, expect: 'ok' },

  { contract: uncontacted, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: uncontacted, as: 'gridMemberB', input: { gridId: 'g-10-01-3' }, expect: 'FORBIDDEN' },
  { contract: uncontacted, as: 'gridMemberA', input: {}, expect: 'ok' },

  { contract: coverage, as: 'agencyStaff', input: {}, expect: 'FORBIDDEN' },
  { contract: coverage, as: 'streetA', input: { orgId: 's-01' }, expect: 'FORBIDDEN', note: 'another street' },
  { contract: coverage, as: 'streetA', input: {}, expect: 'ok' },
  { contract: coverage, as: 'district', input: { orgId: 'c-10-01' }, expect: 'ok' },

  { contract: getCareSettings, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: getCareSettings, as: 'newUser', input: {}, expect: 'FORBIDDEN' },
  { contract: getCareSettings, as: 'gridMemberA', input: {}, expect: 'ok' },

  { contract: updateCareSettings, as: 'streetA', input: settings, expect: 'FORBIDDEN' },
  { contract: updateCareSettings, as: 'gridLeaderA', input: settings, expect: 'FORBIDDEN' },
  { contract: updateCareSettings, as: 'district', input: settings, expect: 'ok' },

  {
    contract: createCampaign,
    as: 'gridLeaderA',
    input: campaign('c-10-01'),
    expect: 'FORBIDDEN',
    note: 'grid team does not start campaigns',
  },
  { contract: createCampaign, as: 'streetB', input: campaign('s-10'), expect: 'FORBIDDEN' },
  { contract: createCampaign, as: 'streetA', input: campaign('s-10'), expect: 'ok' },

  { contract: listCampaigns, as: 'veteranA', input: {}, expect: 'FORBIDDEN' },
  { contract: listCampaigns, as: 'streetB', input: { orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: listCampaigns, as: 'stationA', input: {}, expect: 'ok' },

  { contract: campaignProgress, as: 'veteranA', input: RUNNING, expect: 'FORBIDDEN', note: 'a veteran' },
  { contract: campaignProgress, as: 'streetB', input: RUNNING, expect: 'NOT_FOUND', note: "another street's campaign" },
  {
    contract: campaignProgress,
    as: 'gridMemberB',
    input: RUNNING,
    expect: 'NOT_FOUND',
    note: 'a grid outside the campaign',
  },
  { contract: campaignProgress, as: 'gridMemberA', input: RUNNING, expect: 'ok', note: 'own grid inside the campaign' },
  { contract: campaignProgress, as: 'district', input: RUNNING, expect: 'ok' },

  { contract: uploadVisitPhoto, as: 'anonymous', input: photo, expect: 'UNAUTHENTICATED' },
  {
    contract: uploadVisitPhoto,
    as: 'veteranA',
    input: photo,
    expect: 'FORBIDDEN',
    note: 'a veteran does not log visits',
  },
  { contract: uploadVisitPhoto, as: 'agencyStaff', input: photo, expect: 'FORBIDDEN' },
  { contract: uploadVisitPhoto, as: 'gridMemberA', input: photo, expect: 'ok' },
];
