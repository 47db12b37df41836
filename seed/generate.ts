import type { AccountDoc, InvitationDoc, RegistrationDoc, StaffDoc } from '../types/account/model';
import type { OrgDoc } from '../types/org/model';
import type { VeteranDoc } from '../types/veteran/model';
import type { CorrectionDoc, LedgerStatsDoc } from '../types/veteran/records';
import { createPii } from '../cloudfunctions/_kernel/pii';
import type { DistrictSpec } from './district/district-spec';
import type { DemoPerson } from './district/demo-cast';
import { buildOrgs } from './build-orgs';
import { buildStaff, type FixedStaff } from './build-staff';
import { buildInvitations } from './build-invitations';
import { buildRegistrations } from './build-registrations';
import { buildAccounts } from './build-accounts';
import { buildLedgerStats } from './build-ledger-stats';
import { buildRollups } from './build-rollups';
import type { RollupDoc } from '../types/rollups/model';
import { buildCorrections } from './build-corrections';
import { createRandom } from './random';
import { IdentityFactory } from './synthetic-identity';
import { placeFiles } from './place-files';
import { SEED_PROPORTIONS } from './proportions';
import { buildGroupActivity } from './build-group-activity';
import { buildVolunteering, type VolunteeringSeed } from './build-volunteering';
import type { GroupDoc, GroupMemberDoc, MessageDoc } from '../types/groups/model';
import { buildLiaisonGroups } from './build-liaison-groups';
import type { NoticeDoc } from '../types/notices/model';
import type { CampaignDoc, VisitDoc } from '../types/care/model';
import type { AssistanceDoc, FundMovementDoc, ReliefFundDoc } from '../types/assist/model';
import { buildCareMonthly, buildVisits } from './build-care';
import { buildCampaigns } from './build-campaigns';
import type { CareMonthlyDoc } from '../types/care/monthly';
import {
  foldActivityMonthly,
  meetingBooking,
  staffBooking,
  type ActivityBooking,
  type ActivityMonthlyDoc,
} from '../types/activities/monthly';
import { buildAssistance } from './build-assistance';
import { buildRequests } from './build-requests';
import type { RequestDoc } from '../types/requests/model';
import { buildSupervision, type SupervisionSeed } from './build-supervision';
import { buildParty, emptyParty, type PartySeed } from './build-party';

export interface GenerateOptions {
  /** Files of category 'veteran' (dependants come on top, `dependantsPerVeteran` of it). */
  veterans: number;
  seed: number;
  /** The master key (base64, 32 bytes) the functions will use to decrypt and match. */
  piiKey: string;
  /** The moment the district is generated "at": every date is relative to it, none to the real clock. */
  now: Date;
}

/** Documents per collection, named as the collections are. */
interface GeneratedCore {
  orgs: OrgDoc[];
  staff: StaffDoc[];
  accounts: AccountDoc[];
  veterans: VeteranDoc[];
  registrations: RegistrationDoc[];
  invitations: InvitationDoc[];
  groups: GroupDoc[];
  groupMembers: GroupMemberDoc[];
  messages: MessageDoc[];
  notices: NoticeDoc[];
  visits: VisitDoc[];
  visitCampaigns: CampaignDoc[];
  assistance: AssistanceDoc[];
  reliefFunds: ReliefFundDoc[];
  fundMovements: FundMovementDoc[];
  careMonthly: CareMonthlyDoc[];
  /** The dashboard's activity rows the functions keep on every write, folded from the seeded meetings and staff. */
  activityMonthly: ActivityMonthlyDoc[];
  /** Volunteers, activities and their sign-ups (build-volunteering.ts); none in the tiny district. */
  volunteers: VolunteeringSeed['volunteers'];
  activities: VolunteeringSeed['activities'];
  activitySignups: VolunteeringSeed['activitySignups'];
  volunteerTeams: VolunteeringSeed['volunteerTeams'];
  teamMembers: VolunteeringSeed['teamMembers'];
  ledgerStats: LedgerStatsDoc[];
  rollups: RollupDoc[];
  corrections: CorrectionDoc[];
  requests: RequestDoc[];
  request_counters: { _id: string; n: number }[];
  demoPeople: DemoPerson[];
}

export type GeneratedDistrict = GeneratedCore & SupervisionSeed & Omit<PartySeed, 'groups' | 'groupMembers'>;

/** The org tree was set up when the grid ledger started (2019). */
const ORG_CREATED_AT = new Date(Date.UTC(2019, 0, 1));

/**
 * A whole district from its spec. Deterministic: the same spec and options give the same documents,
 * except that ciphertexts (`*Enc`) differ run to run because AES-GCM draws a fresh IV for every value;
 * what they decrypt to is the same.
 */
export function generateDistrict(spec: DistrictSpec, options: GenerateOptions): GeneratedDistrict {
  const { seed, now } = options;
  const pii = createPii(options.piiKey);
  const identities = new IdentityFactory(createRandom(seed, 'identities'));
  const cast = spec.demo;
  if (cast) {
    identities.reserveId(cast.unregistered.idNumber);
    identities.reservePhone(cast.unregistered.phone);
  }

  const tree = buildOrgs(spec, ORG_CREATED_AT);
  const fixedStaff = new Map<string, FixedStaff>(
    (cast?.staff ?? []).map((s) => [s.staffId, { name: s.name, openid: s.openid }]),
  );
  const { staff, genderOf } = buildStaff(spec, tree, createRandom(seed, 'staff'), identities, now, fixedStaff);

  const files = placeFiles({
    spec,
    tree,
    staff,
    genderOf,
    veterans: options.veterans,
    dependants: Math.round(options.veterans * SEED_PROPORTIONS.dependantsPerVeteran),
    rng: createRandom(seed, 'veterans'),
    identities,
    pii,
    now,
  });

  const unregisteredIds = new Set(
    files.filter((f) => cast && f.idNumber === cast.unregistered.idNumber).map((f) => f.doc._id),
  );
  const registrations = buildRegistrations(
    { spec, rng: createRandom(seed, 'registrations'), identities, pii, now },
    tree.grids,
    files,
    cast ? [cast.unregistered.gridId] : [],
    unregisteredIds,
  );

  const veterans = files.map((f) => f.doc);
  const supervision = buildSupervision(tree.orgs, seed, identities, now, cast?.supervisors ?? []);
  const demoPeople = demoPeopleOf(spec, staff);
  const activity = buildGroupActivity({
    orgs: tree.orgs,
    staff,
    veterans,
    demoGridIds: [...new Set((cast?.veterans ?? []).map((v) => v.gridId))],
    rng: createRandom(seed, 'group-activity'),
    now,
    chatter: options.veterans > 1000,
  });
  // The demo veteran's street runs a visit campaign (大走访) now.
  const demoStreetId = cast?.veterans[0]?.gridId
    ? tree.orgs.find((o) => o._id === cast.veterans[0].gridId)?.path[1]
    : undefined;
  const campaigns = buildCampaigns(
    createRandom(seed, 'campaigns'),
    tree.orgs.find((o) => o._id === demoStreetId),
    veterans,
    staff,
    now,
  );
  const visits = [...buildVisits(createRandom(seed, 'visits'), veterans, staff, now), ...campaigns.visits];
  const { assistance, reliefFunds, fundMovements } = buildAssistance(
    createRandom(seed, 'assistance'),
    veterans,
    spec.id,
    now,
  );
  const requests = buildRequests({
    rng: createRandom(seed, 'requests'),
    now,
    veterans,
    staff,
    demoVeteranOpenid: cast?.veterans[0]?.openid,
    demoGridId: cast?.veterans[0]?.gridId,
  });
  const liaison = buildLiaisonGroups(tree.orgs, staff, supervision.supervisors, now);
  const accounts = buildAccounts(staff, veterans, registrations, supervision.supervisors, demoPeople);
  // Last, and drawing nothing at random: the rest of the district is the same with or without it.
  const party = cast
    ? buildParty({
        orgs: tree.orgs,
        staff,
        veterans,
        accounts,
        demoGridId: cast.veterans[0].gridId,
        keepUnbound: unregisteredIds,
        affairsStaffId: cast.partyAffairsStaffId,
        now,
      })
    : null;
  for (const p of party?.people ?? []) {
    const order = demoPeople.length + 1;
    demoPeople.push({ ...p, order });
    const account = accounts.find((a) => a._id === p.openid);
    if (!account) throw new Error(`demo person without an account: ${p.openid}`);
    account.demo = { label: p.label, role: p.role, description: p.description, order };
  }
  const partyDocs = party?.party ?? emptyParty();
  const ledgerStats = buildLedgerStats(tree.orgs, veterans, now);
  // Volunteering fills the demo's 志愿活动 and the dashboard's figures; the tiny test district has none (its
  // tests create their own activities). Its own random stream: the rest is the same with or without it.
  const volunteering =
    options.veterans > 1000
      ? buildVolunteering({ orgs: tree.orgs, staff, veterans, rng: createRandom(seed, 'volunteering'), now })
      : {
          volunteers: [],
          activities: [],
          activitySignups: [],
          volunteerTeams: [],
          teamMembers: [],
          groups: [],
          bookings: [],
        };
  return {
    ...activity,
    groups: [...activity.groups, ...liaison.groups, ...partyDocs.groups, ...volunteering.groups],
    groupMembers: [...liaison.groupMembers, ...partyDocs.groupMembers],
    partyBranches: partyDocs.partyBranches,
    partySmallGroups: partyDocs.partySmallGroups,
    partyMembers: partyDocs.partyMembers,
    partyPosts: partyDocs.partyPosts,
    partyMeetings: partyDocs.partyMeetings,
    visits,
    visitCampaigns: campaigns.visitCampaigns,
    assistance,
    reliefFunds,
    fundMovements,
    careMonthly: buildCareMonthly(visits, assistance),
    activityMonthly: foldActivityMonthly(
      [
        ...partyDocs.partyMeetings.map(meetingBooking),
        ...staff.map(staffBooking),
        ...volunteering.bookings.filter((b) => Object.keys(b.delta).length),
      ].filter((b): b is ActivityBooking => !!b),
    ),
    volunteers: volunteering.volunteers,
    activities: volunteering.activities,
    activitySignups: volunteering.activitySignups,
    volunteerTeams: volunteering.volunteerTeams,
    teamMembers: volunteering.teamMembers,
    orgs: tree.orgs,
    staff,
    accounts,
    veterans,
    registrations,
    invitations: buildInvitations(staff, createRandom(seed, 'invitations')),
    ledgerStats,
    rollups: buildRollups(tree.orgs, ledgerStats, now),
    corrections: buildCorrections(
      createRandom(seed, 'corrections'),
      veterans,
      cast ? cast.veterans.map((v) => v.gridId) : [],
      new Set(demoPeople.map((p) => p.openid)),
      now,
    ),
    ...requests,
    demoPeople,
    ...supervision,
  };
}

function demoPeopleOf(spec: DistrictSpec, staff: StaffDoc[]): DemoPerson[] {
  const cast = spec.demo;
  if (!cast) return [];
  const byId = new Map(staff.map((s) => [s._id, s]));
  const people: DemoPerson[] = cast.veterans.map((v) => ({
    openid: v.openid,
    label: v.label,
    role: 'veteran',
    description: v.description,
    order: 0,
  }));
  for (const s of cast.staff) {
    const seat = byId.get(s.staffId);
    if (!seat) throw new Error(`demo staff seat does not exist: ${s.staffId}`);
    people.push({ openid: s.openid, label: s.label, role: seat.role, description: s.description, order: 0 });
  }
  for (const s of cast.supervisors ?? []) {
    const role = s.type === 'integrity' ? 'integrity_supervisor' : 'conduct_supervisor';
    people.push({ openid: s.openid, label: s.label, role, description: s.description, order: 0 });
  }
  return people.map((p, i) => ({ ...p, order: i + 1 }));
}
