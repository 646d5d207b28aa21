// Node-wide counters the monitoring views read (sys.dm_os_wait_stats, sys.dm_os_performance_counters),
// counted since the node started. Only what msxd really does is counted: a session waiting for
// another session's write transaction (LCK_M_X, msxd's only lock wait) and WAITFOR; SQL Server's
// hundreds of other wait types (latches, I/O, scheduler yields) have no equivalent in one
// JavaScript thread, so they get no rows rather than made-up zeros.

/** the wait types msxd counts, named as in "sys.dm_os_wait_stats (Transact-SQL)" */
export const WAIT_TYPES = ['LCK_M_X', 'WAITFOR'] as const;
export type WaitType = (typeof WAIT_TYPES)[number];

export interface WaitStat {
  /** "incremented at the start of each wait" (the docs), so a wait still running is counted */
  waitingTasks: number;
  waitTimeMs: number;
  maxWaitTimeMs: number;
}

export class ServerCounters {
  /** batches and RPCs since the node started ('Batch Requests/sec', a cumulative count) */
  batchRequests = 0;
  /**
   * lock requests that waited ('Lock Waits/sec'): kept apart from LCK_M_X's count because DBCC
   * SQLPERF's CLEAR resets the wait statistics, not the performance counters
   */
  lockWaits = 0;
  /** logins attempted, successful or not (@@CONNECTIONS, sp_monitor's connections) */
  connections = 0;
  private readonly waits: Record<WaitType, WaitStat> = { LCK_M_X: emptyStat(), WAITFOR: emptyStat() };

  waitStarted(type: WaitType): void {
    this.waits[type].waitingTasks++;
  }

  waitEnded(type: WaitType, ms: number): void {
    const s = this.waits[type];
    s.waitTimeMs += ms;
    if (ms > s.maxWaitTimeMs) s.maxWaitTimeMs = ms;
  }

  wait(type: WaitType): Readonly<WaitStat> {
    return this.waits[type];
  }

  /** DBCC SQLPERF('sys.dm_os_wait_stats', CLEAR) */
  clearWaits(): void {
    for (const t of WAIT_TYPES) this.waits[t] = emptyStat();
  }
}

function emptyStat(): WaitStat {
  return { waitingTasks: 0, waitTimeMs: 0, maxWaitTimeMs: 0 };
}
