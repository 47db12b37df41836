import type { AccountDoc, StaffDoc } from '../../types/account/model';
import type { VeteranDoc } from '../../types/veteran/model';
import type { RoleAssignment } from '../../types/auth/roles';
import type { Database } from './sdk';
import { reader } from './store';

/** The calling WeChat user with what they hold: their account, bound file and staff roles. */
export interface Caller {
  openid: string;
  account: AccountDoc | null;
  veteran: VeteranDoc | null;
  staff: StaffDoc[];
  roles: RoleAssignment[];
}

export async function loadCaller(db: Database, openid: string): Promise<Caller> {
  const read = reader(db);
  const account = await read.byId<AccountDoc>('accounts', openid);
  if (!account) return { openid, account: null, veteran: null, staff: [], roles: [] };
  const [found, staff] = await Promise.all([
    account.veteranId ? read.byId<VeteranDoc>('veterans', account.veteranId) : Promise.resolve(null),
    account.staffIds.length ? read.many<StaffDoc>('staff', { _id: db.command.in(account.staffIds), status: 'active' }) : Promise.resolve([]),
  ]);
  const veteran = found && found.openid === openid ? found : null;
  const roles: RoleAssignment[] = staff.map((s) => ({ role: s.role, orgId: s.orgId, orgPath: s.orgPath, isAdmin: s.isAdmin, staffId: s._id }));
  if (veteran) roles.unshift({ role: 'veteran', orgId: veteran.gridId, orgPath: veteran.orgPath });
  return { openid, account, veteran, staff, roles };
}
