import type { StaffDoc } from '../../../types/account/model';
import type { OrgDoc } from '../../../types/org/model';
import { AppError } from '../../../types/common/errors';
import { DISTRICT_STAFF } from '../../../types/auth/grants';
import type { ActionContext } from '../../_kernel/action';
import { sameSecret } from '../../_kernel/same-secret';

/**
 * The first district admin: deployment sets VETGRID_BOOTSTRAP_CODE on the account function; whoever
 * enters it first becomes district admin, and only while the district has no bound admin.
 */
/** One fixed id, so two people entering the code at once cannot both become admin (the second write conflicts). */
export const BOOTSTRAP_STAFF_ID = 'bootstrap-district-admin';

export function isBootstrapCode(code: string): boolean {
  const expected = process.env.VETGRID_BOOTSTRAP_CODE;
  return Boolean(expected && expected.length >= 12 && sameSecret(code, expected));
}

export async function bootstrapStaff(
  ctx: ActionContext,
): Promise<{ staffId: string; staff: Omit<StaffDoc, '_id'>; district: OrgDoc }> {
  const { read, _ } = ctx;
  const district = await read.one<OrgDoc>('orgs', { kind: 'district' });
  if (!district) throw new AppError('PRECONDITION_FAILED', '尚未导入区划数据，请先完成部署配置');
  const admins = await read.count('staff', {
    orgId: district._id,
    isAdmin: true,
    status: 'active',
    openid: _.neq(null),
  });
  if (admins > 0) throw new AppError('PRECONDITION_FAILED', '管理员已设置，请联系管理员获取邀请码');
  return {
    staffId: BOOTSTRAP_STAFF_ID,
    district,
    staff: {
      name: '区系统管理员',
      workPhone: '',
      role: DISTRICT_STAFF,
      orgId: district._id,
      orgPath: district.path,
      isAdmin: true,
      isVeteran: false,
      openid: ctx.openid,
      status: 'active',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    },
  };
}
