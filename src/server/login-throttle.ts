// Slows down password guessing: after repeated failed logins from one client address, the answer
// to the next failure is delayed exponentially (capped). Only the failing connection waits; other
// clients, and successful logins, are never delayed. Memory is bounded: idle entries expire and
// the table holds at most MAX_ADDRESSES.
export interface LoginThrottleOptions {
  /** delay after the second consecutive failure; doubles with each further one (default 200 ms) */
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** failures older than this are forgotten (default 15 minutes) */
  readonly forgetAfterMs?: number;
}

interface Entry {
  failures: number;
  last: number;
}

const MAX_ADDRESSES = 10_000;

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly base: number;
  private readonly max: number;
  private readonly forgetAfter: number;

  constructor(options: LoginThrottleOptions = {}) {
    this.base = options.baseDelayMs ?? 200;
    this.max = options.maxDelayMs ?? 10_000;
    this.forgetAfter = options.forgetAfterMs ?? 15 * 60_000;
  }

  /** Records a failure and returns how long to wait before answering it. */
  failure(address: string, now = Date.now()): number {
    let entry = this.entries.get(address);
    if (!entry || now - entry.last > this.forgetAfter) entry = { failures: 0, last: now };
    entry.failures++;
    entry.last = now;
    // re-insert so the Map's order is least-recently-failed first (eviction order)
    this.entries.delete(address);
    this.entries.set(address, entry);
    if (this.entries.size > MAX_ADDRESSES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    if (entry.failures < 2) return 0;
    return Math.min(this.max, this.base * 2 ** Math.min(entry.failures - 2, 20));
  }

  success(address: string): void {
    this.entries.delete(address);
  }
}
