import { SessionConnection } from './session-connection';

/**
 * idle connections kept per node at least; beyond the pool's capacity a closing session's
 * connection is closed. A master polled by thousands of targets has dozens of sessions open at
 * once when polls bunch up (a burst, a slow fsync): with 16, one session in six then opened a new
 * connection (its ATTACHes parse master's and msdb's schemas) just when the node was busiest.
 */
export const SESSION_POOL_CAPACITY = 32;
/**
 * The pool keeps up to as many idle connections as sessions were open at once lately (the peak
 * of the current and the previous PEAK_WINDOW_MS), never more than this. A master that falls
 * behind has hundreds of sessions open; closing all but 32 of them as they end and opening them
 * again for the next polls (open, ~20 functions, ATTACHes, every statement prepared again) was a
 * fifth of its CPU, which kept it behind. The memory they hold was taken at the peak anyway
 * (glibc keeps what SQLite frees: the RSS stays at the high-water mark either way). After two
 * quiet windows the pool is back to `capacity` (trimmed as sessions end).
 */
export const SESSION_POOL_MAX = 256;
export const PEAK_WINDOW_MS = 60_000;

/**
 * Idle session connections of one node. Opening one costs the open itself, registering ~20 JS
 * functions, the pragmas, ATTACH of the current database (and of master/msdb/tempdb at the first
 * BEGIN TRAN), and re-preparing every statement: about 12% of a multiserver master's CPU, whose
 * targets connect, log in, call a few msdb procedures and disconnect at every poll. A connection
 * comes back only through `release`, which resets it (SessionConnection.resetForReuse) and closes
 * it instead when that fails. Last in, first out: the warmest statement cache is reused first;
 * above the capacity the coldest idle ones are closed first.
 */
export class SessionPool {
  private readonly idle: SessionConnection[] = [];
  private closed = false;
  /** connections handed out and not yet back */
  private inUse = 0;
  /** most in use at once in the current window, and in the previous one */
  private peak = 0;
  private previousPeak = 0;
  private windowStart: number;

  constructor(
    private readonly capacity = SESSION_POOL_CAPACITY,
    private readonly max = SESSION_POOL_MAX,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** a reset connection, or a new one */
  acquire(): SessionConnection {
    const conn = this.idle.pop() ?? new SessionConnection();
    if (++this.inUse > this.peak) this.peak = this.inUse;
    return conn;
  }

  release(conn: SessionConnection): void {
    this.inUse--;
    const limit = this.limit();
    while (this.idle.length > limit) closeQuietly(this.idle.shift()!);
    if (this.closed || this.idle.length >= limit || !conn.resetForReuse()) {
      closeQuietly(conn);
      return;
    }
    this.idle.push(conn);
  }

  /** idle connections kept now: the recent peak of sessions open at once, within [capacity, max] */
  private limit(): number {
    const t = this.now();
    if (t - this.windowStart >= PEAK_WINDOW_MS) {
      // a window with no peak at all (idle for two windows) forgets the previous one too
      this.previousPeak = t - this.windowStart >= 2 * PEAK_WINDOW_MS ? 0 : this.peak;
      this.peak = this.inUse;
      this.windowStart = t;
    }
    return Math.min(this.max, Math.max(this.capacity, this.peak, this.previousPeak));
  }

  /** DROP DATABASE: no idle connection may keep the file open. */
  releaseDatabase(databaseId: number): void {
    for (let i = this.idle.length - 1; i >= 0; i--) {
      const conn = this.idle[i]!;
      if (!conn.attached.has(databaseId)) continue;
      try {
        conn.detach(databaseId);
      } catch {
        this.idle.splice(i, 1);
        closeQuietly(conn);
      }
    }
  }

  get size(): number {
    return this.idle.length;
  }

  close(): void {
    this.closed = true;
    for (const conn of this.idle.splice(0)) closeQuietly(conn);
  }
}

function closeQuietly(conn: SessionConnection): void {
  try {
    conn.close();
  } catch {
    // already closed, or closing failed: nothing more can be done with it
  }
}
