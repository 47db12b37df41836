import type { AccountDoc, RegistrationDoc, StaffDoc } from '../types/account/model';
import type { VeteranDoc } from '../types/veteran/model';
import type { SupervisorDoc } from '../types/supervision/model';
import type { DemoPerson } from './district/demo-cast';

/**
 * One account per OPENID that appears anywhere: bound staff, bound veterans (a veteran grid member
 * has one account with both), people with a pending registration, bound supervisors. Demo people's accounts carry `demo`.
 */
export function buildAccounts(
  staff: StaffDoc[],
  veterans: VeteranDoc[],
  registrations: RegistrationDoc[],
  supervisors: SupervisorDoc[],
  demoPeople: DemoPerson[],
): AccountDoc[] {
  const accounts = new Map<string, AccountDoc>();
  const accountOf = (openid: string, createdAt: Date): AccountDoc => {
    let account = accounts.get(openid);
    if (!account) {
      account = { _id: openid, veteranId: null, staffIds: [], supervisorIds: [], registrationId: null, createdAt };
      accounts.set(openid, account);
    } else if (createdAt < account.createdAt) {
      account.createdAt = createdAt;
    }
    return account;
  };

  for (const s of staff) if (s.openid) accountOf(s.openid, s.createdAt).staffIds.push(s._id);
  for (const v of veterans) if (v.openid) accountOf(v.openid, v.boundAt ?? v.createdAt).veteranId = v._id;
  for (const r of registrations) accountOf(r.openid, r.createdAt).registrationId = r._id;
  for (const s of supervisors) if (s.openid) accountOf(s.openid, s.createdAt).supervisorIds.push(s._id);
  for (const person of demoPeople) {
    const account = accounts.get(person.openid);
    if (!account) throw new Error(`demo person without an account: ${person.openid}`);
    account.demo = { label: person.label, role: person.role, description: person.description, order: person.order };
  }
  return [...accounts.values()];
}
