// Data the MSX tests share: the MSXOperator, enlisted targets, multiserver jobs.
import type { EngineSession } from '../../../../src/engine/api';
import type { SqlValue } from '../../../../src/types/values';
import { ok, run, type RecordingSink } from './msx-node';

export async function addMsxOperator(sa: EngineSession): Promise<void> {
  await ok(sa, `INSERT dbo.sysoperators (name, enabled, email_address, last_email_date, last_email_time, pager_address,
      last_pager_date, last_pager_time, weekday_pager_start_time, weekday_pager_end_time, saturday_pager_start_time,
      saturday_pager_end_time, sunday_pager_start_time, sunday_pager_end_time, pager_days, netsend_address,
      last_netsend_date, last_netsend_time, category_id)
    VALUES (N'MSXOperator', 1, N'dba@example.com', 0, 0, NULL, 0, 0, 90000, 180000, 90000, 180000, 90000, 180000, 0, NULL, 0, 0, 99)`);
}

/** sp_enlist_tsx @Action = 0 as the given session; returns the sink */
export async function enlist(s: EngineSession, server: string, tz = 60, poll = 60): Promise<RecordingSink> {
  return run(s, `DECLARE @rc int;
EXEC @rc = dbo.sp_enlist_tsx @Action = 0, @ServerName = N'${server}', @Location = N'rack 1', @TimeZoneAdjustment = ${tz},
  @LocalTime = '2026-11-30 10:00:00', @NTUserName = N'CORP\\agent', @PollInterval = ${poll}, @TSX_Version = 0x10000FA0;
SELECT @rc;`);
}

export const JOB_A = 'AAAAAAAA-0000-0000-0000-000000000001';
export const JOB_B = 'BBBBBBBB-0000-0000-0000-000000000002';

/** a multiserver job (category 2) assigned to the given target server ids */
export async function addMultiserverJob(sa: EngineSession, jobId: string, name: string, serverIds: readonly number[]): Promise<void> {
  await ok(sa, `INSERT dbo.sysjobs (job_id, originating_server_id, name, enabled, description, start_step_id, category_id, owner_sid,
      notify_level_eventlog, notify_level_email, notify_level_netsend, notify_level_page, notify_email_operator_id,
      notify_netsend_operator_id, notify_page_operator_id, delete_level, date_created, date_modified, version_number)
    VALUES ('${jobId}', 0, N'${name}', 1, NULL, 1, 2, SUSER_SID(N'sa'), 2, 0, 0, 0, 0, 0, 0, 0, GETDATE(), GETDATE(), 1)`);
  for (const id of serverIds) {
    await ok(sa, `INSERT dbo.sysjobservers (job_id, server_id, last_run_outcome, last_outcome_message, last_run_date, last_run_time, last_run_duration)
      VALUES ('${jobId}', ${id}, 5, NULL, 0, 0, 0)`);
  }
}

/** the download list as rows of [operation_code, object_type, object_id, target_server, deleted_object_name] */
export async function downloadList(sa: EngineSession): Promise<SqlValue[][]> {
  const sink = await ok(sa, `SELECT operation_code, object_type, CONVERT(nvarchar(36), object_id), target_server, deleted_object_name
    FROM dbo.sysdownloadlist ORDER BY instance_id`);
  return sink.resultSets[0]!.rows.map((r) => [...r]);
}

export function errorNumbers(sink: RecordingSink): number[] {
  return sink.errors.map((e) => e.number);
}

export function infoTexts(sink: RecordingSink): string[] {
  return sink.messages.filter((m) => m.severity <= 10).map((m) => m.message);
}

/** the return status of the last EXEC (RPC-style status events are not sent for batches: SELECT @rc) */
export function lastScalar(sink: RecordingSink): SqlValue {
  const sets = sink.resultSets;
  const last = sets[sets.length - 1];
  return last?.rows[0]?.[0] ?? null;
}
