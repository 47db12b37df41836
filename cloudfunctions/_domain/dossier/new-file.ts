import { idBirthDate } from '../../../types/common/validators';
import { EMPTY_EMERGENCY_CONTACT, type VeteranDoc } from '../../../types/veteran/model';

/** Who a new file is, where it lives, and (for a confirmed registration) who verified it when. */
export interface NewFileFacts {
  idNumber: string;
  orgPath: string[];
  gridId: string;
  category: VeteranDoc['category'];
  now: Date;
  verified: { at: Date; by: string } | null;
  /** Encrypted identity fields and the name, when known (a registration); empty otherwise (an import). */
  known?: Partial<
    Pick<VeteranDoc, 'name' | 'idEnc' | 'idHash' | 'idMasked' | 'phoneEnc' | 'phoneHash' | 'phoneMasked'>
  >;
}

/**
 * The one way a veteran's file begins (a confirmed registration, an imported row): empty but for what the
 * ID number tells (birth date, gender) and what is already known; the rest waits for the grid member.
 */
export function newFile(f: NewFileFacts): Omit<VeteranDoc, '_id'> {
  return {
    name: '',
    idEnc: '',
    idHash: '',
    idMasked: '',
    phoneEnc: null,
    phoneHash: null,
    phoneMasked: null,
    ...f.known,
    gender: Number(f.idNumber[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: idBirthDate(f.idNumber) ?? '',
    ethnicity: '',
    address: '',
    hukou: '',
    orgPath: f.orgPath,
    gridId: f.gridId,
    category: f.category,
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
    verifiedAt: f.verified?.at ?? null,
    verifiedBy: f.verified?.by ?? null,
    createdAt: f.now,
    updatedAt: f.now,
    version: 1,
  };
}
