import { can, ownedBy, type Placed } from '../../../types/auth/policies';
import type { RequestDoc } from '../../../types/requests/model';
import { stepBlocked, stepsFor, type StepName } from '../../../types/requests/state-machine';
import type { Caller } from '../../_kernel/caller';
import { handlerPlace } from '../../../types/requests/levels';

/** A request as the request policies see it: where it lies, owned by the veteran it is for and who filed it. */
export function requestPlace(doc: Pick<RequestDoc, 'orgPath' | 'veteranId' | 'openid'>): Placed {
  return { orgPath: doc.orgPath, ownerIds: [doc.veteranId, doc.openid] };
}

export function isSubmitter(caller: Caller, doc: Pick<RequestDoc, 'orgPath' | 'veteranId' | 'openid'>): boolean {
  return ownedBy(caller, requestPlace(doc));
}

export function isHandler(caller: Caller, doc: Pick<RequestDoc, 'orgPath' | 'level'>): boolean {
  return can(caller, 'request:handle', handlerPlace(doc));
}

/** The steps this caller may take on the request now: what the UI shows and the function enforces. */
export function callerSteps(caller: Caller, doc: RequestDoc, now: Date): StepName[] {
  const steps = new Set<StepName>();
  if (isSubmitter(caller, doc)) stepsFor('submitter', doc.status).forEach((s) => steps.add(s));
  if (isHandler(caller, doc)) stepsFor('handler', doc.status).forEach((s) => steps.add(s));
  return [...steps].filter((s) => !stepBlocked(s, doc, now));
}
