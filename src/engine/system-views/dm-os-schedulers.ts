// sys.dm_os_schedulers ("sys.dm_os_schedulers (Transact-SQL)"): msxd runs every request on one
// JavaScript thread, so it has one scheduler: id 0 on CPU 0 in node 0, VISIBLE ONLINE. (SQL
// Server has one per CPU plus hidden ones and the DAC's; msxd has no internal schedulers and no
// DAC, so no other rows. sys.dm_os_sys_info.scheduler_count still reports the CPU count.)
// Real values: current_tasks_count the requests running now (each one task), is_idle 0 when any
// runs (the query reading this view is one), current/active_workers_count 1 (the thread),
// total_cpu_usage_ms the process's CPU time (process.cpuUsage, user + system: SQLite and libuv
// threads included). Not counted by msxd, 0: preemptive/context/idle switches, runnable tasks
// (continuations waiting in the event loop are not counted), work queue, pending disk I/O
// (SQLite's I/O is synchronous), load_factor, yield_count, last_timer_activity, quantum_length_us
// (no quantum: a request runs until it awaits), total_cpu_idle_capped_ms (no resource governor),
// total_scheduler_delay_ms. The memory addresses are NULL: nothing in msxd has one worth showing.
// failed_to_create_worker 0; ideal_workers_limit 1.
// Permission: VIEW SERVER STATE (msxd: sysadmin).
import { requireServerState } from './dm-server-services';
import { VIEW_SERVER_STATE } from './dm-tran-locks';
import { visibleSessions } from './session-facts';
import { col, nv, type SystemView } from './system-view';

const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;
const BIT = { kind: 'bit' } as const;
const ADDRESS = { kind: 'varbinary', length: 8 } as const;

/** the one JavaScript thread */
const WORKERS = 1;

export const dmOsSchedulers: SystemView = {
  name: 'sys.dm_os_schedulers',
  columns: [
    col('scheduler_address', ADDRESS), col('parent_node_id', INT, false), col('scheduler_id', INT, false),
    col('cpu_id', { kind: 'smallint' }, false), col('status', nv(60), false), col('is_online', BIT, false),
    col('is_idle', BIT, false), col('preemptive_switches_count', INT, false), col('context_switches_count', INT, false),
    col('idle_switches_count', INT, false), col('current_tasks_count', INT, false), col('runnable_tasks_count', INT, false),
    col('current_workers_count', INT, false), col('active_workers_count', INT, false), col('work_queue_count', BIGINT, false),
    col('pending_disk_io_count', INT, false), col('load_factor', INT, false), col('yield_count', INT, false),
    col('last_timer_activity', BIGINT, false), col('failed_to_create_worker', BIT, false), col('active_worker_address', ADDRESS),
    col('memory_object_address', ADDRESS), col('task_memory_object_address', ADDRESS), col('quantum_length_us', BIGINT, false),
    col('total_cpu_usage_ms', BIGINT, false), col('total_cpu_idle_capped_ms', BIGINT, false),
    col('total_scheduler_delay_ms', BIGINT, false), col('ideal_workers_limit', INT),
  ],
  rows(scope) {
    requireServerState(scope, VIEW_SERVER_STATE);
    const tasks = visibleSessions(scope).filter((s) => s.activity.request !== undefined).length;
    const cpu = process.cpuUsage();
    return [[
      null, 0, 0, 0, 'VISIBLE ONLINE', true,
      tasks === 0, 0, 0, 0, tasks, 0,
      WORKERS, WORKERS, 0n, 0, 0, 0,
      0n, false, null, null, null, 0n,
      BigInt(Math.floor((cpu.user + cpu.system) / 1000)), 0n, 0n, WORKERS,
    ]];
  },
};
