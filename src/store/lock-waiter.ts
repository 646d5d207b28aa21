import { sqlError } from '../errors/catalog';
import type { LockWait } from './api';
import { isBusyError } from './connection';

// Waiting for SQLite's write lock without blocking the event loop. SQLite answers SQLITE_BUSY at
// once (busy_timeout=0); we retry on a timer with exponential back-off, and sessions of this
// process wake the waiters as soon as they commit or roll back, so hand-over is immediate in the
// common case and the timer only matters for writers outside this process.

const FIRST_DELAY_MS = 1;
const MAX_DELAY_MS = 25;

export class LockWaker {
  private readonly waiters = new Set<() => void>();

  /** A session released the write lock (COMMIT/ROLLBACK/close). */
  notify(): void {
    const all = [...this.waiters];
    this.waiters.clear();
    for (const wake of all) wake();
  }

  /** Resolves after ms, on notify(), or rejects when the signal aborts. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        reject(signal?.reason ?? new Error('aborted'));
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY, for at most wait.lockTimeoutMs
 * (-1: forever). Throws SqlError 1222 on timeout and the abort reason on abort.
 */
export async function retryWhileBusy<T>(attempt: () => T, wait: LockWait, waker: LockWaker): Promise<T> {
  const start = performance.now();
  let delay = FIRST_DELAY_MS;
  let waiting = false;
  try {
    for (;;) {
      wait.signal?.throwIfAborted();
      try {
        return attempt();
      } catch (e) {
        if (!isBusyError(e)) throw e;
      }
      let sleepMs = delay;
      if (wait.lockTimeoutMs >= 0) {
        const remaining = wait.lockTimeoutMs - (performance.now() - start);
        if (remaining <= 0) throw sqlError(1222);
        sleepMs = Math.min(delay, Math.ceil(remaining));
      }
      if (!waiting) {
        waiting = true;
        wait.onWait?.(true);
      }
      await waker.sleep(sleepMs, wait.signal);
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  } finally {
    if (waiting) wait.onWait?.(false);
  }
}
