import { createHmac } from 'node:crypto';
import { checkIn, checkInByScan, checkinCode, markAttendance } from '../../../types/activities/checkin';
import { correctHours, hoursCorrections } from '../../../types/activities/corrections';
import { activityDetail, createActivity, listActivities } from '../../../types/activities/manage';
import type { ActivityDoc, CertificateDoc, SignupDoc } from '../../../types/activities/model';
import {
  certificateDetail,
  issueCertificate,
  myServiceRecord,
  recordHours,
  verifyCertificate,
} from '../../../types/activities/records';
import { cancelSignup, signUp } from '../../../types/activities/signup';
import { summarizeActivity, uploadActivityPhoto } from '../../../types/activities/summary';
import { myVolunteerProfile, registerVolunteer } from '../../../types/activities/volunteers';
import { recordVolunteerHonour } from '../../../types/activities/honours';
import { exportVolunteers, listVolunteers } from '../../../types/activities/volunteer-list';
import {
  createTeam,
  decideTeamRequest,
  leaveTeam,
  listTeams,
  requestToJoinTeam,
  setTeamLeader,
  teamDetail,
  teamMemberId,
  type TeamDoc,
} from '../../../types/activities/teams';
import type { VeteranDoc } from '../../../types/veteran/model';
import { COMMUNITY, DISTRICT, type Persona, STREET, type Side } from '../personas';
import type { World } from '../world';
import { AREA_STAFF, BOUND_VETERANS, SIGNED_IN, VETERANS } from './shared';
import { table } from './table';

/**
 * Volunteer activities (journey 6): "a community posts a volunteer activity; veterans sign up from the
 * group card, check in on site by scanning the organiser's code, and later see their hours and a
 * certificate". The organiser is the side's community (its service station) and the staff above it keep
 * the activity: its code, attendance, hours, corrections, summary and certificates; the grid team, whose
 * jurisdiction is one grid below the community, does not. The audience is the community's veterans. A
 * certificate can be checked by anyone who holds its number; its full text is the volunteer's and the
 * issuer's. Volunteers register themselves for an area of their own. Training and awards on a volunteer's
 * record are written by the same keepers of the volunteer's area, who certify them (谁记录谁证明).
 */
const HOUR = 3_600_000;
const SECRET = 'authz-checkin-secret';
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const keepers = { inScope: AREA_STAFF, outOfScope: ['district'] as Persona[] };
const ownVeterans = { inScope: BOUND_VETERANS, outOfScope: [] as Persona[] };
const everyone = { inScope: SIGNED_IN, outOfScope: SIGNED_IN };

const pathOf = (side: Side) => [DISTRICT, STREET[side], COMMUNITY[side]];

/** An open activity of the side's community for its veterans, starting `startsInMs` from now. */
function activity(w: World, side: Side, startsInMs = 48 * HOUR): ActivityDoc {
  const now = Date.now();
  const doc: ActivityDoc = {
    _id: w.freshId('act'),
    kind: 'volunteer',
    title: '党员义工巡查队巡查',
    description: '',
    organiserOrgId: COMMUNITY[side],
    organiserPath: pathOf(side),
    organiserName: '社区服务站',
    audienceOrgId: COMMUNITY[side],
    audiencePath: pathOf(side),
    place: '社区服务站门口',
    startAt: new Date(now + startsInMs),
    endAt: new Date(now + startsInMs + 3 * HOUR),
    signupDeadline: new Date(now + startsInMs - HOUR),
    capacity: 10,
    waitlistCap: 5,
    remaining: 9,
    waitRemaining: 5,
    checkinSecret: SECRET,
    status: 'open',
    createdBy: { staffId: 'authz', name: '矩阵' },
    createdAt: new Date(now),
    updatedAt: new Date(now),
  };
  w.put('activities', doc as never);
  return doc;
}

/** A sign-up of `veteran` for `a`, with `set` applied. */
function signup(w: World, a: ActivityDoc, veteran: VeteranDoc, set: Partial<SignupDoc> = {}): SignupDoc {
  const doc: SignupDoc = {
    _id: `${a._id}_${veteran._id}`,
    activityId: a._id,
    veteranId: veteran._id,
    name: veteran.name,
    status: 'signed',
    queuedAt: new Date(),
    checkedInAt: null,
    minutes: null,
    recordedBy: null,
    recordedAt: null,
    organiserOrgId: a.organiserOrgId,
    activityTitle: a.title,
    activityKind: a.kind,
    activityStartAt: a.startAt,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...set,
  };
  w.put('activitySignups', doc as never);
  return doc;
}

/** The caller's own file when they are a veteran, else the side's demo veteran (for a cell that is refused). */
const attendee = (w: World, side: Side, caller: string | null): VeteranDoc =>
  (caller && w.find<VeteranDoc>('veterans', { openid: caller })[0]) || w.veteran(side);

/** An activity under way with the side's demo veteran checked in and `minutes` recorded. */
function attended(w: World, side: Side, minutes: number | null = null) {
  const a = activity(w, side, -HOUR);
  const s = signup(w, a, w.veteran(side), { checkedInAt: new Date(), minutes });
  return { a, s };
}

/** The code on the organiser's phone now: HMAC-SHA256 of the 30-second window, six digits. */
function codeNow(): string {
  const digest = createHmac('sha256', SECRET)
    .update(String(Math.floor(Date.now() / 30_000)))
    .digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

/** The token the organiser's QR code holds now: 16 bytes of HMAC-SHA256 of `scan:` and the window, base64url. */
function scanTokenNow(): string {
  return createHmac('sha256', SECRET)
    .update(`scan:${Math.floor(Date.now() / 30_000)}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** The caller's file registered as a volunteer (the cells of team actions a volunteer takes). */
function asVolunteer(w: World, v: VeteranDoc): VeteranDoc {
  if (!w.find('volunteers', { _id: v._id }).length)
    w.put('volunteers', {
      _id: v._id,
      veteranId: v._id,
      name: v.name,
      orgPath: v.orgPath,
      skills: ['patrol'],
      otherSkill: '',
      availability: ['weekend'],
      areaOrgId: v.orgPath[2],
      areaName: '社区',
      registeredAt: new Date(),
      updatedAt: new Date(),
    });
  return v;
}

/** A volunteer team of the side's community led by a neighbour of the demo veteran (no persona leads it). */
function team(w: World, side: Side): TeamDoc {
  const leader = w.neighbour(side);
  const id = w.freshId('team');
  const doc: TeamDoc = {
    _id: id,
    name: '党员义工巡查队',
    orgId: COMMUNITY[side],
    orgPath: pathOf(side),
    orgName: '社区',
    leaderVeteranId: leader._id,
    leaderName: leader.name,
    members: 1,
    groupId: `team__${id}`,
    createdBy: 'authz',
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  w.put('volunteerTeams', doc as never);
  return doc;
}

/** `v`'s place in `t` with `status`. */
function teamMember(w: World, t: TeamDoc, v: VeteranDoc, status: 'pending' | 'member'): void {
  w.put('teamMembers', {
    _id: teamMemberId(t._id, v._id),
    teamId: t._id,
    veteranId: v._id,
    name: v.name,
    status,
    requestedAt: new Date(),
    decidedAt: null,
    decidedBy: null,
    updatedAt: new Date(),
  });
}
let teamNames = 0;

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
let certificates = 0;
/** A certificate of the side's demo veteran issued by the side's community; answers its number. */
function certificate(w: World, side: Side): string {
  const v = w.veteran(side);
  let n = ++certificates + Date.now();
  let tail = '';
  for (let i = 0; i < 11; i++, n = Math.floor(n / LETTERS.length)) tail += LETTERS[n % LETTERS.length];
  const doc: CertificateDoc = {
    _id: `AUTHZ${tail}`,
    veteranId: v._id,
    name: v.name,
    idMasked: '440402********1234',
    minutes: 120,
    services: [],
    issuerOrgId: COMMUNITY[side],
    issuerPath: pathOf(side),
    issuerName: '社区服务站',
    personInCharge: '周站长',
    contact: '13923456789',
    issuedAt: new Date(),
  };
  w.put('volunteerCertificates', doc as never);
  return doc._id;
}

export const tables = [
  table({
    contract: createActivity,
    target: (_w, side) => {
      const start = Date.now() + 72 * HOUR;
      return {
        kind: 'volunteer' as const,
        title: '党员义工巡查队巡查',
        organiserOrgId: COMMUNITY[side],
        audienceOrgId: COMMUNITY[side],
        place: '社区服务站门口',
        startAt: new Date(start).toISOString(),
        endAt: new Date(start + 2 * HOUR).toISOString(),
        signupDeadline: new Date(start - 24 * HOUR).toISOString(),
        capacity: 20,
      };
    },
    allowed: keepers,
  }),
  table({
    contract: listActivities,
    target: () => ({}),
    // What is open to the caller or organised over their jurisdiction: anyone may ask.
    allowed: everyone,
    unplaced: "the caller's own activities",
  }),
  table({
    contract: activityDetail,
    target: (w, side) => ({ id: activity(w, side)._id }),
    allowed: { inScope: [...BOUND_VETERANS, ...AREA_STAFF], outOfScope: ['district'] },
  }),
  table({ contract: signUp, target: (w, side) => ({ activityId: activity(w, side)._id }), allowed: ownVeterans }),
  table({
    contract: cancelSignup,
    target: (w, side, caller) => {
      const a = activity(w, side);
      signup(w, a, attendee(w, side, caller));
      return { activityId: a._id };
    },
    allowed: ownVeterans,
  }),
  table({
    contract: checkinCode,
    target: (w, side) => ({ activityId: activity(w, side)._id }),
    allowed: keepers,
  }),
  table({
    contract: checkIn,
    target: (w, side, caller) => {
      const a = activity(w, side, 0);
      signup(w, a, attendee(w, side, caller));
      return { activityId: a._id, code: codeNow() };
    },
    allowed: ownVeterans,
  }),
  table({
    contract: checkInByScan,
    target: (w, side, caller) => {
      const a = activity(w, side, 0);
      signup(w, a, attendee(w, side, caller));
      return { activityId: a._id, token: scanTokenNow() };
    },
    allowed: ownVeterans,
  }),
  table({
    contract: markAttendance,
    target: (w, side) => {
      const a = activity(w, side, 0);
      return { activityId: a._id, signupIds: [signup(w, a, w.veteran(side))._id] };
    },
    allowed: keepers,
  }),
  table({
    contract: recordHours,
    target: (w, side) => {
      const { a, s } = attended(w, side);
      return { activityId: a._id, entries: [{ signupId: s._id, hours: 2 }] };
    },
    allowed: keepers,
  }),
  table({
    contract: correctHours,
    target: (w, side) => {
      const { a, s } = attended(w, side, 120);
      return { activityId: a._id, signupId: s._id, hours: 3, reason: '少登记了1小时' };
    },
    allowed: keepers,
  }),
  table({
    contract: hoursCorrections,
    target: (w, side) => ({ activityId: attended(w, side, 120).a._id }),
    allowed: keepers,
  }),
  table({
    contract: summarizeActivity,
    target: (w, side) => ({ activityId: attended(w, side).a._id, text: '巡查了三栋楼，排查隐患两处。' }),
    allowed: keepers,
  }),
  // PRODUCT.md journey 6 / issue 15: the organiser "adds photos and a summary": the same keepers as the summary.
  table({
    contract: uploadActivityPhoto,
    target: (w, side) => ({
      activityId: attended(w, side).a._id,
      contentType: 'image/png' as const,
      dataBase64: PNG_1PX,
    }),
    allowed: keepers,
  }),
  table({
    contract: issueCertificate,
    target: (w, side) => {
      const { s } = attended(w, side, 120);
      return { veteranId: s.veteranId, issuerOrgId: COMMUNITY[side] };
    },
    allowed: keepers,
    // A certificate names its signer's work phone, for whoever needs to confirm it (谁记录谁证明).
    unmasked: { phone: AREA_STAFF },
  }),
  table({
    contract: certificateDetail,
    target: (w, side) => ({ number: certificate(w, side) }),
    // The side's demo veteran's own certificate, and the staff over the issuer.
    allowed: { inScope: [...VETERANS, ...AREA_STAFF], outOfScope: ['district'] },
    unmasked: { phone: [...BOUND_VETERANS, ...AREA_STAFF] },
  }),
  table({
    contract: verifyCertificate,
    target: (w, side) => ({ number: certificate(w, side) }),
    // Whoever is shown a certificate may check its number, in the app or not (an employer, a school):
    // name, hours, issuer, no file details and no contact.
    allowed: { inScope: ['anonymous', ...SIGNED_IN], outOfScope: ['anonymous', ...SIGNED_IN] },
    unplaced: 'a certificate check',
  }),
  table({
    contract: myServiceRecord,
    target: () => ({}),
    allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS },
    unplaced: "the caller's own hours",
  }),
  table({
    contract: registerVolunteer,
    target: (_w, side) => ({
      availability: ['weekend' as const],
      skills: ['patrol' as const],
      areaOrgId: STREET[side],
    }),
    allowed: ownVeterans,
    // An area outside one's own path is a choice the form never offers: refused as the field's error.
    refusedWith: Object.fromEntries(BOUND_VETERANS.map((p) => [p, ['INVALID_INPUT']])),
  }),
  table({
    contract: recordVolunteerHonour,
    target: (w, side) => {
      const v = w.veteran(side);
      if (!w.find('volunteers', { _id: v._id }).length)
        w.put('volunteers', {
          _id: v._id,
          veteranId: v._id,
          name: v.name,
          orgPath: v.orgPath,
          skills: ['patrol'],
          otherSkill: '',
          availability: ['weekend'],
          areaOrgId: COMMUNITY[side],
          areaName: '社区',
          registeredAt: new Date(),
          updatedAt: new Date(),
        });
      return {
        veteranId: v._id,
        issuerOrgId: COMMUNITY[side],
        kind: 'training' as const,
        title: '应急救护培训',
        date: '2026-01-10',
        hours: 2,
      };
    },
    allowed: keepers,
  }),
  table({
    contract: myVolunteerProfile,
    target: () => ({}),
    allowed: { inScope: BOUND_VETERANS, outOfScope: BOUND_VETERANS },
    unplaced: "the caller's own registration",
  }),
  table({
    contract: listVolunteers,
    // 志愿者名册: whoever organises the node's activities (PRODUCT.md: staff at any level organise).
    target: (_w, side) => ({ orgId: COMMUNITY[side] }),
    allowed: keepers,
  }),
  table({
    contract: exportVolunteers,
    target: (_w, side) => ({ orgId: COMMUNITY[side], reason: '报送民政局' }),
    allowed: keepers,
    unplaced: 'a link to the exported file',
  }),
  table({
    contract: exportVolunteers,
    variant: 'in full',
    // ID numbers and phones in full: street and district staff only, as for the ledger.
    target: (_w, side) => ({ orgId: COMMUNITY[side], full: true, reason: '报送民政局' }),
    allowed: { inScope: ['streetA', 'streetB', 'district'], outOfScope: ['district'] },
    unplaced: 'a link to the exported file',
  }),
  table({
    contract: createTeam,
    // Volunteer teams are set up by the staff of a community or street (PRODUCT.md: staff organise).
    target: (w, side) => {
      teamNames += 1;
      return {
        orgId: COMMUNITY[side],
        name: `巡查队${teamNames}`,
        leaderVeteranId: asVolunteer(w, w.neighbour(side))._id,
      };
    },
    allowed: keepers,
  }),
  table({
    contract: listTeams,
    target: () => ({}),
    allowed: everyone,
    unplaced: 'the names of teams of the caller own community and street, or under their post',
  }),
  table({
    contract: teamDetail,
    // Seen by the veterans living under its community and the staff over it; nobody else learns it exists.
    target: (w, side) => ({ teamId: team(w, side)._id }),
    allowed: { inScope: [...BOUND_VETERANS, ...AREA_STAFF], outOfScope: ['district'] },
    unplaced: "a team's members by name",
  }),
  table({
    contract: requestToJoinTeam,
    target: (w, side, caller) => {
      asVolunteer(w, attendee(w, side, caller));
      return { teamId: team(w, side)._id };
    },
    allowed: { inScope: BOUND_VETERANS, outOfScope: [] },
    unplaced: 'the request status',
  }),
  table({
    contract: decideTeamRequest,
    // The leader (no persona here) and the staff over the team decide.
    target: (w, side) => {
      const t = team(w, side);
      const v = w.veteran(side);
      teamMember(w, t, v, 'pending');
      return { teamId: t._id, veteranId: v._id, accept: true };
    },
    allowed: keepers,
    unplaced: 'the decision',
  }),
  table({
    contract: leaveTeam,
    target: (w, side, caller) => {
      const t = team(w, side);
      teamMember(w, t, attendee(w, side, caller), 'member');
      return { teamId: t._id };
    },
    allowed: { inScope: BOUND_VETERANS, outOfScope: [] },
    unplaced: 'that the caller left',
  }),
  table({
    contract: setTeamLeader,
    // Another member named leader by the staff over the team's node (not by the leader, not by members).
    target: (w, side) => {
      const t = team(w, side);
      const v = w.veteran(side);
      teamMember(w, t, v, 'member');
      return { teamId: t._id, veteranId: v._id };
    },
    allowed: keepers,
    unplaced: 'the new leader name',
  }),
];
