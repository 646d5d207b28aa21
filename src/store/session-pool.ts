import { SessionConnection } from './session-connection';

/**
 * idle connections kept per node; beyond this a closing session's connection is closed. A master
 * polled by thousands of targets has dozens of sessions open at once when polls bunch up (a
 * burst, a slow fsync): with 16, one session in six then opened a new connection (its ATTACHes
 * parse master's and msdb's schemas) just when the node was busiest. An idle connection holds a
 * few hundred KB (prepared statements, schemas; its page cache is emptied by other commits).
 */
export const SESSION_POOL_CAPACITY = 32;

/**
 * Idle session connections of one node. Opening one costs the open itself, registering ~20 JS
 * functions, the pragmas, ATTACH of the current database (and of master/msdb/tempdb at the first
 * BEGIN TRAN), and re-preparing every statement: about 12% of a multiserver master's CPU, whose
 * targets connect, log in, call a few msdb procedures and disconnect at every poll. A connection
 * comes back only through `release`, which resets it (SessionConnection.resetForReuse) and closes
 * it instead when that fails. Last in, first out: the warmest statement cache is reused first.
 */
export class SessionPool {
  private readonly idle: SessionConnection[] = [];
  private closed = false;

  constructor(private readonly capacity = SESSION_POOL_CAPACITY) {}

  /** a reset connection, or a new one */
  acquire(): SessionConnection {
    return this.idle.pop() ?? new SessionConnection();
  }

  release(conn: SessionConnection): void {
    if (this.closed || this.idle.length >= this.capacity || !conn.resetForReuse()) {
      closeQuietly(conn);
      return;
    }
    this.idle.push(conn);
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
