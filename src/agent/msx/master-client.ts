// Every call the target agent makes to its master, one exported function per call, each an msdb
// procedure over TDS (mssql) with the application name 'SQLAgent - TSX Poll' and the target's
// MSX account. The master's procedures let this login act only for its own target
// (src/procedures/msdb/msx/README.md). TLS per MsxEncryptChannelOptions, as sp_msx_enlist connects.
import { readFile } from 'node:fs/promises';
import sql, { type ConnectionPool } from 'mssql';
import { int, nullableText, text, type Row } from '../node/row-mapping';
import type { DownloadInstruction, MsxConnectionInfo, MsxJobDefinition, MsxJobStep, MsxSchedule, OutcomeRow, ProbeResult } from './msx-types';
import type { WaitAnswer } from './instruction-waiter';

export const TSX_POLL_APP_NAME = 'SQLAgent - TSX Poll';
/** the waiting connection's application name (instruction-waiter.ts), told apart from the polls' */
export const TSX_WAIT_APP_NAME = 'SQLAgent - TSX Wait';

async function tlsOptions(c: MsxConnectionInfo): Promise<Record<string, unknown>> {
  switch (c.encryptOption) {
    case 0: return { encrypt: false, trustServerCertificate: true };
    case 1: return { encrypt: true, trustServerCertificate: true };
    case 2: {
      if (c.caFile === null) return { encrypt: true, trustServerCertificate: false };
      const ca = await readFile(c.caFile, 'utf8').catch(() => null);
      return { encrypt: true, trustServerCertificate: false, ...(ca === null ? {} : { cryptoCredentialsDetails: { ca } }) };
    }
    default: {
      const never: never = c.encryptOption;
      return never;
    }
  }
}

export interface MasterConnectOptions {
  readonly appName?: string;
  readonly requestTimeoutMs?: number;
}

/**
 * The mssql configuration of a connection to the master. `idleCloseMs`: the pool closes its
 * connection once it has been idle that long (kept pools, master-pools.ts). The connection is
 * checked by its socket, not by a `SELECT 1` before every call.
 */
export async function masterPoolConfig(c: MsxConnectionInfo, o: MasterConnectOptions = {}, idleCloseMs?: number): Promise<sql.config> {
  const idle = idleCloseMs === undefined ? {} : { idleTimeoutMillis: idleCloseMs, reapIntervalMillis: Math.max(1, idleCloseMs >> 1) };
  return {
    server: c.host, port: c.port, user: c.login, password: c.password, database: 'msdb',
    connectionTimeout: 15_000, requestTimeout: o.requestTimeoutMs ?? 30_000, pool: { max: 1, min: 0, ...idle },
    validateConnection: 'socket',
    options: { ...(await tlsOptions(c)), appName: o.appName ?? TSX_POLL_APP_NAME, enableArithAbort: true },
  };
}

/** A pool of its own, connected: mssql's connect() opens and closes a test connection before the pool's first. */
export async function connectToMaster(c: MsxConnectionInfo, o: MasterConnectOptions = {}): Promise<ConnectionPool> {
  const pool = new sql.ConnectionPool(await masterPoolConfig(c, o));
  pool.on('error', () => undefined);
  await pool.connect();
  return pool;
}

const proc = (name: string): string => `msdb.dbo.${name}`;

/** 'YYYY/MM/DD HH:MM:SS' in local time (style 111 plus the time), as the probe expects */
function localTimeText(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}/${p(d.getMonth() + 1)}/${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** sp_sqlagent_probe_msx: the heartbeat; one row of three unnamed columns */
export async function probeMsx(pool: ConnectionPool, serverName: string, nowMs: number, pollIntervalSec: number): Promise<ProbeResult> {
  const request = pool.request();
  request.arrayRowMode = true;
  const result = await request.input('server_name', sql.NVarChar(128), serverName)
    .input('local_time', sql.NVarChar(100), localTimeText(nowMs))
    .input('poll_interval', sql.Int, pollIntervalSec)
    .input('time_zone_adjustment', sql.Int, -new Date(nowMs).getTimezoneOffset())
    .execute(proc('sp_sqlagent_probe_msx'));
  const row = (result.recordset as unknown as unknown[][] | undefined)?.[0];
  if (!row) throw new Error('sp_sqlagent_probe_msx returned no row');
  return { badEnlistment: Number(row[0]) !== 0, blockingInstructions: Number(row[1]), pendingInstructions: Number(row[2]) };
}

/** sp_msxd_fetch_download_instructions: the target's pending rows in instance_id order */
export async function fetchInstructions(pool: ConnectionPool, serverName: string): Promise<DownloadInstruction[]> {
  const result = await pool.request().input('server_name', sql.NVarChar(128), serverName).execute<Row>(proc('sp_msxd_fetch_download_instructions'));
  return (result.recordset ?? []).map(instruction);
}

function instruction(r: Row): DownloadInstruction {
  return {
    instanceId: int(r, 'instance_id'), sourceServer: text(r, 'source_server'), operationCode: int(r, 'operation_code'),
    objectType: int(r, 'object_type'), objectId: text(r, 'object_id').toUpperCase(), deletedObjectName: nullableText(r, 'deleted_object_name'),
  };
}

/** the SQL Server error number a failed call carries (undefined: the connection failed, not the call) */
export function sqlErrorNumber(e: unknown): number | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const n = (e as { number?: unknown }).number;
  return typeof n === 'number' ? n : undefined;
}

/** sp_msxd_mark_download_instruction's answer for a row that is not (or no longer) the target's */
const ROW_GONE = 14262;

/**
 * sp_msxd_mark_download_instruction: applied (no message) or failed (the message blocks the
 * target). A row the master deleted meanwhile (sp_delete_job removes the job's unread rows while a
 * poll applies them) is gone, not wrong: nothing is left to mark, and the poll goes on.
 */
export async function markInstruction(pool: ConnectionPool, serverName: string, instanceId: number, errorMessage: string | null): Promise<void> {
  try {
    await pool.request().input('server_name', sql.NVarChar(128), serverName).input('instance_id', sql.Int, instanceId)
      .input('error_message', sql.NVarChar(1024), errorMessage === null ? null : errorMessage.slice(0, 1024))
      .execute(proc('sp_msxd_mark_download_instruction'));
  } catch (e) {
    if (sqlErrorNumber(e) !== ROW_GONE) throw e;
  }
}

/** sp_msxd_fetch_job_definition: header, steps, schedules of a job assigned to this target */
export async function fetchJobDefinition(pool: ConnectionPool, serverName: string, jobId: string): Promise<MsxJobDefinition> {
  const result = await pool.request().input('server_name', sql.NVarChar(128), serverName).input('job_id', sql.UniqueIdentifier, jobId)
    .execute<Row>(proc('sp_msxd_fetch_job_definition'));
  const sets = result.recordsets as unknown as Row[][];
  const h = sets[0]?.[0];
  if (!h) throw new Error(`the master returned no definition for job ${jobId}`);
  return {
    header: {
      jobId: text(h, 'job_id').toUpperCase(), name: text(h, 'name'), enabled: int(h, 'enabled'), description: nullableText(h, 'description'),
      startStepId: int(h, 'start_step_id'), notifyLevelEventlog: int(h, 'notify_level_eventlog'), deleteLevel: int(h, 'delete_level'),
    },
    steps: (sets[1] ?? []).map(step),
    schedules: (sets[2] ?? []).map(schedule),
  };
}

function step(r: Row): MsxJobStep {
  return {
    stepId: int(r, 'step_id'), stepName: text(r, 'step_name'), subsystem: text(r, 'subsystem'), command: nullableText(r, 'command'),
    flags: int(r, 'flags'), cmdexecSuccessCode: int(r, 'cmdexec_success_code'), onSuccessAction: int(r, 'on_success_action'),
    onSuccessStepId: int(r, 'on_success_step_id'), onFailAction: int(r, 'on_fail_action'), onFailStepId: int(r, 'on_fail_step_id'),
    databaseName: nullableText(r, 'database_name'), retryAttempts: int(r, 'retry_attempts'), retryInterval: int(r, 'retry_interval'),
    outputFileName: nullableText(r, 'output_file_name'), proxyName: r['proxy_name'] === undefined ? null : nullableText(r, 'proxy_name'),
  };
}

function schedule(r: Row): MsxSchedule {
  return {
    scheduleUid: text(r, 'schedule_uid').toUpperCase(), name: text(r, 'name'), enabled: int(r, 'enabled'), freqType: int(r, 'freq_type'),
    freqInterval: int(r, 'freq_interval'), freqSubdayType: int(r, 'freq_subday_type'), freqSubdayInterval: int(r, 'freq_subday_interval'),
    freqRelativeInterval: int(r, 'freq_relative_interval'), freqRecurrenceFactor: int(r, 'freq_recurrence_factor'),
    activeStartDate: int(r, 'active_start_date'), activeEndDate: int(r, 'active_end_date'),
    activeStartTime: int(r, 'active_start_time'), activeEndTime: int(r, 'active_end_time'),
  };
}

/** sp_msxd_upload_job_outcome: one history row of a job this target ran (idempotent by instance id) */
export async function uploadOutcome(pool: ConnectionPool, serverName: string, r: OutcomeRow): Promise<void> {
  await pool.request().input('server_name', sql.NVarChar(128), serverName).input('target_instance_id', sql.Int, r.instanceId)
    .input('job_id', sql.UniqueIdentifier, r.jobId).input('step_name', sql.NVarChar(128), r.stepName)
    .input('message', sql.NVarChar(4000), r.message).input('step_id', sql.Int, r.stepId)
    .input('sql_message_id', sql.Int, r.sqlMessageId).input('sql_severity', sql.Int, r.sqlSeverity)
    .input('run_status', sql.Int, r.runStatus).input('run_date', sql.Int, r.runDate).input('run_time', sql.Int, r.runTime)
    .input('run_duration', sql.Int, r.runDuration).input('retries_attempted', sql.Int, r.retriesAttempted)
    .execute(proc('sp_msxd_upload_job_outcome'));
}

export interface WaitCallOptions {
  /** @acknowledge_through: the last delivered instruction applied since the previous call */
  readonly acknowledgeThrough?: number | null | undefined;
  /** @return_instructions = 1: the pending rows come with the answer (WaitAnswer.instructions) */
  readonly returnInstructions?: boolean;
}

/**
 * msxd: sp_msxd_wait_for_instructions on a request of the waiting connection (cancel() ends it).
 * One row: pending_instructions, poll_requested; with returnInstructions, then the pending rows
 * as sp_msxd_fetch_download_instructions returns them.
 */
export async function waitForInstructions(request: sql.Request, serverName: string, timeoutSec: number, o: WaitCallOptions = {}): Promise<WaitAnswer> {
  request.input('server_name', sql.NVarChar(128), serverName).input('timeout_seconds', sql.Int, timeoutSec);
  if (o.acknowledgeThrough !== undefined && o.acknowledgeThrough !== null) request.input('acknowledge_through', sql.Int, o.acknowledgeThrough);
  if (o.returnInstructions === true) request.input('return_instructions', sql.Bit, true);
  const result = await request.execute<Row>(proc('sp_msxd_wait_for_instructions'));
  const sets = result.recordsets as unknown as Row[][];
  const r = sets[0]?.[0];
  if (!r) throw new Error('sp_msxd_wait_for_instructions returned no row');
  const answer = { pendingInstructions: int(r, 'pending_instructions'), pollRequested: Boolean(r['poll_requested']) };
  return o.returnInstructions === true ? { ...answer, instructions: (sets[1] ?? []).map(instruction) } : answer;
}
