import {
  DEFAULT_CONTACT_DAYS,
  DEFAULT_KEY_GROUP_CONTACT_DAYS,
  DEFAULT_OCCASIONS,
  type CareSettingsDoc,
} from '../../../types/care/model';
import { DEFAULT_ASSIST_LIMITS, type AssistSettingsDoc } from '../../../types/assist/model';
import type { Reader } from '../../_kernel/store';

/** The district's care settings, or the defaults while it has none stored. */
export async function careSettingsOf(
  read: Reader,
  districtId: string,
): Promise<Omit<CareSettingsDoc, '_id' | 'updatedAt' | 'updatedBy'>> {
  const doc = await read.byId<CareSettingsDoc>('careSettings', districtId);
  return (
    doc ?? {
      occasions: DEFAULT_OCCASIONS,
      contactDays: DEFAULT_CONTACT_DAYS,
      keyGroupContactDays: DEFAULT_KEY_GROUP_CONTACT_DAYS,
    }
  );
}

/** The district's approval limits, or the defaults. */
export async function assistLimitsOf(read: Reader, districtId: string): Promise<typeof DEFAULT_ASSIST_LIMITS> {
  const doc = await read.byId<AssistSettingsDoc>('assistSettings', districtId);
  return doc
    ? { streetLimitFen: doc.streetLimitFen, subsidyMaxFen: doc.subsidyMaxFen, reliefMaxFen: doc.reliefMaxFen }
    : DEFAULT_ASSIST_LIMITS;
}
