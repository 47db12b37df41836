import { ZodError } from 'zod';
import type { Envelope } from '../../types/common/envelope';
import { AppError } from '../../types/common/errors';
import { authorizer, callerLoader, type ActionContext, type ActionModule } from './action';
import { clockFor, identityFor, sdkFor } from './sdk';
import { piiFromEnv } from './pii-key';
import { isLocalCloud, isOnWeChatCloud } from './runtime';
import type { FunctionContext } from './runtime';
import { reader } from './store';

/** Turns a zod failure into INVALID_INPUT naming the first field at fault. */
export function inputError(err: ZodError): AppError {
  const issue = err.issues[0];
  const field = issue?.path.join('.') || undefined;
  const message = issue?.message && !/^(Required|Invalid|Expected)/.test(issue.message) ? issue.message : '填写的内容有误，请检查后重试';
  return new AppError('INVALID_INPUT', message, field);
}

function toEnvelope(err: unknown): Envelope<never> {
  if (err instanceof AppError) return { ok: false, error: err.toJSON() };
  if (err instanceof ZodError) return { ok: false, error: inputError(err).toJSON() };
  console.error('[action failed]', err);
  return { ok: false, error: new AppError('INTERNAL').toJSON() };
}

/**
 * A deployable function's `main`: routes `event.action` to its module, parses the input with the
 * contract's schema, runs it with the seam, and always answers an envelope.
 */
export function createMain(actions: ActionModule[]) {
  // A deployment with no key or the development key refuses to start: the function fails to load.
  if (isOnWeChatCloud() && !isLocalCloud()) piiFromEnv();
  const byName = new Map(actions.map((a) => [a.contract.action, a]));
  return async function main(event: { action?: unknown; input?: unknown }, context: FunctionContext): Promise<Envelope<unknown>> {
    // Anywhere but the local cloud, the key is checked before the SDK is reached: no data is touched.
    if (!isLocalCloud()) piiFromEnv();
    try {
      const module = typeof event?.action === 'string' ? byName.get(event.action) : undefined;
      if (!module) throw new AppError('UNKNOWN_ACTION', `不支持的操作：${String(event?.action ?? '')}`);
      const input = module.contract.input.parse(event.input ?? {});
      const sdk = sdkFor(context);
      const db = sdk.database();
      const { openid } = identityFor(context, sdk);
      const caller = callerLoader(db, openid);
      const ctx: ActionContext = {
        sdk,
        db,
        _: db.command,
        read: reader(db),
        now: clockFor(context),
        openid,
        requestId: context?.localCloud?.requestId ?? String(context?.request_id ?? ''),
        pii: piiFromEnv,
        caller,
        authorize: authorizer(caller),
      };
      return { ok: true, data: await module.run(input, ctx) };
    } catch (err) {
      return toEnvelope(err);
    }
  };
}
