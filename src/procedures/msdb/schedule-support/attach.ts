// Attaching and detaching schedules to jobs (sysjobschedules), shared by sp_attach_schedule,
// sp_add_jobschedule, sp_detach_schedule and sp_delete_jobschedule.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql, queryRow, queryRows } from '../shared/agent-sql';
import { jobTargets } from '../shared/job-targets';
import { postMsxOperation, warnNotPosted } from '../shared/msx-post';
import { glit, ilit, nlit } from '../shared/sql-text';
import { queueNotification } from './notify-queue';

/**
 * A schedule change reaches the target servers of a multiserver job as a JOB INSERT download
 * (the whole job again), or only the 14547 warning with @automatic_post = 0.
 */
export async function postJobChange(ctx: ProcedureContext, jobId: string, automaticPost: boolean): Promise<void> {
  if ((await jobTargets(ctx, jobId)).remote.length === 0) return;
  if (automaticPost) await postMsxOperation(ctx, { operation: 'INSERT', jobId });
  else await warnNotPosted(ctx, 'INSERT');
}

/** postJobChange for every job using the schedule */
export async function postScheduleChange(ctx: ProcedureContext, scheduleId: number, automaticPost: boolean): Promise<void> {
  const jobs = await queryRows(ctx, `SELECT CONVERT(nvarchar(36), job_id) AS job_id FROM msdb.dbo.sysjobschedules WHERE schedule_id = ${ilit(scheduleId)}`);
  for (const j of jobs) await postJobChange(ctx, String(j.job_id), automaticPost);
}

async function isLocalJob(ctx: ProcedureContext, jobId: string): Promise<boolean> {
  return (await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(jobId)} AND server_id = 0`)) !== undefined;
}

export async function attach(ctx: ProcedureContext, jobId: string, scheduleId: number, automaticPost = true): Promise<void> {
  await execSql(ctx, `INSERT INTO msdb.dbo.sysjobschedules (schedule_id, job_id, next_run_date, next_run_time)
VALUES (${ilit(scheduleId)}, ${glit(jobId)}, 0, 0);`);
  if (await isLocalJob(ctx, jobId)) await queueNotification(ctx, { opType: 'S', actionType: 'I', jobId, scheduleId });
  await postJobChange(ctx, jobId, automaticPost);
}

/** Removes the link; with `deleteUnused`, the schedule too when no job uses it any more. */
export async function detach(ctx: ProcedureContext, jobId: string, scheduleId: number, deleteUnused: boolean, automaticPost = true): Promise<void> {
  await execSql(ctx, `DELETE FROM msdb.dbo.sysjobschedules WHERE job_id = ${glit(jobId)} AND schedule_id = ${ilit(scheduleId)};
${deleteUnused ? `IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysjobschedules WHERE schedule_id = ${ilit(scheduleId)})
  DELETE FROM msdb.dbo.sysschedules WHERE schedule_id = ${ilit(scheduleId)};` : ''}`);
  if (await isLocalJob(ctx, jobId)) await queueNotification(ctx, { opType: 'S', actionType: 'D', jobId, scheduleId });
  await postJobChange(ctx, jobId, automaticPost);
}

/** Schedules of a job with this name (sp_update_jobschedule / sp_delete_jobschedule @name). */
export async function jobScheduleIdsByName(ctx: ProcedureContext, jobId: string, name: string | null): Promise<number[]> {
  const filter = name === null ? '' : ` AND s.name = ${nlit(name)}`;
  const rows = await queryRows(ctx, `SELECT s.schedule_id FROM msdb.dbo.sysjobschedules AS js
JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id
WHERE js.job_id = ${glit(jobId)}${filter}`);
  return rows.map((r) => Number(r.schedule_id));
}
