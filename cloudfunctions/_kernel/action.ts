import type { z } from 'zod';
import type { Contract, OutputOf, ParsedInputOf } from '../../types/common/contract';
import { AppError } from '../../types/common/errors';
import { can, POLICY_DENIED_MESSAGES, seatFor, type PolicyName, type Placed } from '../../types/auth/policies';
import type { RoleAssignment } from '../../types/auth/roles';
import { loadCaller, readJoins, type Caller, type CallerJoin } from './caller';
import type { Database, Sdk } from './sdk';
import type { Pii } from './pii';
import { reader, type Reader } from './store';

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
  /**
   * Documents read in the database call that loads the caller (the thing the action is about, the caller's own
   * record of it): one call where a read beside `caller()` would be two. `caller()` then answers without
   * another. Each is null when there is none. Once the caller is loaded, or with no WeChat identity (then
   * `caller()` refuses), they are read by themselves.
   */
  readWithCaller<T extends Record<string, unknown>>(
    joins: {
      [K in keyof T]: CallerJoin;
    },
  ): Promise<{ [K in keyof T]: T[K] | null }>;
  /** Throws FORBIDDEN unless the named policy allows the caller on the thing. */
  authorize(policy: PolicyName, target: Placed): Promise<Caller>;
  /**
   * `authorize` for a thing looked up by id, so that existence never leaks: a missing thing is refused
   * exactly as one out of the caller's reach (FORBIDDEN, the policy's message). Only a caller the policy
   * allows over a whole district they sit in (for whom nothing there is out of reach) hears `missing`.
   * Call it before any other check on the thing (status, version, state).
   */
  authorizeFound<T>(
    policy: PolicyName,
    thing: T | null | undefined,
    missing: AppError,
    placeOf?: (thing: T) => Placed,
  ): Promise<{ me: Caller; thing: T }>;
  /**
   * For an action that names no thing (a district's settings or funds, an upload, an import): the
   * caller's widest assignment over whose own place the policy allows them (`seatFor`), or FORBIDDEN.
   */
  authorizeSeat(policy: PolicyName): Promise<{ me: Caller; seat: RoleAssignment }>;
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

export function callerLoader(db: Database, openid: string | null): Pick<ActionContext, 'caller' | 'readWithCaller'> {
  let pending: Promise<Caller> | null = null;
  const caller = (): Promise<Caller> => {
    if (!openid) return Promise.reject(new AppError('UNAUTHENTICATED', '请在微信中打开小程序后再试'));
    pending ??= loadCaller(db, openid).then((loaded) => loaded.caller);
    return pending;
  };
  return {
    caller,
    async readWithCaller<T extends Record<string, unknown>>(joins: { [K in keyof T]: CallerJoin }) {
      type Joined = { [K in keyof T]: T[K] | null };
      const named = joins as Record<Extract<keyof T, string>, CallerJoin>;
      if (!openid) return (await readJoins(reader(db), named, null)) as Joined;
      if (pending) {
        const me = await pending;
        return (await readJoins(reader(db), named, me.veteran?._id ?? null)) as Joined;
      }
      const loading = loadCaller(db, openid, named);
      pending = loading.then((loaded) => loaded.caller);
      // A failed load is answered here; `caller()` later answers the same failure.
      pending.catch(() => undefined);
      return (await loading).joined as Joined;
    },
  };
}

/** A node id no document has: stands for "any node directly under the district" in `authorizeFound`. */
const UNNAMED_NODE = '\u0000';

/** The refusal of a policy: FORBIDDEN with the policy's one message. */
export function denied(policy: PolicyName): AppError {
  return new AppError('FORBIDDEN', POLICY_DENIED_MESSAGES[policy]);
}

export function authorizer(
  caller: () => Promise<Caller>,
): Pick<ActionContext, 'authorize' | 'authorizeFound' | 'authorizeSeat'> {
  return {
    async authorize(policy, target) {
      const c = await caller();
      if (!can(c, policy, target)) throw denied(policy);
      return c;
    },
    async authorizeFound<T>(
      policy: PolicyName,
      thing: T | null | undefined,
      missing: AppError,
      placeOf: (thing: T) => Placed = (t) => t as Placed,
    ) {
      const me = await caller();
      if (thing === null || thing === undefined) {
        // Allowed over any node under their district: nothing there is out of their reach.
        const districtWide = me.roles.some((r) => can(me, policy, { orgPath: [r.orgPath[0], UNNAMED_NODE] }));
        throw districtWide ? missing : denied(policy);
      }
      if (!can(me, policy, placeOf(thing))) throw denied(policy);
      return { me, thing };
    },
    async authorizeSeat(policy) {
      const me = await caller();
      const seat = seatFor(me, policy);
      if (!seat) throw denied(policy);
      return { me, seat };
    },
  };
}
