import type { Role, SupervisorType } from '../../types/auth/roles';
import type { Gender } from '../../types/veteran/model';

/**
 * The demo people of a district, as data: fixed names and deterministic OPENIDs so that a person
 * trying the demo (and the end-to-end tests) can act as one of each role.
 */
export interface DemoCast {
  /** Veterans already bound to their file. */
  veterans: DemoVeteran[];
  /** Staff: the seat they take (`st-<orgId>-<n>`, see seed/build-staff.ts) and who they are. */
  staff: DemoStaff[];
  /** Supervisors: the appointment they hold (the first seat of their type at the body, see seed/build-supervisors.ts). */
  supervisors: DemoSupervisor[];
  /** The staff seat (bound) whose holder is the demo street's 党务工作者 (see seed/build-party.ts). */
  partyAffairsStaffId: string;
  /** A file in the ledger nobody has registered for yet: its plaintext is what one types to register. */
  unregistered: DemoUnregisteredVeteran;
}

interface DemoIdentity {
  openid: string;
  name: string;
  /** Chinese, e.g. 张建国（退役军人，永济社区第三网格） */
  label: string;
  /** Chinese: what this person can try in the demo. */
  description: string;
}

export interface DemoVeteran extends DemoIdentity {
  gender: Gender;
  birthYear: number;
  gridId: string;
}

export interface DemoStaff extends DemoIdentity {
  staffId: string;
}

export interface DemoSupervisor extends DemoIdentity {
  type: SupervisorType;
  /** The body supervised: the recruitment office or an agency. */
  bodyId: string;
}

export interface DemoUnregisteredVeteran {
  name: string;
  gender: Gender;
  idNumber: string;
  /** The birth date inside `idNumber`. */
  birthDate: string;
  phone: string;
  gridId: string;
}

/** What the generator hands back for each demo person (the account doc carries the same under `demo`). */
export interface DemoPerson {
  openid: string;
  label: string;
  role: Role;
  description: string;
  order: number;
}
