// sys.dm_os_performance_counters: the node's performance counters ("sys.dm_os_performance_counters
// (Transact-SQL)"), a few that msxd really counts, with SQL Server's object and counter names (a
// default instance: 'SQLServer:') and cntr_type codes. A per-second counter is cumulative since the
// start (PERF_COUNTER_BULK_COUNT): the reader divides the difference of two samples by their interval.
// The SQL Statistics object's auto-parameterization counters count the simple parameterization of
// client batches (engine/parameterize; 'Unsafe Auto-Params/sec' is left out: msxd makes none).
// Not counted: 'Transactions/sec' per database (msxd's transactions are not counted per database),
// the Locks object's per-resource instances (msxd locks whole databases: only _Total), and SQL
// Server's hundreds of buffer, memory and I/O counters, which have no msxd equivalent.
// Permission: as sys.dm_os_wait_stats (VIEW SERVER PERFORMANCE STATE; sysadmin alone in msxd).
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { liveSessions } from '../security/session-registry';
import { requireServerState } from './dm-server-services';
import { PERFORMANCE_STATE } from './dm-os-wait-stats';
import { col, type SystemView } from './system-view';

const NCHAR_128: SqlType = { kind: 'nchar', length: 128 };

/** cntr_type: the Windows performance counter types the documentation lists */
export const COUNTER_TYPES = {
  /** PERF_COUNTER_LARGE_RAWCOUNT: the value now */
  rawCount: 65792,
  /** PERF_COUNTER_BULK_COUNT: cumulative; a rate needs two samples */
  bulkCount: 272696576,
} as const;

interface Counter {
  readonly object: string;
  readonly counter: string;
  readonly instance: string;
  readonly type: number;
  value(scope: Scope): number;
}

const COUNTERS: readonly Counter[] = [
  {
    object: 'SQLServer:General Statistics', counter: 'User Connections', instance: '', type: COUNTER_TYPES.rawCount,
    value: (scope) => liveSessions(scope.engine).length,
  },
  {
    object: 'SQLServer:SQL Statistics', counter: 'Batch Requests/sec', instance: '', type: COUNTER_TYPES.bulkCount,
    value: (scope) => scope.engine.counters.batchRequests,
  },
  {
    object: 'SQLServer:SQL Statistics', counter: 'Auto-Param Attempts/sec', instance: '', type: COUNTER_TYPES.bulkCount,
    value: (scope) => scope.engine.languageBatches.counters.attempts,
  },
  {
    object: 'SQLServer:SQL Statistics', counter: 'Failed Auto-Params/sec', instance: '', type: COUNTER_TYPES.bulkCount,
    value: (scope) => scope.engine.languageBatches.counters.failed,
  },
  {
    object: 'SQLServer:SQL Statistics', counter: 'Safe Auto-Params/sec', instance: '', type: COUNTER_TYPES.bulkCount,
    value: (scope) => scope.engine.languageBatches.counters.safe,
  },
  {
    object: 'SQLServer:Locks', counter: 'Lock Waits/sec', instance: '_Total', type: COUNTER_TYPES.bulkCount,
    value: (scope) => scope.engine.counters.lockWaits,
  },
];

export const dmOsPerformanceCounters: SystemView = {
  name: 'sys.dm_os_performance_counters',
  columns: [
    col('object_name', NCHAR_128, false), col('counter_name', NCHAR_128, false), col('instance_name', NCHAR_128),
    col('cntr_value', { kind: 'bigint' }, false), col('cntr_type', { kind: 'int' }, false),
  ],
  rows(scope) {
    requireServerState(scope, PERFORMANCE_STATE);
    return COUNTERS.map((c): SqlValue[] => [
      pad(c.object), pad(c.counter), pad(c.instance), BigInt(c.value(scope)), c.type,
    ]);
  },
};

/** nchar(128): blank-padded, as SQL Server returns it (DBAs RTRIM the names) */
function pad(text: string): string {
  return text.padEnd(128);
}
