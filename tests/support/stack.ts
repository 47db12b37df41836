import path from 'node:path';
import { startLocalCloud, type LocalCloud, type SubscribeTemplates } from '../../localcloud';
import type { CollectionIndexes } from '../../localcloud/db/types';
import type { Contract, InputOf, OutputOf } from '../../types/common/contract';
import type { Envelope } from '../../types/common/envelope';
import { recordSubscription } from '../../types/notify/subscriptions';
import { templateIdOf, type TemplateKey } from '../../types/notify/templates';

const RATE_COUNTERS = 'rateCounters';

export const BUILT_FUNCTIONS = path.resolve(__dirname, '../../dist/cloudfunctions');

export interface Stack {
  cloud: LocalCloud;
  /** Calls an action as `openid` (null: no WeChat identity) through the local cloud's function runner. */
  call<C extends Contract>(contract: C, input: InputOf<C>, openid: string | null): Promise<Envelope<OutputOf<C>>>;
  /**
   * Calls and reports the database reads and writes the local cloud served for that call. `writes` are
   * documents of the app's data; the caller's rate-limit counter (collection `rateCounters`, taken by the
   * router for every counted call, refused or not) is reported apart as `counterWrites`, and the database
   * calls made on it as `counterCalls`.
   */
  metered<C extends Contract>(
    contract: C,
    input: InputOf<C>,
    openid: string | null,
  ): Promise<{
    res: Envelope<OutputOf<C>>;
    reads: number;
    writes: number;
    counterWrites: number;
    counterCalls: number;
  }>;
  /** Same, but expects success and returns the data. */
  ok<C extends Contract>(contract: C, input: InputOf<C>, openid: string | null): Promise<OutputOf<C>>;
  /**
   * A user's answers on WeChat's subscribe prompt (WeChat records each accepted template as one
   * authorisation), then the app recording them with notify.recordSubscription, as the app does.
   */
  subscribe(openid: string, results: Partial<Record<TemplateKey, 'accept' | 'reject' | 'ban'>>): Promise<void>;
  close(): Promise<void>;
}

/** A local cloud in memory running the BUILT function bundles (`npm test` builds them first; alone: `npm run build:functions`). */
export async function startStack(
  options: {
    clock?: Date;
    subscribeTemplates?: SubscribeTemplates;
    /** The collections and indexes to create (default: the app's, localcloud/indexes). */
    indexes?: CollectionIndexes;
  } = {},
): Promise<Stack> {
  const cloud = await startLocalCloud({
    memory: true,
    functionsDir: BUILT_FUNCTIONS,
    enableTriggers: false,
    clock: options.clock,
    subscribeTemplates: options.subscribeTemplates,
    indexes: options.indexes,
  });
  const call = async <C extends Contract>(contract: C, input: InputOf<C>, openid: string | null) => {
    const inv = await cloud.invoke(contract.fn, { action: contract.action, input }, openid ? { OPENID: openid } : {});
    return inv.result as Envelope<OutputOf<C>>;
  };
  return {
    cloud,
    call,
    async metered(contract, input, openid) {
      const inv = await cloud.invoke(contract.fn, { action: contract.action, input }, openid ? { OPENID: openid } : {});
      const { reads, writes } = cloud.meter(inv.requestId);
      const counterWrites = cloud.writesTo(inv.requestId)[RATE_COUNTERS] ?? 0;
      return {
        res: inv.result as Envelope<OutputOf<typeof contract>>,
        reads,
        writes: writes - counterWrites,
        counterWrites,
        counterCalls: cloud.callsTo(inv.requestId)[RATE_COUNTERS] ?? 0,
      };
    },
    async ok(contract, input, openid) {
      const res = await call(contract, input, openid);
      if (!res.ok) throw new Error(`${contract.fn}.${contract.action} failed: ${JSON.stringify(res.error)}`);
      return res.data;
    },
    async subscribe(openid, results) {
      const keys = Object.keys(results) as TemplateKey[];
      const answers = Object.fromEntries(
        keys.map((k) => [templateIdOf(k, true), results[k] === 'accept' ? ('accept' as const) : ('reject' as const)]),
      );
      const prompt = cloud.requestSubscribeMessage(openid, answers);
      if (prompt.errcode !== 0) throw new Error(`subscribe prompt failed: ${prompt.errmsg}`);
      const res = await call(recordSubscription, { results }, openid);
      if (!res.ok) throw new Error(`notify.recordSubscription failed: ${JSON.stringify(res.error)}`);
    },
    close: () => cloud.close(),
  };
}

/** What a caller saw of a call that may have been killed: 'answered', the refusal's code, or the timeout's. */
export const outcomeOf = (answer: Promise<Envelope<unknown>>): Promise<string> =>
  answer.then(
    (r) => (r.ok ? 'answered' : r.error.code),
    (err: { code?: string }) => err.code ?? 'threw',
  );
