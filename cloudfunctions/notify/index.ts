import { createMain } from '../_kernel/router';
import mySubscriptions from './actions/my-subscriptions';
import recordSubscription from './actions/record-subscription';

export const actions = [mySubscriptions, recordSubscription];
export const main = createMain(actions);
