// sys.dm_exec_requests: one row per session executing a request now, the caller's own included
// (https://learn.microsoft.com/sql/relational-databases/system-dynamic-management-views/sys-dm-exec-requests-transact-sql).
// Without VIEW SERVER STATE (msxd: not sysadmin) only the caller's row, as sys.dm_exec_sessions.
// msxd keeps no per-request resource figures: cpu_time, reads, writes, logical_reads, memory and
// the plan columns are 0 or NULL; sql_handle is the batch text's handle (session/request-text.ts;
// NULL for a transaction-manager request and a module RPC, which have no text of their own),
// statement_start_offset 0 and statement_end_offset -1 (the whole batch: msxd does not track the
// statement's place in it), transaction_id the open transaction's (sys.dm_tran_active_transactions;
// 0 outside one), and total_elapsed_time is measured from the request's start. blocking_session_id is 0 when nothing
// blocks the request, as SQL Server reports it (the column is nullable, the value is not NULL).
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { isOn } from '../session/set-options';
import {
  blockerOf, commandOf, requestSqlHandle, transactionIdOf, databaseIdOf, ISOLATION_CODES, localDatetime, requestStatus, userIdOf, visibleSessions,
  waitResourceOf, waitTimeMs, waitTypeOf,
} from './session-facts';
import { col, nv, type SystemView } from './system-view';

const SMALLINT = { kind: 'smallint' } as const;
const INT = { kind: 'int' } as const;
const BIGINT = { kind: 'bigint' } as const;
const BIT = { kind: 'bit' } as const;
const REAL = { kind: 'real' } as const;
const DATETIME = { kind: 'datetime' } as const;
const GUID = { kind: 'uniqueidentifier' } as const;
const varbinary = (length: number): SqlType => ({ kind: 'varbinary', length });
const binary = (length: number): SqlType => ({ kind: 'binary', length });

export const dmExecRequests: SystemView = {
  name: 'sys.dm_exec_requests',
  columns: [
    col('session_id', SMALLINT, false), col('request_id', INT, false), col('start_time', DATETIME, false),
    col('status', nv(30), false), col('command', nv(32), false), col('sql_handle', varbinary(64)),
    col('statement_start_offset', INT), col('statement_end_offset', INT), col('plan_handle', varbinary(64)),
    col('database_id', SMALLINT, false), col('user_id', INT, false), col('connection_id', GUID),
    col('blocking_session_id', SMALLINT), col('wait_type', nv(60)), col('wait_time', INT, false),
    col('last_wait_type', nv(60), false), col('wait_resource', nv(256), false), col('open_transaction_count', INT, false),
    col('open_resultset_count', INT, false), col('transaction_id', BIGINT, false), col('context_info', varbinary(128)),
    col('percent_complete', REAL, false), col('estimated_completion_time', BIGINT, false), col('cpu_time', INT, false),
    col('total_elapsed_time', INT, false), col('scheduler_id', INT), col('task_address', varbinary(8)),
    col('reads', BIGINT, false), col('writes', BIGINT, false), col('logical_reads', BIGINT, false),
    col('text_size', INT, false), col('language', nv(128)), col('date_format', nv(3)), col('date_first', SMALLINT, false),
    col('quoted_identifier', BIT, false), col('arithabort', BIT, false), col('ansi_null_dflt_on', BIT, false),
    col('ansi_defaults', BIT, false), col('ansi_warnings', BIT, false), col('ansi_padding', BIT, false),
    col('ansi_nulls', BIT, false), col('concat_null_yields_null', BIT, false), col('transaction_isolation_level', SMALLINT, false),
    col('lock_timeout', INT, false), col('deadlock_priority', INT, false), col('row_count', BIGINT, false),
    col('prev_error', INT, false), col('nest_level', INT, false), col('granted_query_memory', INT, false),
    col('executing_managed_code', BIT, false), col('group_id', INT, false), col('query_hash', binary(8)),
    col('query_plan_hash', binary(8)), col('statement_sql_handle', varbinary(64)), col('statement_context_id', BIGINT),
    col('dop', INT, false), col('parallel_worker_count', INT), col('external_script_request_id', GUID),
    col('is_resumable', BIT, false), col('page_resource', binary(8)), col('page_server_reads', BIGINT, false),
    col('dist_statement_id', GUID),
  ],
  rows(scope) {
    return visibleSessions(scope).filter((s) => s.activity.request !== undefined).map((s) => requestRow(scope, s));
  },
};

/** The default workload group (sys.dm_resource_governor_workload_groups): every request runs in it. */
const DEFAULT_GROUP_ID = 2;

function requestRow(scope: Scope, session: SessionState): SqlValue[] {
  const request = session.activity.request!;
  const o = session.options;
  const waitType = waitTypeOf(session);
  const elapsed = Math.max(0, scope.engine.now().getTime() - request.startTime.getTime());
  const isCaller = session === scope.session;
  const handle = requestSqlHandle(session);
  return [
    session.originalLogin.spid, 0, localDatetime(request.startTime),
    requestStatus(scope, session), commandOf(session), handle,
    handle && 0, handle && -1, null,
    databaseIdOf(scope, session) ?? 0, userIdOf(scope, session), null,
    blockerOf(scope, session) ?? 0, waitType, waitTimeMs(scope, session),
    waitType ?? 'MISCELLANEOUS', waitResourceOf(scope, session), session.transactions.trancount,
    isCaller ? 1 : 0, transactionIdOf(session), null,
    0, 0n, 0,
    elapsed, null, null,
    0n, 0n, 0n,
    o.textSize, o.language, o.dateFormat, o.dateFirst,
    isOn(o, 'QUOTED_IDENTIFIER'), isOn(o, 'ARITHABORT'), isOn(o, 'ANSI_NULL_DFLT_ON'),
    o.flags.has('ANSI_DEFAULTS'), isOn(o, 'ANSI_WARNINGS'), isOn(o, 'ANSI_PADDING'),
    isOn(o, 'ANSI_NULLS'), isOn(o, 'CONCAT_NULL_YIELDS_NULL'), ISOLATION_CODES[o.isolationLevel],
    o.lockTimeout, o.deadlockPriority, BigInt(session.rowCount),
    session.lastError, 0, 0,
    false, DEFAULT_GROUP_ID, null,
    null, null, null,
    1, null, null,
    false, null, 0n,
    null,
  ];
}
