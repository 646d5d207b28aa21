// Removing every trace of jobs (sp_delete_job): schedules attached only to them (when asked),
// job servers, steps (and their logs), activity, the job rows and (when asked) their history.
// SQL Server's sysjobactivity and sysjobstepslogs cascade from sysjobs/sysjobsteps; msdb's
// scripts declare plain references, so those rows go first, explicitly.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql } from '../shared/index';

export interface JobRowsDeletion {
  /** a SELECT of the job_ids to delete */
  readonly jobIds: string;
  readonly deleteHistory: boolean;
  readonly deleteUnusedSchedules: boolean;
}

export async function deleteJobRows(ctx: ProcedureContext, d: JobRowsDeletion): Promise<boolean> {
  const inJobs = `job_id IN (${d.jobIds})`;
  const statements = [
    `DECLARE @__schedules TABLE (schedule_id int NOT NULL);`,
    d.deleteUnusedSchedules ? `INSERT INTO @__schedules (schedule_id) SELECT DISTINCT schedule_id FROM msdb.dbo.sysjobschedules WHERE ${inJobs};` : '',
    `DELETE FROM msdb.dbo.sysjobschedules WHERE ${inJobs};`,
    `DELETE FROM msdb.dbo.sysjobservers WHERE ${inJobs};`,
    `DELETE FROM msdb.dbo.sysjobstepslogs WHERE step_uid IN (SELECT step_uid FROM msdb.dbo.sysjobsteps WHERE ${inJobs});`,
    `DELETE FROM msdb.dbo.sysjobsteps WHERE ${inJobs};`,
    `DELETE FROM msdb.dbo.sysjobactivity WHERE ${inJobs};`,
    `UPDATE msdb.dbo.sysalerts SET job_id = CONVERT(uniqueidentifier, 0x00) WHERE ${inJobs};`,
    `DELETE FROM msdb.dbo.sysjobs WHERE ${inJobs};`,
    d.deleteUnusedSchedules ? `DELETE FROM msdb.dbo.sysschedules WHERE schedule_id IN (SELECT s.schedule_id FROM @__schedules AS s
  WHERE NOT EXISTS (SELECT 1 FROM msdb.dbo.sysjobschedules AS js WHERE js.schedule_id = s.schedule_id));` : '',
    d.deleteHistory ? `DELETE FROM msdb.dbo.sysjobhistory WHERE ${inJobs};` : '',
  ].filter((s) => s !== '');
  return execSql(ctx, statements, true);
}
