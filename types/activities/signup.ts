import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';

export interface SignupResult {
  status: 'signed' | 'waitlisted';
  /** Place on the waiting list (1 = next), null when signed up. */
  position: number | null;
}

/** A veteran of the audience signs up: a seat, else a waiting-list place, else 「名额已满」. Idempotent. */
export const signUp = defineContract<SignupResult>()({
  fn: 'activities',
  action: 'signUp',
  input: z.object({ activityId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED', 'CONFLICT'],
});

/** Cancels the caller's sign-up; a freed seat goes to the first on the waiting list. */
export const cancelSignup = defineContract<{ promoted: boolean }>()({
  fn: 'activities',
  action: 'cancelSignup',
  input: z.object({ activityId: docId }).strict(),
  errors: ['NOT_FOUND', 'PRECONDITION_FAILED'],
});
