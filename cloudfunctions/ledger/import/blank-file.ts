import { idBirthDate } from '../../../types/common/validators';
import type { OrgDoc } from '../../../types/org/model';
import { EMPTY_EMERGENCY_CONTACT, type VeteranDoc } from '../../../types/veteran/model';

/**
 * An empty file in a grid for an imported person, with what the ID number tells (birth date, gender).
 * Imported files are not verified: a grid member verifies each one.
 */
export function blankFile(
  id: string,
  grid: OrgDoc,
  idNumber: string,
  category: VeteranDoc['category'],
  now: Date,
): VeteranDoc {
  return {
    _id: id,
    name: '',
    gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: idBirthDate(idNumber) ?? '',
    ethnicity: '',
    idEnc: '',
    idHash: '',
    idMasked: '',
    phoneEnc: null,
    phoneHash: null,
    phoneMasked: null,
    address: '',
    hukou: '',
    orgPath: grid.path,
    gridId: grid._id,
    category,
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
    verifiedAt: null,
    verifiedBy: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}
