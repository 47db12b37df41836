import type { Contract } from './common/contract';
import * as whoami from './account/whoami';
import * as register from './account/register';
import * as registrations from './account/registrations';
import * as staff from './account/staff';
import * as org from './org/queries';
import * as subscriptions from './notify/subscriptions';
import * as careVisits from './care/visits';
import * as careTasks from './care/tasks';
import * as careCoverage from './care/coverage';
import * as assistApplications from './assist/applications';
import * as dashboard from './dashboard/overview';

function contractsOf(...modules: Record<string, unknown>[]): Contract[] {
  return modules.flatMap((m) => Object.values(m).filter((v): v is Contract => typeof v === 'object' && v !== null && 'fn' in v && 'action' in v && 'input' in v));
}

/** Every cloud action of the app. Tests walk this list (an action missing from it fails them). */
export const ACTION_REGISTRY: Contract[] = contractsOf(whoami, register, registrations, staff, org, subscriptions, careVisits, careTasks, careCoverage, assistApplications, dashboard);
