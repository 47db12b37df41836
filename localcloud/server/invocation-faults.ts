import type { RequestLog } from './request-log';

interface Armed {
  collection: string;
  functionName: string | null;
}

/** Database actions that write (the others read). */
const WRITES = new Set([
  'database.insertDocument',
  'database.modifyDocument',
  'database.removeDocument',
  'database.modifyAndReturnDoc',
]);

/** Which database call of an invocation to hold (see `pauseBefore`). */
export interface PauseSpec {
  collection: string;
  kind: 'read' | 'write';
  /** Only an invocation of this function (default: any). */
  functionName?: string;
  /** Matching calls let through before the one held (default 0: the first). */
  skip?: number;
}

/** A held database call: `reached` once a call is held. */
export interface Paused {
  reached: Promise<void>;
  /** Lets the held call go on; before any is held, disarms the pause (nothing will be held). */
  resume(): void;
  /**
   * Kills the invocation whose call is held, as WeChat Cloud stops one at its timeout: the held call is never
   * carried out, nor any later one, and its caller gets a timeout. Before any is held, disarms the pause.
   */
  kill(): void;
}

interface ArmedPause extends PauseSpec {
  seen: number;
  reach: () => void;
  gate: Promise<void>;
  /** The invocation whose call is held, once one is. */
  heldBy?: string;
}

/**
 * Test hook: kills an invocation right after a database write, to test what a function leaves behind when
 * WeChat Cloud stops it between two writes (a timeout, a crash, an instance recycled). CloudBase has no
 * transaction over a `where().update()` burst, so code that writes twice must hold when only the first landed.
 */
export class InvocationFaults {
  private armed: Armed | null = null;
  private pause: ArmedPause | null = null;

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

  /**
   * Holds the next database call that matches `spec` before it is carried out, until `resume()`: lets a test
   * run another call in between two calls of an invocation (a race that timing alone makes rare). Fires once.
   */
  pauseBefore(spec: PauseSpec): Paused {
    let reach = () => undefined as void;
    const reached = new Promise<void>((resolve) => {
      reach = resolve;
    });
    let resume = () => undefined as void;
    const gate = new Promise<void>((resolve) => {
      resume = resolve;
    });
    const armed: ArmedPause = { ...spec, seen: 0, reach, gate };
    this.pause = armed;
    const disarm = () => {
      if (this.pause === armed) this.pause = null;
    };
    return {
      reached,
      resume: () => {
        disarm();
        resume();
      },
      kill: () => {
        disarm();
        if (armed.heldBy) this.requests.kill(armed.heldBy);
        resume();
      },
    };
  }

  /** Before database call `action` on `collection` of `requestId`: waits while a pause holds it. */
  async hold(requestId: string, action: string, collection: string): Promise<void> {
    const pause = this.pause;
    if (!pause || pause.collection !== collection || WRITES.has(action) !== (pause.kind === 'write')) return;
    const functionName = this.requests.get(requestId)?.functionName;
    if (!functionName || (pause.functionName && functionName !== pause.functionName)) return;
    if (pause.seen++ < (pause.skip ?? 0)) return;
    this.pause = null;
    pause.heldBy = requestId;
    pause.reach();
    await pause.gate;
  }

  clear(): void {
    this.armed = null;
    this.pause = null;
  }
}
