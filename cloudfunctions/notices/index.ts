import { createMain } from '../_kernel/router';
import publishNotice from './actions/publish-notice';
import { editNoticeAction, withdrawNoticeAction } from './actions/edit-notice';
import listNotices from './actions/list-notices';
import noticeDetail from './actions/notice-detail';
import markNoticeRead from './actions/mark-notice-read';
import receiptSummary from './actions/receipt-summary';
import gridUnreadList from './actions/grid-unread-list';
import noticeScopes from './actions/notice-scopes';
import { dispatchNotifications } from './actions/dispatch-notifications';
import uploadNoticeImage from './actions/upload-notice-image';

export const actions = [
  publishNotice,
  editNoticeAction,
  withdrawNoticeAction,
  listNotices,
  noticeDetail,
  markNoticeRead,
  receiptSummary,
  gridUnreadList,
  noticeScopes,
  uploadNoticeImage,
];
/** The timer trigger `dispatchNotifications` (config.json) runs the notification sweep; the app cannot. */
export const main = createMain(actions, { dispatchNotifications });
