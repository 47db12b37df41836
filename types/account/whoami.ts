import { z } from 'zod';
import { defineContract } from '../common/contract';
import type { Role } from '../auth/roles';

export interface RoleView {
  role: Role;
  roleLabel: string;
  orgId: string;
  orgName: string;
  orgPath: string[];
  isAdmin: boolean;
  /** The staff record behind a staff role (a successor may be named by it). */
  staffId: string | null;
}

export interface WhoAmI {
  /** The caller's name as records show it (their staff record's, else their file's); null for a new user. */
  name: string | null;
  roles: RoleView[];
  veteran: {
    id: string;
    name: string;
    idMasked: string;
    phoneMasked: string | null;
    gridId: string;
    gridName: string;
  } | null;
  registration: {
    id: string;
    status: 'pending' | 'rejected';
    gridId: string;
    gridName: string;
    note: string;
    createdAt: string;
  } | null;
  /** The person's saved settings; null where they never chose (长辈模式 then follows WeChat's font size). */
  preferences: { elderMode: boolean | null };
  /** Where this account's mini-program uploads a file before an action takes it (opaque: no openid in it). */
  uploadFolder: string;
}

/** Who the caller is: roles with jurisdictions, the bound file (masked), a pending registration. */
export const whoami = defineContract<WhoAmI>()({
  fn: 'account',
  action: 'whoami',
  input: z.object({}).strict(),
});
