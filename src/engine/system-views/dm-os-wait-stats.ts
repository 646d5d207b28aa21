// sys.dm_os_wait_stats: the waits of every session since the node started ("sys.dm_os_wait_stats
// (Transact-SQL)"). One row per wait type msxd counts (server-counters.ts): LCK_M_X, a session
// waiting for another session's write transaction, and WAITFOR. SQL Server lists its ~1000 wait
// types with zeros too; msxd has no latches, I/O completion or schedulers to wait on, so rows for
// them would only claim to measure what is never measured. signal_wait_time_ms is 0: a wait ends
// in the one JavaScript thread, with no runnable queue between the signal and the run.
// Permission: SQL Server 2022 requires VIEW SERVER PERFORMANCE STATE (earlier VIEW SERVER STATE);
// msxd has no server-level grants, so sysadmin alone may read it.
import { WAIT_TYPES } from '../server-counters';
import { requireServerState } from './dm-server-services';
import { col, nv, type SystemView } from './system-view';

const BIGINT = { kind: 'bigint' } as const;
export const PERFORMANCE_STATE = 'VIEW SERVER PERFORMANCE STATE';

export const dmOsWaitStats: SystemView = {
  name: 'sys.dm_os_wait_stats',
  columns: [
    col('wait_type', nv(60), false), col('waiting_tasks_count', BIGINT, false), col('wait_time_ms', BIGINT, false),
    col('max_wait_time_ms', BIGINT, false), col('signal_wait_time_ms', BIGINT, false),
  ],
  rows(scope) {
    requireServerState(scope, PERFORMANCE_STATE);
    const counters = scope.engine.counters;
    return WAIT_TYPES.map((type) => {
      const s = counters.wait(type);
      return [type, BigInt(s.waitingTasks), BigInt(s.waitTimeMs), BigInt(s.maxWaitTimeMs), 0n];
    });
  },
};
