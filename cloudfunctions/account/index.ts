import { createMain } from '../_kernel/router';
import acceptInvitation from './actions/accept-invitation';
import approveInvitation from './actions/approve-invitation';
import decideRegistration from './actions/decide-registration';
import issueInvitation from './actions/issue-invitation';
import listRegistrations from './actions/list-registrations';
import listStaffGrants from './actions/list-staff-grants';
import listStaff from './actions/list-staff';
import moveStaff from './actions/move-staff';
import markStaff from './actions/mark-staff';
import register from './actions/register';
import removeStaff from './actions/remove-staff';
import revealRegistrationPhone from './actions/reveal-registration-phone';
import savePreferences from './actions/save-preferences';
import whoami from './actions/whoami';

export const actions = [
  whoami,
  savePreferences,
  register,
  listRegistrations,
  revealRegistrationPhone,
  decideRegistration,
  issueInvitation,
  acceptInvitation,
  approveInvitation,
  listStaffGrants,
  listStaff,
  removeStaff,
  moveStaff,
  markStaff,
];
export const main = createMain(actions);
