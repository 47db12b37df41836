/**
 * What 首页 and 监督事项 offer each kind of person (PRODUCT.md, "Who uses it"): the app decides it from the
 * named policies of types/auth/policies.ts (issue 17), so a change of a policy shows here as a change of
 * what a person is offered. Written from the roles table, not from the code.
 */
import type { RoleView, WhoAmI } from '@types-contract/account/whoami';
import type { Role } from '@types-contract/auth/roles';
import { homeKind } from '../../src/features/home/home-kind';
import { homeSections } from '../../src/features/home/home-sections';
import { entriesFor } from '../../src/features/supervision/entries';

const GRID_A = ['d-xz', 's-10', 'c-10-01', 'g-10-01-3'];
const seat = (role: Role, orgPath: string[], isAdmin = false): RoleView => ({
  role,
  roleLabel: role,
  orgId: orgPath[orgPath.length - 1],
  orgName: orgPath[orgPath.length - 1],
  orgPath,
  isAdmin,
  staffId: role === 'veteran' ? null : `staff-${role}`,
});
const veteranFile = {
  id: 'v1',
  name: '张三',
  idMasked: '',
  phoneMasked: null,
  gridId: GRID_A[3],
  gridName: '第三网格',
};
const person = (roles: RoleView[], veteran = false): WhoAmI => ({
  roles,
  name: null,
  veteran: veteran ? veteranFile : null,
  registration: null,
  preferences: { elderMode: null },
  uploadFolder: 'f',
});

const PEOPLE: Record<string, WhoAmI> = {
  newUser: person([]),
  veteran: person([seat('veteran', GRID_A)], true),
  gridMember: person([seat('grid_member', GRID_A)]),
  veteranGridLeader: person([seat('veteran', GRID_A), seat('grid_leader', GRID_A)], true),
  station: person([seat('station_staff', GRID_A.slice(0, 3))]),
  streetAdmin: person([seat('street_staff', GRID_A.slice(0, 2), true)]),
  districtAdmin: person([seat('district_staff', ['d-xz'], true)]),
  recruitStaff: person([seat('recruitment_staff', ['d-xz', 'u-recruit'])]),
  recruitHead: person([seat('recruitment_head', ['d-xz', 'u-recruit'])]),
  agencyStaff: person([seat('agency_staff', ['d-xz', 'u-amr'])]),
  integritySupervisor: person([seat('integrity_supervisor', ['d-xz', 'u-recruit'])]),
  conductSupervisor: person([seat('conduct_supervisor', ['d-xz', 'u-amr'])]),
};

const go = () => () => undefined;
const sections = (who: WhoAmI) =>
  Object.fromEntries(homeSections(who, {}, go).map((s) => [s.key, s.tiles.map((t) => t.key)]));

const VETERAN_TILES = ['myFile', 'submit', 'mine', 'assist', 'activities', 'myVolunteering'];
const GRID_TILES = [
  'registrations',
  'corrections',
  'inbox',
  'care',
  'publish',
  'campaigns',
  'dashboard',
  'figures',
  'activities',
  'activityCreate',
];
const AREA_TILES = [
  'inbox',
  'assistQueue',
  'ledger',
  'publish',
  'coverage',
  'campaigns',
  'dashboard',
  'figures',
  'activities',
  'activityCreate',
];
const PUBLIC = { public: ['problems'] };
const SUPERVISION = { supervision: ['hub', 'problems'] };

it.each([
  ['newUser', PUBLIC],
  ['veteran', { veteran: VETERAN_TILES, ...PUBLIC }],
  ['gridMember', { grid: GRID_TILES, ...PUBLIC }],
  // Two hats, two sections; a service shown in the first is not repeated.
  ['veteranGridLeader', { veteran: VETERAN_TILES, grid: GRID_TILES.filter((t) => t !== 'activities'), ...PUBLIC }],
  // The station manages its community's grid teams (issue 13 item 1, PRODUCT.md "manage grids and staff").
  ['station', { area: [...AREA_TILES, 'team'], ...PUBLIC }],
  ['streetAdmin', { area: [...AREA_TILES, 'team'], ...PUBLIC }],
  ['districtAdmin', { area: [...AREA_TILES, 'team', 'careSettings', 'assistSettings'], ...PUBLIC }],
  ['recruitStaff', { ...SUPERVISION }],
  ['recruitHead', { ...SUPERVISION }],
  ['agencyStaff', { ...SUPERVISION }],
  ['integritySupervisor', { ...SUPERVISION }],
  ['conductSupervisor', { ...SUPERVISION }],
])('首页 of %s: one section per hat', (name, expected) => {
  expect(sections(PEOPLE[name])).toEqual(expected);
});

it.each([
  ['newUser', 'unregistered'],
  ['veteran', 'grid'],
  ['gridMember', 'grid'],
  ['station', 'staff'],
  ['districtAdmin', 'staff'],
  ['integritySupervisor', 'staff'],
])('首页 of %s is about %s', (name, kind) => {
  expect(homeKind(PEOPLE[name])).toBe(kind);
});

it.each([
  ['veteran', []],
  ['station', []],
  // Issue 15 item 4: the recruitment office and an agency invite their supervisors to meetings; supervisors
  // see their invitations.
  ['integritySupervisor', ['card', 'fileReport', 'myReports', 'notices', 'prohibitions', 'meetings']],
  ['conductSupervisor', ['card', 'feedbackNew', 'myFeedback', 'meetings']],
  ['recruitStaff', ['notices', 'prohibitions', 'officeReports', 'stages', 'meetings']],
  ['recruitHead', ['notices', 'prohibitions', 'officeReports', 'stages', 'appointments', 'meetings']],
  ['agencyStaff', ['appointments', 'agencyFeedback', 'meetings']],
])('监督事项 offers %s their own work, and the problem list to all', (name, pages) => {
  expect(entriesFor(PEOPLE[name].roles).map((e) => e.page)).toEqual([...pages, 'problems']);
});
