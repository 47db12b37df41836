import type { OrgDoc } from '../../../types/org/model';
import { ROLE_ORG_KIND, type StaffRole } from '../../../types/auth/roles';
import { AppError } from '../../../types/common/errors';

const UNIT_ROLES: Partial<Record<StaffRole, 'recruitment_office' | 'agency'>> = {
  recruitment_staff: 'recruitment_office',
  recruitment_head: 'recruitment_office',
  agency_staff: 'agency',
};

/** Refuses a role at a node of the wrong kind (a grid member at a street, agency staff at the recruitment office). */
export function assertRoleFitsOrg(role: StaffRole, org: OrgDoc): void {
  const fits = ROLE_ORG_KIND[role] === org.kind && (org.kind !== 'unit' || UNIT_ROLES[role] === org.unitType);
  if (!fits) throw new AppError('INVALID_INPUT', '该岗位不能设在所选单位', 'role');
}
