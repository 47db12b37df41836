import type { OrgDoc } from '../org/model';

/**
 * Each supervised body (the recruitment office, an agency) has one liaison group: its supervisors as
 * members and its staff as admins. A fixed id per body, so the seed and the functions find the same group.
 */
export function liaisonGroupId(bodyId: string): string {
  return `grp__liaison-${bodyId}`;
}

export function liaisonGroupName(body: Pick<OrgDoc, 'name' | 'unitType'>): string {
  return body.unitType === 'recruitment_office' ? '廉洁征兵监督员联络群' : `${body.name}作风监督员联络群`;
}
