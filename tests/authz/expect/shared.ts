import type { Persona } from '../personas';

/** Persona groups named after PRODUCT.md's roles, so each table reads as the product's sentence. */
export const SIGNED_IN: Persona[] = [
  'newUser',
  'veteranA',
  'veteranB',
  'gridLeaderA',
  'gridMemberA',
  'gridMemberB',
  'stationA',
  'streetA',
  'streetB',
  'district',
  'recruitStaff',
  'recruitHead',
  'agencyStaff',
  'integritySupervisor',
  'conductSupervisor',
];
export const VETERANS: Persona[] = ['veteranA', 'veteranB'];
/** The grid team (leader, members) of each side. */
export const GRID_TEAM: Persona[] = ['gridLeaderA', 'gridMemberA', 'gridMemberB'];
/** Staff over places: the grid team and the station, street and district staff above it. */
export const PLACE_STAFF: Persona[] = [...GRID_TEAM, 'stationA', 'streetA', 'streetB', 'district'];
/** Station, street and district staff ("see their area's ledger and statistics; handle escalated requests"). */
export const AREA_STAFF: Persona[] = ['stationA', 'streetA', 'streetB', 'district'];
/** Everyone who lives in or works for a grid: its veterans and the staff over it. */
export const GRID_PEOPLE: Persona[] = [...VETERANS, ...PLACE_STAFF];
export const RECRUITMENT_OFFICE: Persona[] = ['recruitStaff', 'recruitHead'];
export const SUPERVISORS: Persona[] = ['integritySupervisor', 'conductSupervisor'];
