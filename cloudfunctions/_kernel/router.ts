import { ZodError } from 'zod';
import type { Envelope } from '../../types/common/envelope';
import { AppError } from '../../types/common/errors';
import { chineseErrorMap } from '../../types/common/zod-messages';
import { parsingAt } from '../../types/common/dates';
import { authorizer, callerLoader, type ActionContext, type ActionModule } from './action';
import { clockFor, identityFor, sdkFor } from './sdk';
import { piiFromEnv } from './pii-key';
import { takeRateSlot } from './rate-limit';
import { isLocalCloud, isOnWeChatCloud } from './runtime';
import type { FunctionContext } from './runtime';
import { reader } from './store';

/** Turns a zod failure into INVALID_INPUT naming the first field at fault. */
export function inputError(err: ZodError): AppError {
  const issue = err.issues[0];
  const field = issue?.path.join('.') || undefined;
  // The parse's error map answers Chinese; a message that is not (a schema's own English) gets the plain one.
  const message =
    issue?.message && /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : '填写的内容有误，请检查后重试';
  return new AppError('INVALID_INPUT', message, field);
}

function toEnvelope(err: unknown): Envelope<never> {
  if (err instanceof AppError) return { ok: false, error: err.toJSON() };
  if (err instanceof ZodError) return { ok: false, error: inputError(err).toJSON() };
  console.error('[action failed]', err);
  return { ok: false, error: new AppError('INTERNAL').toJSON() };
}

/** A job a timer trigger runs (config.json `triggers`): no caller, the same seam as an action. */
export type TimerJob = (ctx: ActionContext) => Promise<unknown>;

function contextFor(context: FunctionContext, now: Date = clockFor(context)): ActionContext {
  const sdk = sdkFor(context);
  const db = sdk.database();
  const { openid } = identityFor(context, sdk);
  const loader = callerLoader(db, openid);
  return {
    sdk,
    db,
    _: db.command,
    read: reader(db),
    now,
    openid,
    requestId: context?.localCloud?.requestId ?? String(context?.request_id ?? ''),
    deadline: Date.now() + (Number(context?.time_limit_in_ms) || 3000),
    pii: piiFromEnv,
    ...loader,
    ...authorizer(loader.caller),
  };
}

interface FunctionEvent {
  action?: unknown;
  input?: unknown;
  /** Set by WeChat Cloud (and the local cloud) when a timer trigger fires. */
  Type?: unknown;
  TriggerName?: unknown;
  userInfo?: unknown;
}

/**
 * A deployable function's `main`: routes `event.action` to its module, parses the input with the
 * contract's schema, runs it with the seam, and always answers an envelope. A timer trigger's event
 * (`Type: 'Timer'`) runs the job of that name instead; a call from the app (which carries `userInfo`
 * and an OPENID) is refused, and a job takes no input.
 */
export function createMain(actions: ActionModule[], timers: Record<string, TimerJob> = {}) {
  // A deployment with no key or the development key refuses to start: the function fails to load.
  if (isOnWeChatCloud() && !isLocalCloud()) piiFromEnv();
  const byName = new Map(actions.map((a) => [a.contract.action, a]));
  return async function main(event: FunctionEvent, context: FunctionContext): Promise<Envelope<unknown>> {
    // Anywhere but the local cloud, the key is checked before the SDK is reached: no data is touched.
    if (!isLocalCloud()) piiFromEnv();
    try {
      if (event?.Type === 'Timer' && typeof event.TriggerName === 'string' && !('action' in event)) {
        // A call from the app carries `userInfo` (WeChat and the local gateway add it); a trigger does not.
        if ('userInfo' in event) throw new AppError('FORBIDDEN', '定时任务只能由定时触发器启动');
        const job = Object.hasOwn(timers, event.TriggerName) ? timers[event.TriggerName] : undefined;
        if (!job) throw new AppError('UNKNOWN_ACTION', `没有名为 ${event.TriggerName} 的定时任务`);
        const ctx = contextFor(context);
        if (ctx.openid) throw new AppError('FORBIDDEN', '定时任务只能由定时触发器启动');
        return { ok: true, data: await job(ctx) };
      }
      const module = typeof event?.action === 'string' ? byName.get(event.action) : undefined;
      if (!module) throw new AppError('UNKNOWN_ACTION', `不支持的操作：${String(event?.action ?? '')}`);
      // Rules tied to today (a visit not in the future) read the same clock the action will.
      const now = clockFor(context);
      const input = parsingAt(now, () => module.contract.input.parse(event.input ?? {}, { errorMap: chineseErrorMap }));
      const ctx = contextFor(context, now);
      // The one place per-caller limits are enforced (types/common/rate-limits.ts): before the action reads anything.
      await takeRateSlot(ctx, module.contract);
      return { ok: true, data: await module.run(input, ctx) };
    } catch (err) {
      return toEnvelope(err);
    }
  };
}
