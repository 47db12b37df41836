import type { AuthzCase } from '../case';
import { mySubscriptions, recordSubscription } from '../../../../types/notify/subscriptions';

export const cases: AuthzCase[] = [
  { contract: mySubscriptions, as: 'anonymous', input: {}, expect: 'UNAUTHENTICATED' },
  { contract: mySubscriptions, as: 'veteranA', input: {}, expect: 'ok' },
  {
    contract: recordSubscription,
    as: 'anonymous',
    input: { results: { notice: 'accept' } },
    expect: 'UNAUTHENTICATED',
  },
  { contract: recordSubscription, as: 'veteranB', input: { results: { notice: 'accept' } }, expect: 'ok' },
];
