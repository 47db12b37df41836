import type { RegistrationDoc } from '../../../types/account/model';
import { EMPTY_EMERGENCY_CONTACT, type VeteranDoc } from '../../../types/veteran/model';
import type { Pii } from '../../_kernel/pii';

/**
 * A new, still incomplete file for a person the grid member confirmed but the ledger did not know.
 * What the ID number tells (birth date, gender) is filled in; the rest waits for the grid member.
 */
export function fileFromRegistration(
  reg: RegistrationDoc,
  pii: Pii,
  staffId: string,
  now: Date,
): Omit<VeteranDoc, '_id'> {
  const id = pii.decrypt(reg.idEnc);
  return {
    name: reg.name,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    ethnicity: '',
    idEnc: reg.idEnc,
    idHash: reg.idHash,
    idMasked: reg.idMasked,
    phoneEnc: reg.phoneEnc,
    phoneHash: reg.phoneHash,
    phoneMasked: reg.phoneMasked,
    address: '',
    hukou: '',
    orgPath: reg.orgPath,
    gridId: reg.gridId,
    category: 'veteran',
    dependantType: null,
    service: { enlistDate: null, dischargeDate: null, arm: '', rank: '', exitMode: null },
    awards: [],
    party: { member: false, branch: '' },
    emergencyContact: { ...EMPTY_EMERGENCY_CONTACT },
    work: { status: null, employer: '' },
    living: { arrangement: null, note: '' },
    keyGroups: {},
    lifeStatus: 'in_district',
    openid: null,
    boundAt: null,
    verifiedAt: now,
    verifiedBy: staffId,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}
