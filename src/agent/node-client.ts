// Every call the agent makes to its node, one exported function per call (graphile-worker's
// src/sql style). Each is a T-SQL procedure call in msdb over TDS through `mssql`, with typed
// parameters; procedure names are SQL Server's own where one exists (see README for the list
// the msdb engineers implement, and which ones are msxd's).
import sql, { type ConnectionPool } from 'mssql';
import type { HistoryRecord } from './runner/job-runner';
import type { JobStepDefinition } from './runner/job-definition';
import type { ScheduleDefinition } from './schedule/schedule-definition';
import type { OperatorRow } from './notify/notify-decision';
import type { InterruptedRun, StartupInfo } from './node-api';
import type { ProcCall } from './node/group-commit';
import { int, jobHeader, jobSchedule, jobStep, nullableText, operator, text, type JobHeader, type Row } from './node/row-mapping';

const proc = (name: string): string => `msdb.dbo.${name}`;

async function rows(pool: ConnectionPool, name: string, bind: (r: sql.Request) => sql.Request = (r) => r): Promise<Row[]> {
  const result = await bind(pool.request()).execute<Row>(proc(name));
  return result.recordset ?? [];
}

async function call(pool: ConnectionPool, name: string, bind: (r: sql.Request) => sql.Request): Promise<void> {
  await bind(pool.request()).execute(proc(name));
}

export async function getStartupInfo(pool: ConnectionPool): Promise<StartupInfo> {
  const [r] = await rows(pool, 'sp_sqlagent_get_startup_info');
  if (!r) throw new Error('sp_sqlagent_get_startup_info returned no row');
  const base = { serverName: text(r, 'sql_server_name'), msdbAvailable: int(r, 'msdb_available') !== 0, msdbReadOnly: int(r, 'msdb_read_only') !== 0 };
  const instanceName = nullableText(r, 'instance_name') ?? 'MSSQLSERVER';
  // MACH: SQL Server's agent asks its own machine; a node that cannot answer leaves it unset.
  const machine = await pool.request().query<Row>("SELECT CONVERT(sysname, SERVERPROPERTY('MachineName')) AS machine_name")
    .then((q) => nullableText(q.recordset[0] ?? {}, 'machine_name'), () => null);
  return { ...base, instanceName, ...(machine !== null ? { machineName: machine } : {}) };
}

/** msxd: opens a syssessions row for this agent run; returns its session_id. */
export async function startSession(pool: ConnectionPool): Promise<number> {
  const [r] = await rows(pool, 'sp_sqlagent_start_session');
  if (!r) throw new Error('sp_sqlagent_start_session returned no row');
  return int(r, 'session_id');
}

export function createJobActivity(pool: ConnectionPool, sessionId: number, jobId: string | null): Promise<void> {
  return call(pool, 'sp_sqlagent_create_jobactivity', (q) => q.input('session_id', sql.Int, sessionId).input('job_id', sql.UniqueIdentifier, jobId));
}

export async function refreshJobs(pool: ConnectionPool, jobId: string | null = null): Promise<JobHeader[]> {
  return (await rows(pool, 'sp_sqlagent_refresh_job', (q) => q.input('job_id', sql.UniqueIdentifier, jobId).input('server_name', sql.NVarChar(128), null)))
    .map(jobHeader);
}

export async function helpJobSteps(pool: ConnectionPool, jobId: string): Promise<JobStepDefinition[]> {
  return (await rows(pool, 'sp_help_jobstep', (q) => q.input('job_id', sql.UniqueIdentifier, jobId).input('suffix', sql.Bit, false))).map(jobStep);
}

export async function helpJobSchedules(pool: ConnectionPool, jobId: string): Promise<ScheduleDefinition[]> {
  return (await rows(pool, 'sp_help_jobschedule', (q) => q.input('job_id', sql.UniqueIdentifier, jobId).input('include_description', sql.Bit, false)))
    .map(jobSchedule);
}

/** sp_sqlagent_has_server_access: whether a login exists and is a sysadmin. */
export async function hasServerAccess(pool: ConnectionPool, loginName: string): Promise<{ hasAccess: boolean; isSysadmin: boolean }> {
  const [r] = await rows(pool, 'sp_sqlagent_has_server_access', (q) => q.input('login_name', sql.NVarChar(128), loginName));
  if (!r) return { hasAccess: false, isSysadmin: false };
  return { hasAccess: int(r, 'has_server_access') !== 0, isSysadmin: int(r, 'is_sysadmin') !== 0 };
}

export async function helpOperators(pool: ConnectionPool): Promise<OperatorRow[]> {
  return (await rows(pool, 'sp_help_operator')).map(operator);
}

/** One queued sp_sqlagent_notify call, as sp_sqlagent_fetch_notifications returns it. */
export interface NotificationRow {
  readonly opType: string;
  readonly actionType: string | null;
  readonly jobId: string | null;
  readonly scheduleId: number | null;
  readonly stepName: string | null;
  readonly requestedBy: string;
}

/**
 * msxd: dequeues the sp_sqlagent_notify calls made since the last fetch, oldest first, through
 * sp_msxd_agent_tick (no result set when nothing is queued, the common case each second; else
 * sp_sqlagent_fetch_notifications' rows).
 */
export async function fetchNotifications(pool: ConnectionPool, sessionId: number): Promise<NotificationRow[]> {
  return (await rows(pool, 'sp_msxd_agent_tick', (q) => q.input('session_id', sql.Int, sessionId))).map((r) => ({
    opType: text(r, 'op_type'),
    actionType: nullableText(r, 'action_type'),
    jobId: nullableText(r, 'job_id')?.toUpperCase() ?? null,
    scheduleId: r['schedule_id'] === null || r['schedule_id'] === undefined ? null : int(r, 'schedule_id'),
    stepName: nullableText(r, 'step_name'),
    requestedBy: nullableText(r, 'requested_by') ?? 'User (unknown)',
  }));
}

// The writes below are ProcCall values, not calls: mssql-node.ts sends them through the group
// commit (node/group-commit.ts), many in one transaction. Same procedures and parameters.

export function createJobActivityCall(sessionId: number, jobId: string): ProcCall {
  return { procedure: 'sp_sqlagent_create_jobactivity', args: { session_id: sessionId, job_id: jobId } };
}

export function jobActivityRequestedCall(sessionId: number, jobId: string, sourceId: number): ProcCall {
  return { procedure: 'sp_sqlagent_update_jobactivity_requested_date', args: { session_id: sessionId, job_id: jobId, is_system: 0, run_requested_source_id: sourceId } };
}

export function jobActivityQueuedCall(sessionId: number, jobId: string): ProcCall {
  return { procedure: 'sp_sqlagent_update_jobactivity_queued_date', args: { session_id: sessionId, job_id: jobId, is_system: 0 } };
}

export function jobActivityStartExecutionCall(sessionId: number, jobId: string, date: number, time: number): ProcCall {
  return { procedure: 'sp_sqlagent_update_jobactivity_start_execution_date', args: { session_id: sessionId, job_id: jobId, is_system: 0, begin_execution_date: date, begin_execution_time: time } };
}

/** msxd: requested + queued + start_execution of one run in one UPDATE (sp_msxd_agent_job_started). */
export function jobActivityBegunCall(sessionId: number, jobId: string, sourceId: number, date: number, time: number): ProcCall {
  return {
    procedure: 'sp_msxd_agent_job_started',
    args: { session_id: sessionId, job_id: jobId, is_system: 0, run_requested_source_id: sourceId, begin_execution_date: date, begin_execution_time: time },
  };
}

export function jobActivityNextScheduledCall(sessionId: number, jobId: string, date: number | null, time: number | null): ProcCall {
  return { procedure: 'sp_sqlagent_update_jobactivity_next_scheduled_date', args: { session_id: sessionId, job_id: jobId, is_system: 0, last_run_date: date, last_run_time: time } };
}

/** msxd: sysjobschedules.next_run_date / next_run_time of one (job, schedule). */
export function jobScheduleNextRunCall(jobId: string, scheduleId: number, date: number, time: number): ProcCall {
  return { procedure: 'sp_sqlagent_set_jobschedule_next_run', args: { job_id: jobId, schedule_id: scheduleId, next_run_date: date, next_run_time: time } };
}

export function logJobHistoryCall(r: HistoryRecord, sessionId: number, operatorIdEmailed = 0, operatorIdPaged = 0): ProcCall {
  return {
    procedure: 'sp_sqlagent_log_jobhistory',
    args: {
      job_id: r.jobId, step_id: r.stepId, sql_message_id: r.sqlMessageId, sql_severity: r.sqlSeverity, message: r.message,
      run_status: r.runStatus, run_date: r.runDate, run_time: r.runTime, run_duration: r.runDuration,
      operator_id_emailed: operatorIdEmailed, operator_id_netsent: 0, operator_id_paged: operatorIdPaged,
      retries_attempted: r.retriesAttempted, server: null, session_id: sessionId,
    },
  };
}

export function jobStepCompletionStateCall(r: HistoryRecord, sessionId: number): ProcCall {
  return {
    procedure: 'sp_sqlagent_set_jobstep_completion_state',
    args: {
      job_id: r.jobId, step_id: r.stepId, last_run_outcome: r.runStatus, last_run_duration: r.runDuration,
      last_run_retries: r.retriesAttempted, last_run_date: r.runDate, last_run_time: r.runTime, session_id: sessionId,
    },
  };
}

/** SQL Server's own internal procedure: replaces (append 0) or extends the step's sysjobstepslogs row. */
export function writeStepLogCall(jobId: string, stepId: number, text: string, append: boolean): ProcCall {
  return { procedure: 'sp_write_sysjobstep_log', args: { job_id: jobId, step_id: stepId, log_text: text, append_to_last: append ? 1 : 0 } };
}

export function jobCompletionStateCall(r: HistoryRecord): ProcCall {
  return {
    procedure: 'sp_sqlagent_set_job_completion_state',
    args: { job_id: r.jobId, last_run_outcome: r.runStatus, last_outcome_message: r.message, last_run_date: r.runDate, last_run_time: r.runTime, last_run_duration: r.runDuration },
  };
}

/** delete_level: the job removes itself after a matching run (history kept, as SQL Server Agent does). */
export function deleteJob(pool: ConnectionPool, jobId: string): Promise<void> {
  return call(pool, 'sp_delete_job', (q) => q.input('job_id', sql.UniqueIdentifier, jobId).input('delete_history', sql.Bit, false));
}

/**
 * msxd: runs earlier agent sessions began and never closed. SQL Server Agent has no procedure for
 * this (it does not look), so it is a query of sysjobactivity, which the agent login (sysadmin)
 * may read.
 */
export async function interruptedRuns(pool: ConnectionPool, sessionId: number): Promise<InterruptedRun[]> {
  const result = await pool.request().input('session_id', sql.Int, sessionId).query<Row>(`SELECT a.session_id,
  CONVERT(nvarchar(36), a.job_id) AS job_id, j.name AS job_name, a.start_execution_date,
  ISNULL(a.last_executed_step_id, 0) AS last_step_id, s.step_name AS last_step_name
FROM msdb.dbo.sysjobactivity AS a
JOIN msdb.dbo.sysjobs AS j ON j.job_id = a.job_id
LEFT JOIN msdb.dbo.sysjobsteps AS s ON s.job_id = a.job_id AND s.step_id = a.last_executed_step_id
WHERE a.session_id < @session_id AND a.start_execution_date IS NOT NULL AND a.stop_execution_date IS NULL
ORDER BY a.session_id, a.start_execution_date`);
  return (result.recordset ?? []).map((r) => {
    const started = r['start_execution_date'];
    return {
      sessionId: int(r, 'session_id'), jobId: text(r, 'job_id').toUpperCase(), jobName: text(r, 'job_name'),
      startedAtMs: started instanceof Date ? started.getTime() : Date.now(),
      lastStepId: int(r, 'last_step_id'), lastStepName: nullableText(r, 'last_step_name'),
    };
  });
}

/** msxd: an entry of the agent's in the node's error log (SQL Server Agent's application-log event). */
export function logEventCall(eventId: number, eventType: number, message: string): ProcCall {
  return { procedure: 'sp_msxd_agent_log_event', args: { event_id: eventId, event_type: eventType, message } };
}
