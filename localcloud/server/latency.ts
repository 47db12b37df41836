/**
 * Injected round-trip time for SDK calls, so timeouts and resumable jobs are tested under CloudBase-like
 * latency (locally a database call answers in about 1 ms; on WeChat Cloud tens of ms, an openapi call more).
 * Each call waits on its own timer before it is answered: concurrent calls overlap, as network round trips do.
 */
export interface LatencyModel {
  /** Every `database.*` action (a transaction's every step counts as one call). */
  db: number;
  /** Every `wx.openApi` call (subscribeMessage.send, msgSecCheck, ...). */
  openapi: number;
}

export const NO_LATENCY: LatencyModel = { db: 0, openapi: 0 };

/** `db=30ms,openapi=150ms` (units ms or s; a bare number is ms). Unnamed kinds stay 0. */
export function parseLatency(spec: string): LatencyModel {
  const model: LatencyModel = { ...NO_LATENCY };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(db|openapi)=(\d+(?:\.\d+)?)(ms|s)?$/.exec(part);
    if (!match) throw new Error(`--latency 无法解析 "${part}"（例：db=30ms,openapi=150ms）`);
    model[match[1] as keyof LatencyModel] = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
  }
  return model;
}

/** The delay an SDK action gets under the model. */
export function latencyFor(action: string, model: LatencyModel): number {
  if (action.startsWith('database.')) return model.db;
  if (action === 'wx.openApi') return model.openapi;
  return 0;
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
