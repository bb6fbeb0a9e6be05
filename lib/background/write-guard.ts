/**
 * Keeps a saved step and its nudge alarm together when the service worker may stop at any moment
 * (ARCHITECTURE.md, "Faults" under the data flow). Two races made a saved send lose both its alarm and its wake-up:
 * - a refresh that began before a write, still reading the old data, cleared the recheck that
 *   the write had just armed; a stop then left the send with no alarm at all;
 * - two refreshes at once: the older one's plan overwrote the newer one's alarm.
 * So refreshes run one at a time, and a refresh disarms the recheck only if no write was open
 * when it began and none began while it ran: only then does its plan include every write.
 */
export interface WriteGuard {
  /** Arms the recheck, then runs the write; counted as open until it settles. */
  guard<T>(write: () => Promise<T>): Promise<T>;
  /** Queues `run` after any refresh in progress; `mayDisarm` says whether its plan saw every write. */
  refresh(run: (mayDisarm: () => boolean) => Promise<void>): Promise<void>;
}

export function writeGuard(arm: () => Promise<unknown>): WriteGuard {
  let started = 0;
  let open = 0;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    async guard(write) {
      started++;
      open++;
      try {
        await arm();
        return await write();
      } finally {
        open--;
      }
    },
    refresh(run) {
      const next = queue.then(() => {
        const seen = started;
        const clean = open === 0;
        return run(() => clean && started === seen);
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
