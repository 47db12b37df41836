import type { Contract, InputOf, OutputOf } from '@types-contract/common/contract';
import { chineseErrorMap } from '@types-contract/common/zod-messages';
import { CloudError, cloudErrorFromIssues, cloudErrorFromPayload } from './cloud-error';
import { sendAction } from './transport';

/**
 * Call one cloud action. The input is checked against the contract's schema first, so field errors
 * reach the form without a round trip; an error envelope is thrown as a CloudError.
 */
export async function callAction<C extends Contract>(contract: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const parsed = contract.input.safeParse(input, { errorMap: chineseErrorMap });
  if (!parsed.success) throw cloudErrorFromIssues(parsed.error.issues);
  const envelope = await sendAction(contract.fn, { action: contract.action, input: parsed.data });
  if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
    if (envelope.ok === true) return envelope.data as OutputOf<C>;
    if (envelope.ok === false) throw cloudErrorFromPayload(envelope.error);
  }
  throw new CloudError('INTERNAL');
}
