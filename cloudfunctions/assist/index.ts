import { createMain } from '../_kernel/router';
import apply from './actions/apply';
import * as decide from './actions/decide';
import disburse from './actions/disburse';
import * as lists from './actions/lists';
import * as evidence from './actions/evidence';
import * as funds from './actions/funds';
import * as settings from './actions/settings';

export const actions = [
  apply,
  decide.review,
  decide.approve,
  disburse,
  lists.mine,
  lists.list,
  lists.funds,
  evidence.upload,
  evidence.urls,
  settings.get,
  settings.update,
  funds.create,
  funds.topUp,
  funds.movements,
];
export const main = createMain(actions);
