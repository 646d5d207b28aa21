// The agent's only view of time. Everything that waits or stamps goes through a Clock so tests
// can run schedules and retry intervals of minutes in milliseconds.

export interface Clock {
  /** Epoch milliseconds (UTC). */
  now(): number;
  /** Waits `ms`, or less if `signal` aborts; never rejects (callers look at the signal). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: abortableSleep,
};
