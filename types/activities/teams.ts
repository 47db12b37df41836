import { z } from 'zod';
import { defineContract } from '../common/contract';
import { lineText } from '../common/text';
import { docId } from '../common/validators';

/**
 * Collection `volunteerTeams`: a volunteer team (志愿服务队, e.g. a community's 党员义工巡查队) of a
 * community or street, with a leader (队长) among its registered volunteers and an explicit group of its
 * own (`team__<id>`) on the group machinery.
 */
export interface TeamDoc {
  _id: string;
  name: string;
  orgId: string;
  /** The team's node path (district first, the node last). */
  orgPath: string[];
  orgName: string;
  leaderVeteranId: string;
  leaderName: string;
  /** Members, the leader included (kept by conditional increments). */
  members: number;
  groupId: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export type TeamMemberStatus = 'pending' | 'member' | 'declined' | 'left';

/** Collection `teamMembers`, _id = `<teamId>_<veteranId>`: a person's place in a team (or their request). */
export interface TeamMemberDoc {
  _id: string;
  teamId: string;
  veteranId: string;
  name: string;
  status: TeamMemberStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  /** Who accepted or declined (the leader's or a staff member's display name). */
  decidedBy: string | null;
  updatedAt: Date;
}

export const teamMemberId = (teamId: string, veteranId: string) => `${teamId}_${veteranId}`;

export interface TeamView {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  leaderName: string;
  members: number;
  /** The caller's own standing: 队长, a member, a request waiting, or none. */
  mine: 'leader' | 'member' | 'pending' | null;
  /** The caller may accept members and see requests (the leader, staff over the team's node). */
  manages: boolean;
}

/** Staff of a community or street (or above) set up a team with its leader, a registered volunteer there. */
export const createTeam = defineContract<{ teamId: string; groupId: string }>()({
  fn: 'activities',
  action: 'createTeam',
  input: z
    .object({
      orgId: docId,
      name: lineText().min(2, '队名至少2个字').max(30, '队名不能超过30个字'),
      leaderVeteranId: docId,
    })
    .strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'ALREADY_EXISTS'],
});

/**
 * The teams the caller may see: a veteran, those of their community and street (with their own standing);
 * staff, those under their nodes.
 */
export const listTeams = defineContract<{ teams: TeamView[] }>()({
  fn: 'activities',
  action: 'listTeams',
  input: z.object({}).strict(),
});

/** One team with its members; the requests waiting for whoever manages it. */
export const teamDetail = defineContract<{
  team: TeamView;
  members: { veteranId: string; name: string; leader: boolean }[];
  pending: { veteranId: string; name: string; requestedAt: string }[];
}>()({
  fn: 'activities',
  action: 'teamDetail',
  input: z.object({ teamId: docId }).strict(),
  errors: ['NOT_FOUND'],
});

/** A registered volunteer living under the team's node asks to join; the leader or staff decide. */
export const requestToJoinTeam = defineContract<{ status: 'pending' | 'member' }>()({
  fn: 'activities',
  action: 'requestToJoinTeam',
  input: z.object({ teamId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** The leader (or staff over the team) accepts or declines a request. */
export const decideTeamRequest = defineContract<{ status: 'member' | 'declined' }>()({
  fn: 'activities',
  action: 'decideTeamRequest',
  input: z.object({ teamId: docId, veteranId: docId, accept: z.boolean() }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});

/** A member leaves the team (the leader cannot: staff name another first). */
export const leaveTeam = defineContract<{ left: true }>()({
  fn: 'activities',
  action: 'leaveTeam',
  input: z.object({ teamId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});

/** Staff over the team's node name another member its leader (the old one stays a member). */
export const setTeamLeader = defineContract<{ leaderName: string }>()({
  fn: 'activities',
  action: 'setTeamLeader',
  input: z.object({ teamId: docId, veteranId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});
