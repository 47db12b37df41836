import type { OrgDoc } from '../types/org/model';
import type { StaffDoc } from '../types/account/model';
import type { SupervisorDoc } from '../types/supervision/model';
import type { GroupDoc, GroupMemberDoc, MemberKey } from '../types/groups/model';
import { liaisonGroupId, liaisonGroupName } from '../types/supervision/liaison';

const SUPERVISED_ROLES = ['recruitment_staff', 'recruitment_head', 'agency_staff'];

/** One liaison group per supervised unit: bound supervisors as members, the unit's bound staff as admins. */
export function buildLiaisonGroups(orgs: OrgDoc[], staff: StaffDoc[], supervisors: SupervisorDoc[], now: Date) {
  const groups: GroupDoc[] = [];
  const groupMembers: GroupMemberDoc[] = [];
  for (const body of orgs.filter((o) => o.kind === 'unit')) {
    const groupId = liaisonGroupId(body._id);
    groups.push({
      _id: groupId,
      kind: 'explicit',
      name: liaisonGroupName(body),
      orgPath: body.path,
      gridId: null,
      announcement: null,
      announcementsOnly: false,
      createdBy: 'seed',
      createdAt: now,
      updatedAt: now,
    });
    const admins = staff.filter(
      (s) => s.orgId === body._id && s.openid && s.status === 'active' && SUPERVISED_ROLES.includes(s.role),
    );
    const members = supervisors.filter((s) => s.bodyId === body._id && s.openid && s.status === 'active');
    for (const [person, role, key] of [
      ...admins.map((a) => [a, 'admin', `s:${a._id}`] as const),
      ...members.map((m) => [m, 'member', `p:${m._id}`] as const),
    ]) {
      const openid = person.openid as string;
      groupMembers.push({
        _id: `${groupId}__${openid}`,
        groupId,
        openid,
        key: key as MemberKey,
        name: person.name,
        role,
        addedBy: 'seed',
        addedAt: now,
      });
    }
  }
  return { groups, groupMembers };
}
