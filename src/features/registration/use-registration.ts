import { useState } from 'react';
import { register, type RegisterResult } from '@types-contract/account/register';
import { useAction } from '../../lib/cloud';
import { EMPTY_REGISTRATION, type RegistrationField, type RegistrationValues } from './registration-values';

export type RegistrationStep =
  | { step: 'form' }
  | { step: 'pickGrid' }
  | { step: 'done'; result: Exclude<RegisterResult, { status: 'needs_grid' }> };

/**
 * The registration journey: the form, then (when no file matches) the grid picker, then the result.
 * Field errors come from the contract's schema before anything is sent, and from the function after.
 */
export function useRegistration(initial: RegistrationValues = EMPTY_REGISTRATION) {
  const [values, setValues] = useState<RegistrationValues>(initial);
  const [step, setStep] = useState<RegistrationStep>({ step: 'form' });
  const action = useAction(register);

  const change = (field: RegistrationField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (action.error) action.reset();
  };

  const submit = async (gridId?: string) => {
    const result = await action.run({ ...values, ...(gridId ? { gridId } : {}) });
    if (!result) return;
    setStep(result.status === 'needs_grid' ? { step: 'pickGrid' } : { step: 'done', result });
  };

  return {
    values,
    step,
    change,
    setPhoneProof: (phoneProof: RegistrationValues['phoneProof']) => setValues((v) => ({ ...v, phoneProof })),
    submit,
    back: () => setStep({ step: 'form' }),
    submitting: action.loading,
    error: action.error,
    fieldErrors: action.error?.fieldErrors ?? {},
  };
}
