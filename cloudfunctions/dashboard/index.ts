import { createMain } from '../_kernel/router';
import overview from './actions/overview';
import exportTable from './actions/export';

export const actions = [overview, exportTable];
export const main = createMain(actions);
