import { PERSONAS, type Persona } from '../personas';

/** Persona groups named after PRODUCT.md's roles, so each table reads as the product's sentence. */
export const SIGNED_IN: Persona[] = PERSONAS.filter((p) => p !== 'anonymous');
export const VETERANS: Persona[] = ['veteranA', 'veteranB'];
/**
 * Every bound veteran: the demo ones and the party personas who are veterans of their own grids too (the
 * branch secretary lives in grid A, the other branch's member in grid B). For what any veteran of a grid may
 * do; a thing of one veteran's own (their request, their file) stays VETERANS'.
 */
export const BOUND_VETERANS: Persona[] = [...VETERANS, 'partySecretaryA', 'partyMemberB'];
/** The grid team (leader, members) of each side. */
export const GRID_TEAM: Persona[] = ['gridLeaderA', 'gridMemberA', 'gridMemberB'];
/** Staff over places: the grid team and the station, street and district staff above it. */
export const PLACE_STAFF: Persona[] = [...GRID_TEAM, 'stationA', 'streetA', 'streetB', 'district'];
/** Station, street and district staff ("see their area's ledger and statistics; handle escalated requests"). */
export const AREA_STAFF: Persona[] = ['stationA', 'streetA', 'streetB', 'district'];
/** Everyone who lives in or works for a grid: its veterans and the staff over it. */
export const GRID_PEOPLE: Persona[] = [...BOUND_VETERANS, ...PLACE_STAFF];
export const RECRUITMENT_OFFICE: Persona[] = ['recruitStaff', 'recruitHead'];
export const SUPERVISORS: Persona[] = ['integritySupervisor', 'conductSupervisor'];
/** Everyone who holds a staff seat: over places, and in the bodies (征兵办, an agency). */
export const SEAT_HOLDERS: Persona[] = [...PLACE_STAFF, ...RECRUITMENT_OFFICE, 'agencyStaff'];
