import { createMain } from '../_kernel/router';
import type { FunctionContext } from '../_kernel/runtime';
import publishNotice from './actions/publish-notice';
import { editNoticeAction, withdrawNoticeAction } from './actions/edit-notice';
import listNotices from './actions/list-notices';
import noticeDetail from './actions/notice-detail';
import markNoticeRead from './actions/mark-notice-read';
import receiptSummary from './actions/receipt-summary';
import gridUnreadList from './actions/grid-unread-list';
import noticeScopes from './actions/notice-scopes';
import dispatchNotifications from './actions/dispatch-notifications';
import uploadNoticeImage from './actions/upload-notice-image';

export const actions = [
  publishNotice, editNoticeAction, withdrawNoticeAction, listNotices, noticeDetail, markNoticeRead, receiptSummary, gridUnreadList, noticeScopes,
  uploadNoticeImage, dispatchNotifications,
];
const routed = createMain(actions);

/** A timer trigger's event carries `Type: 'Timer'` and no action: it runs the notification sweep. */
export function main(event: { action?: unknown; input?: unknown; Type?: unknown }, context: FunctionContext) {
  if (event?.Type === 'Timer') return routed({ action: 'dispatchNoticeNotifications', input: {} }, context);
  return routed(event, context);
}
