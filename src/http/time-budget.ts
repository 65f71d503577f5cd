/**
 * A time budget shared by many requests: the wall time during which at least one of them is waiting
 * for an answer or for its next attempt. Requests that overlap count once, and the time between them
 * (other work of the run) not at all. The Ory client owns one per run (SPEC section 3: a run gives up
 * within 60 seconds of Ory time in all). The clock and the sleep are handed in, so tests run without
 * waiting.
 */

export interface BudgetClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export interface TimeBudget {
  readonly totalMs: number;
  /** ms spent so far */
  spentMs(): number;
  /** ms left; 0 once used up */
  remainingMs(): number;
  /** runs `work`, counting the time it takes */
  spend<T>(work: () => Promise<T>): Promise<T>;
  /** waits `ms`, counted; false, without waiting, when the wait would end past the budget */
  wait(ms: number): Promise<boolean>;
}

export function createTimeBudget(totalMs: number, clock: BudgetClock): TimeBudget {
  let spentBefore = 0;
  let running = 0;
  let runningSince = 0;
  const spentMs = () => spentBefore + (running > 0 ? clock.now() - runningSince : 0);
  const remainingMs = () => Math.max(0, totalMs - spentMs());
  const spend = async <T>(work: () => Promise<T>): Promise<T> => {
    if (running++ === 0) runningSince = clock.now();
    try {
      return await work();
    } finally {
      if (--running === 0) spentBefore += clock.now() - runningSince;
    }
  };
  return {
    totalMs,
    spentMs,
    remainingMs,
    spend,
    async wait(ms) {
      if (ms > remainingMs()) return false;
      await spend(() => clock.sleep(ms));
      return true;
    },
  };
}
