import type { z } from 'zod';
import type { Contract, OutputOf, ParsedInputOf } from '../../types/common/contract';
import { AppError } from '../../types/common/errors';
import { can, POLICY_DENIED_MESSAGES, type PolicyName, type Placed } from '../../types/auth/policies';
import { loadCaller, type Caller } from './caller';
import type { Database, Sdk } from './sdk';
import type { Pii } from './pii';
import type { Reader } from './store';

/** Everything an action may use: the seam between the action and where it runs. */
export interface ActionContext {
  sdk: Sdk;
  db: Database;
  _: Database['command'];
  /** Typed reads: the one way actions read documents. */
  read: Reader;
  now: Date;
  openid: string | null;
  requestId: string;
  /**
   * Wall-clock ms (Date.now()) by which this invocation must have answered: its start plus the function's
   * timeout (`context.time_limit_in_ms`, from config.json; WeChat's 3 s without one). Long jobs stop
   * starting new work well before it.
   */
  deadline: number;
  pii(): Pii;
  /** The caller, loaded once; UNAUTHENTICATED when the call carries no WeChat identity. */
  caller(): Promise<Caller>;
  /** Throws FORBIDDEN unless the named policy allows the caller on the thing. */
  authorize(policy: PolicyName, target: Placed): Promise<Caller>;
}

export interface ActionModule<C extends Contract = Contract> {
  contract: C;
  run(input: ParsedInputOf<C>, ctx: ActionContext): Promise<OutputOf<C>>;
}

export function defineAction<C extends Contract<z.ZodTypeAny, unknown>>(
  contract: C,
  run: (input: ParsedInputOf<C>, ctx: ActionContext) => Promise<OutputOf<C>>,
): ActionModule<C> {
  return { contract, run };
}

export function callerLoader(db: Database, openid: string | null): () => Promise<Caller> {
  let pending: Promise<Caller> | null = null;
  return () => {
    if (!openid) return Promise.reject(new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试'));
    pending ??= loadCaller(db, openid);
    return pending;
  };
}

export function authorizer(caller: () => Promise<Caller>) {
  return async (policy: PolicyName, target: Placed): Promise<Caller> => {
    const c = await caller();
    if (!can(c, policy, target)) throw new AppError('FORBIDDEN', POLICY_DENIED_MESSAGES[policy]);
    return c;
  };
}
