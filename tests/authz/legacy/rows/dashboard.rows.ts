import type { AuthzCase } from '../case';
import { dashboardExport, dashboardOverview } from '../../../../types/dashboard/overview';

export const cases: AuthzCase[] = [
  { contract: dashboardOverview, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: dashboardOverview, as: 'veteranA', input: {}, expect: 'FORBIDDEN', note: 'veterans see no dashboard' },
  { contract: dashboardOverview, as: 'recruitHead', input: {}, expect: 'FORBIDDEN' },
  {
    contract: dashboardOverview,
    as: 'streetA',
    input: { orgId: 'd-xz' },
    expect: 'FORBIDDEN',
    note: 'above its jurisdiction',
  },
  {
    contract: dashboardOverview,
    as: 'streetB',
    input: { orgId: 'g-10-01-3' },
    expect: 'FORBIDDEN',
    note: "another street's grid",
  },
  { contract: dashboardOverview, as: 'gridMemberA', input: {}, expect: 'ok', note: 'own grid' },
  { contract: dashboardOverview, as: 'stationA', input: {}, expect: 'ok' },
  { contract: dashboardOverview, as: 'streetA', input: { orgId: 'g-10-01-3' }, expect: 'ok', note: 'drill down' },
  { contract: dashboardOverview, as: 'district', input: {}, expect: 'ok' },
  { contract: dashboardExport, as: 'veteranA', input: { table: 'children' }, expect: 'FORBIDDEN' },
  { contract: dashboardExport, as: 'stationA', input: { table: 'months', orgId: 's-10' }, expect: 'FORBIDDEN' },
  { contract: dashboardExport, as: 'streetA', input: { table: 'children' }, expect: 'ok' },
];
