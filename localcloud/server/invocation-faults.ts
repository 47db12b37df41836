import type { RequestLog } from './request-log';

interface Armed {
  collection: string;
  functionName: string | null;
}

/**
 * Test hook: kills an invocation right after a database write, to test what a function leaves behind when
 * WeChat Cloud stops it between two writes (a timeout, a crash, an instance recycled). CloudBase has no
 * transaction over a `where().update()` burst, so code that writes twice must hold when only the first landed.
 */
export class InvocationFaults {
  private armed: Armed | null = null;

  constructor(private readonly requests: RequestLog) {}

  /**
   * The next database call of an invocation (of `functionName`, or of any function) that writes at least one
   * document of `collection` is carried out, then the invocation is killed: its later SDK requests are
   * refused and its caller gets a timeout. Fires once.
   */
  killAfterWrite(collection: string, functionName: string | null = null): void {
    this.armed = { collection, functionName };
  }

  /** Documents `requestId` has written to the armed collection so far (undefined when nothing is armed). */
  before(requestId: string): number | undefined {
    if (!this.armed) return undefined;
    return this.requests.writesTo(requestId)[this.armed.collection] ?? 0;
  }

  /** After a database call of `requestId`: kills the invocation if the call wrote to the armed collection. */
  after(requestId: string, before: number | undefined): void {
    const armed = this.armed;
    if (!armed || before === undefined) return;
    const record = this.requests.get(requestId);
    if (!record?.functionName || (armed.functionName && record.functionName !== armed.functionName)) return;
    if ((record.writesTo[armed.collection] ?? 0) <= before) return;
    this.armed = null;
    this.requests.kill(requestId);
  }

  clear(): void {
    this.armed = null;
  }
}
