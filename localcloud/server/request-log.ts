import type { DbRequestMeta } from '../db';

/** Who caused a request: the identity a function sees in context.localCloud. */
export interface CallerIdentity {
  OPENID: string;
  APPID: string;
  UNIONID: string;
}

export interface RequestRecord {
  requestId: string;
  functionName: string | null;
  identity: CallerIdentity | null;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'ok' | 'error' | 'timeout';
  /** SDK requests refused because the invocation had already timed out. */
  refusedAfterTimeout: number;
  reads: number;
  writes: number;
  /** Database calls (round trips) the request made. */
  dbCalls: number;
  /** The same calls, by collection. */
  callsTo: Record<string, number>;
  /** The same writes, by collection. */
  writesTo: Record<string, number>;
}

const MAX_RECORDS = 5000;

/**
 * Per-request counters and identity. Functions' SDK calls arrive at /tcb/req/<requestId>, so everything the
 * local cloud does for a request is attributed here; nested cloud.callFunction finds its caller here too.
 */
export class RequestLog {
  private readonly records = new Map<string, RequestRecord>();
  private readonly activeAt = new Map<string, Date>();
  private readonly killListeners = new Map<string, () => void>();

  constructor(private readonly now: () => Date) {}

  begin(requestId: string, functionName: string | null, identity: CallerIdentity | null): RequestRecord {
    const record: RequestRecord = {
      requestId,
      functionName,
      identity,
      startedAt: this.now().toISOString(),
      finishedAt: null,
      status: 'running',
      reads: 0,
      writes: 0,
      dbCalls: 0,
      callsTo: {},
      writesTo: {},
      refusedAfterTimeout: 0,
    };
    this.records.set(requestId, record);
    if (identity?.OPENID) this.activeAt.set(identity.OPENID, this.now());
    this.trim();
    return record;
  }

  finish(requestId: string, status: 'ok' | 'error' | 'timeout'): void {
    this.killListeners.delete(requestId);
    const record = this.records.get(requestId);
    if (!record || record.status === 'timeout') return;
    record.status = status;
    record.finishedAt = this.now().toISOString();
  }

  /** Called once if the running invocation `requestId` is killed (see kill). */
  onKill(requestId: string, listener: () => void): void {
    this.killListeners.set(requestId, listener);
  }

  /**
   * The instance running `requestId` dies now (as a timeout or a crash stops it on WeChat Cloud): its later
   * SDK requests are refused and its caller gets a timeout; what it already wrote stays written.
   */
  kill(requestId: string): void {
    const listener = this.killListeners.get(requestId);
    this.finish(requestId, 'timeout');
    listener?.();
  }

  /**
   * Whether an SDK request carrying `requestId` may still run: not once its invocation timed out (each
   * refusal is counted on the record, so tests can see work attempted after the deadline).
   */
  refuseIfTimedOut(requestId: string): boolean {
    const record = this.records.get(requestId);
    if (record?.status !== 'timeout') return false;
    record.refusedAfterTimeout += 1;
    return true;
  }

  get(requestId: string): RequestRecord | undefined {
    return this.records.get(requestId);
  }

  /** Counters of one request; a request the local cloud never saw reads as zero. */
  meter(requestId: string): { reads: number; writes: number } {
    const record = this.records.get(requestId);
    return { reads: record?.reads ?? 0, writes: record?.writes ?? 0 };
  }

  /** Documents one request wrote, by collection. */
  writesTo(requestId: string): Record<string, number> {
    return { ...this.records.get(requestId)?.writesTo };
  }

  /** Database calls one request made, by collection. */
  callsTo(requestId: string): Record<string, number> {
    return { ...this.records.get(requestId)?.callsTo };
  }

  /** The meter the database engine reports into for `requestId`'s call on `collection` (created on first use). */
  dbMeta(requestId: string, collection: string): DbRequestMeta {
    const record = this.records.get(requestId) ?? this.begin(requestId, null, null);
    record.dbCalls += 1;
    record.callsTo[collection] = (record.callsTo[collection] ?? 0) + 1;
    return {
      requestId,
      meter: {
        read: (n: number) => {
          record.reads += n;
        },
        write: (n: number, collection: string) => {
          record.writes += n;
          record.writesTo[collection] = (record.writesTo[collection] ?? 0) + n;
        },
      },
    };
  }

  /** When this user last called a function (what WeChat counts as using the mini-program). */
  lastActive(openid: string): Date | undefined {
    return this.activeAt.get(openid);
  }

  list(): RequestRecord[] {
    return [...this.records.values()].reverse();
  }

  clear(): void {
    this.records.clear();
    this.activeAt.clear();
  }

  private trim(): void {
    while (this.records.size > MAX_RECORDS) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) return;
      this.records.delete(oldest);
    }
  }
}
