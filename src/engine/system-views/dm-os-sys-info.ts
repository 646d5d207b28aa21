// sys.dm_os_sys_info: one row about the machine and the resources the node has ("sys.dm_os_sys_info
// (Transact-SQL)", SQL Server 2022's columns and types). Real values where Node.js knows them: logical
// CPUs (os.availableParallelism), physical memory (os.totalmem), the machine's uptime (ms_ticks),
// the process's CPU times (process.cpuUsage), its resident set (committed_kb) and the node's start
// (sqlserver_start_time, the instant sys.dm_server_services reports: DBAs compute uptime from it).
// What SQL Server takes from Windows or its own memory manager has the value a default x64 instance
// shows (see FIXED). Permission: SQL Server 2022 requires VIEW SERVER PERFORMANCE STATE (earlier
// versions VIEW SERVER STATE); msxd has no server-level grants, so sysadmin alone may read it.
import os from 'node:os';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import { requireServerState } from './dm-server-services';
import { localDatetime } from './session-facts';
import { col, type SystemView } from './system-view';
import { detectVirtualMachine, workerThreads } from './machine-facts';

const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;
const nv = (length: number) => ({ kind: 'nvarchar', length }) as const;
const PERMISSION = 'VIEW SERVER PERFORMANCE STATE';

/** what a default 64-bit instance shows, where msxd has nothing of its own to report */
const FIXED = {
  /** 128 TB: the user-mode address space of a 64-bit process */
  virtualMemoryKb: 137_438_953_344n,
  /** the 2 MB stack (less a guard page) of SQL Server's x64 worker threads */
  stackSizeInBytes: 2_093_056,
  /** SQLOS's 4 ms scheduler quantum */
  osQuantum: 4n,
  /** SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX) */
  osErrorMode: 5,
  /** NORMAL_PRIORITY_CLASS: "priority boost" off */
  osPriorityClass: 32,
  /** 2 = AUTO: no affinity mask configured */
  affinity: { code: 2, desc: 'AUTO' },
  /** the node's clock is the monotonic high-resolution one: QUERY_PERFORMANCE_COUNTER */
  timeSource: { code: 0, desc: 'QUERY_PERFORMANCE_COUNTER' },
  softNuma: { code: 0, desc: 'OFF' },
  /** 1 = CONVENTIONAL: no locked or large pages */
  memoryModel: { code: 1, desc: 'CONVENTIONAL' },
  /** 0 = NONE: msxd does not look for a container */
  container: { code: 0, desc: 'NONE' },
  /** SQL Server's deadlock monitor wakes every 5 seconds; the serial number counts its runs */
  deadlockMonitorIntervalMs: 5000,
} as const;

export const dmOsSysInfo: SystemView = {
  name: 'sys.dm_os_sys_info',
  columns: [
    col('cpu_ticks', BIGINT, false), col('ms_ticks', BIGINT, false), col('cpu_count', INT, false),
    col('hyperthread_ratio', INT, false), col('physical_memory_kb', BIGINT, false), col('virtual_memory_kb', BIGINT, false),
    col('committed_kb', BIGINT, false), col('committed_target_kb', BIGINT, false), col('visible_target_kb', BIGINT, false),
    col('stack_size_in_bytes', INT, false), col('os_quantum', BIGINT, false), col('os_error_mode', INT, false),
    col('os_priority_class', INT), col('max_workers_count', INT, false), col('scheduler_count', INT, false),
    col('scheduler_total_count', INT, false), col('deadlock_monitor_serial_number', INT, false),
    col('sqlserver_start_time_ms_ticks', BIGINT, false), col('sqlserver_start_time', { kind: 'datetime' }, false),
    col('affinity_type', INT, false), col('affinity_type_desc', { kind: 'varchar', length: 60 }, false),
    col('process_kernel_time_ms', BIGINT, false), col('process_user_time_ms', BIGINT, false),
    col('time_source', INT, false), col('time_source_desc', nv(60), false),
    col('virtual_machine_type', INT, false), col('virtual_machine_type_desc', nv(60), false),
    col('softnuma_configuration', INT, false), col('softnuma_configuration_desc', nv(60), false),
    col('process_physical_affinity', nv(3072), false), col('sql_memory_model', INT, false), col('sql_memory_model_desc', nv(120), false),
    col('socket_count', INT, false), col('cores_per_socket', INT, false), col('numa_node_count', INT, false),
    col('container_type', INT, false), col('container_type_desc', nv(60), false),
  ],
  rows(scope) {
    requireServerState(scope, PERMISSION);
    return [sysInfoRow(scope)];
  },
};

function sysInfoRow(scope: Scope): SqlValue[] {
  const now = Date.now();
  const started = scope.engine.services.snapshot().engine.startedAt ?? new Date(now);
  const msTicks = Math.floor(os.uptime() * 1000);
  const nodeMs = Math.max(0, now - started.getTime());
  const cpus = os.availableParallelism();
  const physicalKb = BigInt(Math.floor(os.totalmem() / 1024));
  const usage = process.cpuUsage();
  const vm = detectVirtualMachine();
  // One socket and one NUMA node: Node.js does not see the machine's packages, so every logical
  // CPU is a core of one socket (hyperthread_ratio = logical CPUs per package).
  return [
    process.hrtime.bigint(), BigInt(msTicks), cpus, cpus, physicalKb, FIXED.virtualMemoryKb,
    BigInt(Math.floor(process.memoryUsage().rss / 1024)), physicalKb, physicalKb,
    FIXED.stackSizeInBytes, FIXED.osQuantum, FIXED.osErrorMode, FIXED.osPriorityClass,
    workerThreads(cpus), cpus, cpus + 1, Math.floor(nodeMs / FIXED.deadlockMonitorIntervalMs),
    BigInt(Math.max(0, msTicks - nodeMs)), localDatetime(started),
    FIXED.affinity.code, FIXED.affinity.desc,
    BigInt(Math.floor(usage.system / 1000)), BigInt(Math.floor(usage.user / 1000)),
    FIXED.timeSource.code, FIXED.timeSource.desc, vm.code, vm.desc,
    FIXED.softNuma.code, FIXED.softNuma.desc, `{{0,${cpus - 1}}}`, FIXED.memoryModel.code, FIXED.memoryModel.desc,
    1, cpus, 1, FIXED.container.code, FIXED.container.desc,
  ];
}
