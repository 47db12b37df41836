import type { RegistrationDoc } from '../../../types/account/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { newFile } from '../../_domain/dossier/new-file';
import type { Pii } from '../../_kernel/pii';

/** The file of a person the grid member confirmed but the ledger did not know: verified by that member now. */
export function fileFromRegistration(
  reg: RegistrationDoc,
  pii: Pii,
  staffId: string,
  now: Date,
): Omit<VeteranDoc, '_id'> {
  const { name, idEnc, idHash, idMasked, phoneEnc, phoneHash, phoneMasked } = reg;
  return newFile({
    idNumber: pii.decrypt(reg.idEnc),
    orgPath: reg.orgPath,
    gridId: reg.gridId,
    category: 'veteran',
    now,
    verified: { at: now, by: staffId },
    known: { name, idEnc, idHash, idMasked, phoneEnc, phoneHash, phoneMasked },
  });
}
