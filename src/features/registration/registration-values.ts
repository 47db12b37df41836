import type { z } from 'zod';
import type { phoneProof } from '@types-contract/account/register';

export type PhoneProof = z.input<typeof phoneProof>;

/** What the person typed; kept in page memory only (never in storage or a URL). */
export interface RegistrationValues {
  name: string;
  idNumber: string;
  phone: string;
  phoneProof?: PhoneProof;
}

export type RegistrationField = 'name' | 'idNumber' | 'phone';

export const EMPTY_REGISTRATION: RegistrationValues = { name: '', idNumber: '', phone: '' };
