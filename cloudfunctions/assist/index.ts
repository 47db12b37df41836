import { createMain } from '../_kernel/router';
import apply from './actions/apply';
import * as decide from './actions/decide';
import disburse from './actions/disburse';
import * as lists from './actions/lists';

export const actions = [apply, decide.review, decide.approve, disburse, lists.mine, lists.list, lists.funds];
export const main = createMain(actions);
