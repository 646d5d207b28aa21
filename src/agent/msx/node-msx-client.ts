// The target agent's calls to its own node for multiserver work, one exported function per call:
// the master's address and account (sp_msxd_get_msx_connection), the msdb procedures that apply
// an instruction (SQL Server's agent uses the same ones, reference msx-agent.md §2.2; the node
// lets the 'SQLAgent%' application write jobs downloaded from a master), and the upload spool.
import sql, { type ConnectionPool } from 'mssql';
import { int, nullableText, text, type Row } from '../node/row-mapping';
import type { MsxConnectionInfo, MsxJobHeader, MsxJobStep, MsxSchedule, OutcomeRow } from './msx-types';

const proc = (name: string): string => `msdb.dbo.${name}`;

/** sp_msxd_get_msx_connection: null when this node is not enlisted (or has no usable MSX account) */
export async function getMsxConnection(pool: ConnectionPool): Promise<MsxConnectionInfo | null> {
  const result = await pool.request().execute<Row>(proc('sp_msxd_get_msx_connection'));
  const r = result.recordset?.[0];
  if (!r) return null;
  const option = int(r, 'encrypt_option');
  return {
    msxServer: text(r, 'msx_server'), host: text(r, 'host'), port: int(r, 'port'), login: text(r, 'login'), password: text(r, 'password'),
    encryptOption: option === 0 || option === 1 ? option : 2, caFile: nullableText(r, 'ca_file'),
    pollIntervalSec: int(r, 'poll_interval'), localServer: text(r, 'local_server'),
  };
}

/** sp_delete_job of a downloaded job before it is downloaded again; false when there was none */
export async function deleteLocalJob(pool: ConnectionPool, jobId: string): Promise<boolean> {
  const exists = await pool.request().input('job_id', sql.UniqueIdentifier, jobId)
    .query<Row>('SELECT COUNT(*) AS n FROM msdb.dbo.sysjobs WHERE job_id = @job_id');
  if (int(exists.recordset[0] ?? { n: 0 }, 'n') === 0) return false;
  await pool.request().input('job_id', sql.UniqueIdentifier, jobId).input('delete_history', sql.Bit, false)
    .input('delete_unused_schedule', sql.Bit, true).execute(proc('sp_delete_job'));
  return true;
}

/** sp_add_job under the master's job_id, originating from the master */
export async function addJob(pool: ConnectionPool, h: MsxJobHeader, msxServer: string): Promise<void> {
  await pool.request().input('job_name', sql.NVarChar(128), h.name).input('enabled', sql.TinyInt, h.enabled)
    .input('description', sql.NVarChar(512), h.description).input('start_step_id', sql.Int, h.startStepId)
    .input('notify_level_eventlog', sql.Int, h.notifyLevelEventlog).input('delete_level', sql.Int, h.deleteLevel)
    .input('job_id', sql.UniqueIdentifier, h.jobId).input('originating_server', sql.NVarChar(128), msxServer)
    .execute(proc('sp_add_job'));
}

export async function addJobStep(pool: ConnectionPool, jobId: string, s: MsxJobStep): Promise<void> {
  await pool.request().input('job_id', sql.UniqueIdentifier, jobId).input('step_id', sql.Int, s.stepId)
    .input('step_name', sql.NVarChar(128), s.stepName).input('subsystem', sql.NVarChar(40), s.subsystem)
    .input('command', sql.NVarChar(sql.MAX), s.command).input('cmdexec_success_code', sql.Int, s.cmdexecSuccessCode)
    .input('on_success_action', sql.TinyInt, s.onSuccessAction).input('on_success_step_id', sql.Int, s.onSuccessStepId)
    .input('on_fail_action', sql.TinyInt, s.onFailAction).input('on_fail_step_id', sql.Int, s.onFailStepId)
    .input('database_name', sql.NVarChar(128), s.databaseName).input('retry_attempts', sql.Int, s.retryAttempts)
    .input('retry_interval', sql.Int, s.retryInterval).input('output_file_name', sql.NVarChar(200), s.outputFileName)
    .input('flags', sql.Int, s.flags).input('proxy_name', sql.NVarChar(128), s.proxyName ?? null).execute(proc('sp_add_jobstep'));
}

/**
 * The master's schedule under its schedule_uid, attached to the job; returns schedule_id.
 * SQL Server's target uses sp_add_schedule @originating_server = <MSX> + sp_attach_schedule, but
 * the node's sp_attach_schedule finds local schedules only, so this is sp_add_jobschedule (the
 * schedule then counts as local; see README "Not done yet").
 */
export async function addAndAttachSchedule(pool: ConnectionPool, jobId: string, s: MsxSchedule): Promise<number> {
  const added = await pool.request().input('job_id', sql.UniqueIdentifier, jobId).input('name', sql.NVarChar(128), s.name)
    .input('enabled', sql.TinyInt, s.enabled)
    .input('freq_type', sql.Int, s.freqType).input('freq_interval', sql.Int, s.freqInterval)
    .input('freq_subday_type', sql.Int, s.freqSubdayType).input('freq_subday_interval', sql.Int, s.freqSubdayInterval)
    .input('freq_relative_interval', sql.Int, s.freqRelativeInterval).input('freq_recurrence_factor', sql.Int, s.freqRecurrenceFactor)
    .input('active_start_date', sql.Int, s.activeStartDate).input('active_end_date', sql.Int, s.activeEndDate)
    .input('active_start_time', sql.Int, s.activeStartTime).input('active_end_time', sql.Int, s.activeEndTime)
    .output('schedule_id', sql.Int).input('automatic_post', sql.Bit, false)
    .output('schedule_uid', sql.UniqueIdentifier, s.scheduleUid).execute(proc('sp_add_jobschedule'));
  return Number(added.output['schedule_id']);
}

/** sp_add_jobserver: the downloaded job runs here */
export async function addLocalJobServer(pool: ConnectionPool, jobId: string): Promise<void> {
  await pool.request().input('job_id', sql.UniqueIdentifier, jobId).input('server_name', sql.NVarChar(128), '(local)')
    .execute(proc('sp_add_jobserver'));
}

const AGENT_KEY = 'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent';
/** msxd's own Agent registry value: the last local sysjobhistory.instance_id uploaded to the master */
const UPLOAD_MARK = 'MsxdUploadedHistoryId';

async function regRead(pool: ConnectionPool, valueName: string): Promise<string | null> {
  const r = await pool.request().input('rootkey', sql.NVarChar(128), 'HKEY_LOCAL_MACHINE').input('key', sql.NVarChar(256), AGENT_KEY)
    .input('value_name', sql.NVarChar(128), valueName).output('param', sql.NVarChar(4000)).execute('master.dbo.xp_instance_regread');
  const v = r.output['param'];
  return v === null || v === undefined ? null : String(v);
}

async function regWriteDword(pool: ConnectionPool, valueName: string, value: number): Promise<void> {
  await pool.request().input('rootkey', sql.NVarChar(128), 'HKEY_LOCAL_MACHINE').input('key', sql.NVarChar(256), AGENT_KEY)
    .input('value_name', sql.NVarChar(128), valueName).input('type', sql.NVarChar(20), 'REG_DWORD')
    .input('value', sql.NVarChar(4000), String(value)).execute('master.dbo.xp_instance_regwrite');
}

/**
 * msxd: the spool of outcomes to upload is the local history of the master's jobs after the
 * upload mark (an Agent registry value). SQL Server has no procedure that lists it (its agent
 * keeps the spool itself), so it is a query, as interrupted-runs' is.
 */
export async function pendingOutcomes(pool: ConnectionPool, msxServer: string, limit: number): Promise<OutcomeRow[]> {
  const mark = Number(await regRead(pool, UPLOAD_MARK) ?? 0);
  const result = await pool.request().input('msx', sql.NVarChar(128), msxServer).input('limit', sql.Int, limit)
    .input('mark', sql.Int, Number.isFinite(mark) ? mark : 0).query<Row>(`SELECT TOP (@limit)
  h.instance_id, CONVERT(nvarchar(36), h.job_id) AS job_id, h.step_id, h.step_name, h.sql_message_id, h.sql_severity, h.message,
  h.run_status, h.run_date, h.run_time, h.run_duration, h.retries_attempted
FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
JOIN msdb.dbo.sysoriginatingservers_view AS o ON o.originating_server_id = j.originating_server_id
WHERE o.originating_server = @msx AND h.instance_id > @mark
ORDER BY h.instance_id`);
  return (result.recordset ?? []).map((r) => ({
    instanceId: int(r, 'instance_id'), jobId: text(r, 'job_id').toUpperCase(), stepId: int(r, 'step_id'), stepName: text(r, 'step_name'),
    sqlMessageId: int(r, 'sql_message_id'), sqlSeverity: int(r, 'sql_severity'), message: nullableText(r, 'message'),
    runStatus: int(r, 'run_status'), runDate: int(r, 'run_date'), runTime: int(r, 'run_time'), runDuration: int(r, 'run_duration'),
    retriesAttempted: int(r, 'retries_attempted'),
  }));
}

/** msxd: moves the upload mark past a row the master acknowledged */
export function markUploaded(pool: ConnectionPool, instanceId: number): Promise<void> {
  return regWriteDword(pool, UPLOAD_MARK, instanceId);
}

/** msxd's own Agent setting: the waiting connection (instruction-waiter.ts) is on when 1 */
export const WAIT_SETTING = 'MsxdWaitForInstructions';

/** MsxdWaitForInstructions: off when absent or 0 */
export async function waitForInstructionsEnabled(pool: ConnectionPool): Promise<boolean> {
  const v = Number(await regRead(pool, WAIT_SETTING) ?? 0);
  return Number.isFinite(v) && v !== 0;
}

/** SET-POLL: MSXPollInterval in the node's Agent registry */
export function setPollInterval(pool: ConnectionPool, seconds: number): Promise<void> {
  return regWriteDword(pool, 'MSXPollInterval', seconds);
}

/** UPDATE: the job header only (msx-agent.md §4), never posted back (@automatic_post = 0) */
export async function updateJobHeader(pool: ConnectionPool, h: MsxJobHeader): Promise<void> {
  await pool.request().input('job_id', sql.UniqueIdentifier, h.jobId).input('new_name', sql.NVarChar(128), h.name)
    .input('enabled', sql.TinyInt, h.enabled).input('description', sql.NVarChar(512), h.description)
    .input('start_step_id', sql.Int, h.startStepId).input('notify_level_eventlog', sql.Int, h.notifyLevelEventlog)
    .input('delete_level', sql.Int, h.deleteLevel).input('automatic_post', sql.Bit, false).execute(proc('sp_update_job'));
}

/** DELETE with the all-zero id: every job downloaded from this master (sp_delete_all_msx_jobs) */
export async function deleteAllMsxJobs(pool: ConnectionPool, msxServer: string): Promise<void> {
  await pool.request().input('originating_server', sql.NVarChar(128), msxServer).execute(proc('sp_delete_job'));
}

/** RE-ENLIST: enlisting again into the same master updates the enlistment (@Action = 2) and MSXOperator */
export async function reEnlist(pool: ConnectionPool, msxServer: string): Promise<void> {
  await pool.request().input('msx_server_name', sql.NVarChar(128), msxServer).execute(proc('sp_msx_enlist'));
}
