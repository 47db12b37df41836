import type { StaffRole } from '../auth/roles';

/** What the person chose; a setting never chosen is absent (then the app follows the device). */
export interface AccountPreferences {
  /** 长辈模式: larger text and tap targets. */
  elderMode?: boolean;
}

/** Collection `accounts`: one per WeChat user, keyed by OPENID. */
export interface AccountDoc {
  _id: string;
  veteranId: string | null;
  staffIds: string[];
  supervisorIds: string[];
  /** Party posts (branch secretary, party-affairs worker) held by this user: collection `partyPosts`. */
  partyPostIds?: string[];
  /** The latest registration this user filed (pending, approved or rejected). */
  registrationId?: string | null;
  /** Files this user may act for as a family member (代办), granted through a grid member's code. */
  proxyFor?: { veteranId: string; relation: string; since: Date }[];
  createdAt: Date;
  /** The person's own settings, kept with the account so they follow the person to any device. */
  preferences?: AccountPreferences;
  /** Demo people only (seeded for the local demo; never created on WeChat Cloud). */
  demo?: { label: string; role: string; description: string; order: number };
}

/** Collection `staff`: a person holding a staff role over an org node. */
export interface StaffDoc {
  _id: string;
  name: string;
  /** A work phone published to the veterans they serve (tap to call); not personal data of the veterans. */
  workPhone: string;
  role: StaffRole;
  orgId: string;
  orgPath: string[];
  isAdmin: boolean;
  /** 113 of the district's grid members are veterans themselves (退役军人网格员). */
  isVeteran: boolean;
  /** A party member (the district prefers veteran party members as grid members); set by their admin. */
  partyMember?: boolean;
  openid: string | null;
  status: 'active' | 'removed';
  successorId?: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Collection `invitations`: the only way to become staff. `_id` is the code. */
export interface InvitationDoc {
  _id: string;
  staffId: string;
  orgId: string;
  orgPath: string[];
  role: StaffRole;
  /** The issuing admin's staff id (or `bootstrap`). */
  issuedBy: string;
  /** The issuer's WeChat account: they may never accept (or approve) their own invitation. */
  issuedByOpenid?: string;
  /** Grants that unmask or approve across bodies wait for a second district admin (see needsSecondApproval). */
  approval?: { status: 'pending' | 'approved'; by: string | null; byName: string; at: Date | null };
  createdAt: Date;
  expiresAt: Date;
  usedBy: string | null;
  usedAt: Date | null;
}

export type StaffGrantKind = 'invited' | 'approved' | 'accepted' | 'removed' | 'moved';

/**
 * Collection `staffGrants`: the district's record of every grant, approval and removal of a staff seat
 * (who did it, to which seat, when). Written by the action that does it; read by the district's admins.
 */
export interface StaffGrantDoc {
  _id: string;
  /** The district the seat lies in (orgPath[0]). */
  districtId: string;
  kind: StaffGrantKind;
  staffId: string;
  staffName: string;
  role: StaffRole;
  orgId: string;
  orgPath: string[];
  actor: { openid: string; staffId: string | null; name: string };
  at: Date;
}

export type RegistrationStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';

/** Collection `registrations`: a WeChat user's request to be bound to a file, waiting for the grid member. */
export interface RegistrationDoc {
  _id: string;
  openid: string;
  name: string;
  idEnc: string;
  idHash: string;
  idMasked: string;
  phoneEnc: string;
  phoneHash: string;
  phoneMasked: string;
  phoneVerified: boolean;
  gridId: string;
  orgPath: string[];
  /** id_name: the ID and name match a file but the phone was not verified against it. */
  matchKind: 'id_name' | 'none';
  candidateVeteranId: string | null;
  status: RegistrationStatus;
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  note: string;
}
