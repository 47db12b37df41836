import { createMain } from '../_kernel/router';
import myGroups from './actions/my-groups';
import openGroup from './actions/open-group';
import syncGroup from './actions/sync-group';
import groupHistory from './actions/group-history';
import markGroupRead from './actions/mark-group-read';
import postMessage from './actions/post-message';
import recallMessage from './actions/recall-message';
import setAnnouncement from './actions/set-announcement';
import setAnnouncementsOnly from './actions/set-announcements-only';
import groupMembers from './actions/group-members';
import uploadGroupImage from './actions/upload-group-image';
import groupImageUrls from './actions/group-image-urls';
import createGroup from './actions/create-group';
import { addMembersAction, removeMembersAction } from './actions/group-membership';

export const actions = [
  myGroups,
  openGroup,
  syncGroup,
  groupHistory,
  markGroupRead,
  postMessage,
  recallMessage,
  setAnnouncement,
  setAnnouncementsOnly,
  groupMembers,
  uploadGroupImage,
  groupImageUrls,
  createGroup,
  addMembersAction,
  removeMembersAction,
];
export const main = createMain(actions);
