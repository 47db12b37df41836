import type { BranchDoc, MeetingDoc, SmallGroupDoc } from '../../../types/party/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import type { ActionContext } from '../../_kernel/action';

/**
 * A branch the caller keeps (its secretary, party-affairs staff over it). A stranger gets the same
 * NOT_FOUND as for a branch that does not exist: which branches exist, and who is in them, is not theirs.
 */
export async function keptBranch(ctx: ActionContext, branchId: string): Promise<BranchDoc> {
  const branch = await ctx.read.byId<BranchDoc>('partyBranches', branchId);
  if (!branch) throw new AppError('NOT_FOUND', '没有找到该党支部', 'branchId');
  await ctx.authorize('party:keep', { orgPath: branch.path });
  return branch;
}

/** A meeting the caller keeps (placed at its branch or small group). */
export async function keptMeeting(ctx: ActionContext, meetingId: string): Promise<MeetingDoc> {
  const meeting = await ctx.read.byId<MeetingDoc>('partyMeetings', meetingId);
  if (!meeting) throw new AppError('NOT_FOUND', '没有找到该会议', 'meetingId');
  await ctx.authorize('party:keep', { orgPath: meeting.path });
  return meeting;
}

export async function smallGroupsOf(ctx: ActionContext, branchId: string): Promise<SmallGroupDoc[]> {
  return ctx.read.many<SmallGroupDoc>('partySmallGroups', { branchId }, { limit: 1000 });
}

/** An org node of one of `kinds`, or NOT_FOUND on `field`. */
export async function nodeOfKind(
  ctx: ActionContext,
  id: string,
  kinds: OrgDoc['kind'][],
  field: string,
): Promise<OrgDoc> {
  const node = await ctx.read.byId<OrgDoc>('orgs', id);
  if (!node || !kinds.includes(node.kind)) throw new AppError('NOT_FOUND', '没有找到该单位', field);
  return node;
}
