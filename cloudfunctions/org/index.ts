import { createMain } from '../_kernel/router';
import listChildren from './actions/list-children';
import myGrid from './actions/my-grid';

export const actions = [listChildren, myGrid];
export const main = createMain(actions);
