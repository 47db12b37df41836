import { randomBytes } from 'node:crypto';
import { createActivity } from '../../../types/activities/manage';
import type { ActivityDoc } from '../../../types/activities/model';
import { AppError } from '../../../types/common/errors';
import { defineAction } from '../../_kernel/action';
import { newId } from '../../_kernel/ids';
import { callerName } from '../../_domain/jurisdiction';
import { timelineKey } from '../../_domain/groups/timeline-keys';
import { placeNode } from '../lib/load';
import type { TeamDoc } from '../../../types/activities/teams';
import type { OrgDoc } from '../../../types/org/model';

const DAY = 86_400_000;

export default defineAction(createActivity, async (input, ctx) => {
  const organiser = await placeNode(ctx, input.organiserOrgId, 'organiserOrgId');
  // A team's own activity: organised at the team's node by its staff or its leader, for its members.
  const team = input.audienceTeamId ? await ctx.read.byId<TeamDoc>('volunteerTeams', input.audienceTeamId) : null;
  if (input.audienceTeamId && (!team || team.orgId !== organiser._id))
    throw new AppError('NOT_FOUND', '本单位没有这支志愿服务队', 'audienceTeamId');
  await ctx.authorize('activity:organise', {
    orgPath: organiser.path,
    ownerIds: team ? [team.leaderVeteranId] : [],
  });
  const audience = team ? null : await placeNode(ctx, input.audienceOrgId, 'audienceOrgId');
  if (audience && !audience.path.includes(organiser._id))
    throw new AppError('INVALID_INPUT', '活动只能面向本单位辖区内的网格', 'audienceOrgId');
  const [startAt, endAt, signupDeadline] = [input.startAt, input.endAt, input.signupDeadline].map((s) => new Date(s));
  if (startAt.getTime() < ctx.now.getTime() - DAY || startAt.getTime() > ctx.now.getTime() + 366 * DAY)
    throw new AppError('INVALID_INPUT', '活动时间应在今天起一年之内', 'startAt');
  if (endAt <= startAt || endAt.getTime() - startAt.getTime() > 7 * DAY)
    throw new AppError('INVALID_INPUT', '结束时间应晚于开始时间，且活动不超过7天', 'endAt');
  if (signupDeadline > startAt || signupDeadline <= ctx.now)
    throw new AppError('INVALID_INPUT', '报名截止时间应在现在之后、活动开始之前', 'signupDeadline');
  const who = await callerName(ctx);
  const cardKey = timelineKey(ctx.now);
  const doc: ActivityDoc = {
    _id: newId(),
    kind: input.kind,
    title: input.title,
    description: input.description,
    organiserOrgId: organiser._id,
    organiserPath: organiser.path,
    organiserName: organiser.name,
    audienceOrgId: team ? team._id : (audience as OrgDoc)._id,
    audiencePath: team ? [...team.orgPath, team._id] : (audience as OrgDoc).path,
    audienceTeamId: team?._id ?? null,
    teamLeaderVeteranId: team?.leaderVeteranId ?? null,
    place: input.place,
    startAt,
    endAt,
    signupDeadline,
    capacity: input.capacity,
    waitlistCap: input.waitlistCap,
    remaining: input.capacity,
    waitRemaining: input.waitlistCap,
    checkinSecret: randomBytes(32).toString('hex'),
    status: 'open',
    remindedAt: null,
    venue: input.kind === 'publicity' ? input.venue : null,
    summary: null,
    cardKey,
    rev: cardKey,
    createdBy: { staffId: who.staffId ?? who.openid, name: who.name },
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await ctx.db.collection('activities').add({ data: doc });
  return { id: doc._id };
});
