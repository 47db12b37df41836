import { createMain } from '../_kernel/router';
import logVisit from './actions/log-visit';
import listVisits from './actions/list-visits';
import recordOccasion from './actions/record-occasion';
import listTasks from './actions/list-tasks';
import uncontacted from './actions/uncontacted';
import coverage from './actions/coverage';
import * as settings from './actions/settings';
import * as campaigns from './actions/campaigns';
import campaignProgress from './actions/campaign-progress';
import uploadVisitPhoto from './actions/upload-photo';
import { bookLeftovers } from './jobs/book-leftovers';

export const actions = [
  logVisit,
  listVisits,
  recordOccasion,
  listTasks,
  uncontacted,
  coverage,
  settings.get,
  settings.update,
  campaigns.create,
  campaigns.list,
  campaignProgress,
  uploadVisitPhoto,
];
/** The timer trigger `bookLeftovers` (config.json) books visits and payments a cut-off request left unbooked. */
export const main = createMain(actions, { bookLeftovers });
