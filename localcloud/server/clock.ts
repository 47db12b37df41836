/** A clock that tests can stop, set and move forward; the db (serverDate), temp URLs and functions read it. */
export interface ControllableClock {
  now(): Date;
  /** Freeze the clock at `date`; it stays there until advance() or reset(). */
  set(date: Date | string | number): void;
  /** Move the clock forward; a running (real-time) clock becomes frozen at the new instant. */
  advance(ms: number): void;
  /** Back to real time (or to the start value the clock was created with). */
  reset(): void;
  /** True when the clock follows real time. */
  isReal(): boolean;
}

export function createClock(start?: Date | (() => Date)): ControllableClock {
  const base: () => Date =
    typeof start === 'function' ? start : start ? () => new Date(start.getTime()) : () => new Date();
  let frozen: Date | null = null;
  return {
    now: () => (frozen ? new Date(frozen.getTime()) : base()),
    set(date) {
      const at = new Date(date);
      if (Number.isNaN(at.getTime())) throw new Error(`invalid clock date: ${String(date)}`);
      frozen = at;
    },
    advance(ms) {
      const current = frozen ?? base();
      frozen = new Date(current.getTime() + ms);
    },
    reset() {
      frozen = null;
    },
    isReal: () => frozen === null && start === undefined,
  };
}
