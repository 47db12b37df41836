import type { InvitationDoc, StaffDoc } from '../types/account/model';
import type { Random } from './random';

const DAY = 86_400_000;
const CODE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** The district admin became staff with the deployment's bootstrap code, not an invitation from a person. */
export const BOOTSTRAP_ISSUER = 'bootstrap';

/**
 * One invitation per staff member (the only way to become staff): used by those already bound, open
 * (valid for 7 more days) for the others. Issued by the street admin for grid and station staff, by
 * the district admin for everyone else.
 */
export function buildInvitations(staff: StaffDoc[], rng: Random): InvitationDoc[] {
  const districtAdmin = staff.find((s) => s.role === 'district_staff' && s.isAdmin)!;
  const streetAdmins = new Map(staff.filter((s) => s.role === 'street_staff' && s.isAdmin).map((s) => [s.orgId, s]));
  const codes = new Set<string>();
  const newCode = () => {
    for (;;) {
      let code = '';
      for (let i = 0; i < 8; i++) code += rng.pick(CODE_CHARS.split(''));
      if (!codes.has(code)) {
        codes.add(code);
        return code;
      }
    }
  };

  return staff.map((s): InvitationDoc => {
    const below = s.role === 'grid_leader' || s.role === 'grid_member' || s.role === 'station_staff';
    const issuer =
      s === districtAdmin ? BOOTSTRAP_ISSUER : below ? streetAdmins.get(s.orgPath[1])!._id : districtAdmin._id;
    const createdAt = s.createdAt;
    return {
      _id: newCode(),
      staffId: s._id,
      orgId: s.orgId,
      orgPath: s.orgPath,
      role: s.role,
      issuedBy: issuer,
      createdAt,
      expiresAt: new Date(createdAt.getTime() + 7 * DAY),
      usedBy: s.openid,
      usedAt: s.openid ? new Date(createdAt.getTime() + rng.int(1, 72) * 3_600_000) : null,
    };
  });
}
