import { z } from 'zod';
import { multilineText } from '../common/text';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { RegistrationStatus } from './model';

export interface RegistrationView {
  id: string;
  name: string;
  idMasked: string;
  phoneMasked: string;
  /** WeChat verified that the number belongs to the registrant. */
  phoneVerified: boolean;
  /** Whether the number is the one the matched file holds (null: no file matched, or it holds none). */
  phoneMatchesFile: boolean | null;
  gridId: string;
  gridName: string;
  matchKind: 'id_name' | 'none';
  candidate: { veteranId: string; name: string; idMasked: string } | null;
  status: RegistrationStatus;
  createdAt: string;
  note: string;
}

/** Registrations waiting in the grids under the caller's jurisdiction. */
export const listRegistrations = defineContract<{ items: RegistrationView[] }>()({
  fn: 'account',
  action: 'listRegistrations',
  input: z
    .object({
      gridId: docId.optional(),
      status: z.enum(['pending', 'approved', 'rejected', 'cancelled']).default('pending'),
    })
    .strict(),
});

/** A grid member (or staff above the grid) confirms or rejects a registration. */
export const decideRegistration = defineContract<{ status: 'approved' | 'rejected'; veteranId: string | null }>()({
  fn: 'account',
  action: 'decideRegistration',
  input: z
    .object({
      registrationId: docId,
      decision: z.enum(['approve', 'reject']),
      note: multilineText().max(200, '备注不能超过200个字').default(''),
    })
    .strict()
    .refine((v) => v.decision === 'approve' || v.note.length > 0, { message: '驳回时请写明原因', path: ['note'] }),
  errors: ['NOT_FOUND', 'CONFLICT', 'PRECONDITION_FAILED'],
});

/**
 * The registrant's full phone number, for the grid team to call them before binding (checking it is the
 * person). Logged as every reveal is (who, whose, when, why).
 */
export const revealRegistrationPhone = defineContract<{ phone: string }>()({
  fn: 'account',
  action: 'revealRegistrationPhone',
  input: z.object({ registrationId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});
