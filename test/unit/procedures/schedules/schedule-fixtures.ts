// Rows the schedule tests need that other procedures create (jobs, agent sessions), written
// straight into msdb so these tests do not depend on the job procedures.
import type { EngineSession } from '../../../../src/engine/api';
import { ok } from '../jobs/jobs-node';

/** a local job (sysjobs + sysjobservers server 0) owned by `owner`; resolves to its id */
export async function addJob(sa: EngineSession, name: string, owner = 'sa', local = true): Promise<string> {
  const s = await ok(sa, `DECLARE @id uniqueidentifier = NEWID();
INSERT INTO msdb.dbo.sysjobs (job_id, originating_server_id, name, enabled, description, start_step_id, category_id, owner_sid,
  notify_level_eventlog, notify_level_email, notify_level_netsend, notify_level_page, notify_email_operator_id,
  notify_netsend_operator_id, notify_page_operator_id, delete_level, date_created, date_modified, version_number)
VALUES (@id, 0, N'${name}', 1, NULL, 1, 0, SUSER_SID(N'${owner}'), 2, 0, 0, 0, 0, 0, 0, 0, GETDATE(), GETDATE(), 1);
${local ? `INSERT INTO msdb.dbo.sysjobservers (job_id, server_id, last_run_outcome, last_outcome_message, last_run_date, last_run_time, last_run_duration)
VALUES (@id, 0, 5, NULL, 0, 0, 0);` : ''}
INSERT INTO msdb.dbo.sysjobsteps (job_id, step_id, step_name, subsystem, command, flags, cmdexec_success_code, on_success_action,
  on_success_step_id, on_fail_action, on_fail_step_id, database_name, retry_attempts, retry_interval, os_run_priority,
  last_run_outcome, last_run_duration, last_run_retries, last_run_date, last_run_time, step_uid)
VALUES (@id, 1, N'step one', N'TSQL', N'SELECT 1', 0, 0, 1, 0, 2, 0, N'master', 0, 0, 0, 0, 0, 0, 0, 0, NEWID());
SELECT CONVERT(nvarchar(36), @id);`);
  return String(s.resultSets.at(-1)!.rows[0]![0]);
}

/** the values of the last result set */
export function lastRows(sink: { resultSets: { rows: (readonly unknown[])[] }[] }): (readonly unknown[])[] {
  return sink.resultSets.at(-1)?.rows ?? [];
}
