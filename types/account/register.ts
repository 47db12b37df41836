import { z } from 'zod';
import { lineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId, idCardNumber, mainlandMobile, personName } from '../common/validators';

/** How the phone was verified: weapp's getPhoneNumber code, or (local demo only) a simulated check. */
export const phoneProof = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wx_code'), code: lineText().min(1, '缺少微信授权码').max(512, '微信授权码不正确') }),
  z.object({ kind: z.literal('demo_verified') }),
]);

export const registerInput = z
  .object({
    name: personName,
    idNumber: idCardNumber,
    phone: mainlandMobile,
    phoneProof: phoneProof.optional(),
    /** Needed only when no file matches: the grid where the person lives. */
    gridId: docId.optional(),
  })
  .strict();

export type RegisterResult =
  | { status: 'bound'; veteranId: string; gridName: string }
  | { status: 'pending'; registrationId: string; gridName: string; matchKind: 'id_name' | 'none' }
  /** Nothing written: no file matched, so the person must pick their grid and submit again. */
  | { status: 'needs_grid' };

/**
 * Register as a veteran. Bound at once only when ID number, name AND a verified phone match the file;
 * ID and name alone go to the grid member to confirm, so a leaked ID number cannot take over a file.
 */
export const register = defineContract<RegisterResult>()({
  fn: 'account',
  action: 'register',
  input: registerInput,
  errors: ['CONFLICT', 'NOT_FOUND', 'ALREADY_EXISTS'],
});
