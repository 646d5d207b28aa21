// Attaching and detaching schedules to jobs (sysjobschedules), shared by sp_attach_schedule,
// sp_add_jobschedule, sp_detach_schedule and sp_delete_jobschedule.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql, queryRow, queryRows } from '../shared/agent-sql';
import { glit, ilit, nlit } from '../shared/sql-text';
import { queueNotification } from './notify-queue';

async function isLocalJob(ctx: ProcedureContext, jobId: string): Promise<boolean> {
  return (await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(jobId)} AND server_id = 0`)) !== undefined;
}

export async function attach(ctx: ProcedureContext, jobId: string, scheduleId: number): Promise<void> {
  await execSql(ctx, `INSERT INTO msdb.dbo.sysjobschedules (schedule_id, job_id, next_run_date, next_run_time)
VALUES (${ilit(scheduleId)}, ${glit(jobId)}, 0, 0);`);
  if (await isLocalJob(ctx, jobId)) await queueNotification(ctx, { opType: 'S', actionType: 'I', jobId, scheduleId });
}

/** Removes the link; with `deleteUnused`, the schedule too when no job uses it any more. */
export async function detach(ctx: ProcedureContext, jobId: string, scheduleId: number, deleteUnused: boolean): Promise<void> {
  await execSql(ctx, `DELETE FROM msdb.dbo.sysjobschedules WHERE job_id = ${glit(jobId)} AND schedule_id = ${ilit(scheduleId)};
${deleteUnused ? `IF NOT EXISTS (SELECT 1 FROM msdb.dbo.sysjobschedules WHERE schedule_id = ${ilit(scheduleId)})
  DELETE FROM msdb.dbo.sysschedules WHERE schedule_id = ${ilit(scheduleId)};` : ''}`);
  if (await isLocalJob(ctx, jobId)) await queueNotification(ctx, { opType: 'S', actionType: 'D', jobId, scheduleId });
}

/** Schedules of a job with this name (sp_update_jobschedule / sp_delete_jobschedule @name). */
export async function jobScheduleIdsByName(ctx: ProcedureContext, jobId: string, name: string | null): Promise<number[]> {
  const filter = name === null ? '' : ` AND s.name = ${nlit(name)}`;
  const rows = await queryRows(ctx, `SELECT s.schedule_id FROM msdb.dbo.sysjobschedules AS js
JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id
WHERE js.job_id = ${glit(jobId)}${filter}`);
  return rows.map((r) => Number(r.schedule_id));
}
