import { createMain } from '../_kernel/router';
import submitRequest from './actions/submit-request';
import uploadRequestPhoto from './actions/upload-photo';
import myRequests from './actions/my-requests';
import requestDetail from './actions/request-detail';
import addInformation from './actions/add-information';
import rateRequest from './actions/rate-request';
import reopenRequest from './actions/reopen-request';
import handleRequest from './actions/handle-request';
import requestInbox from './actions/request-inbox';
import requestFigures from './actions/request-figures';
import exportRequests from './actions/export-requests';
import markVisitOccasion from './actions/mark-visit-occasion';
import { markOverdue } from './workflow/mark-overdue';

export const actions = [
  submitRequest,
  uploadRequestPhoto,
  myRequests,
  requestDetail,
  addInformation,
  rateRequest,
  reopenRequest,
  handleRequest,
  requestInbox,
  requestFigures,
  exportRequests,
  markVisitOccasion,
];
export const main = createMain(actions, { markOverdue });
