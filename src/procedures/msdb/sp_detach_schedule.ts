// sp_detach_schedule: removes the link between a schedule and a job (job owner or sysadmin,
// 14391); 14374 (severity 0, return 1) when they are not linked, checked first;
// @delete_unused_schedule = 1 deletes a schedule no job
// uses any more.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-detach-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { queryRow, raise, raiseWith } from './shared/agent-sql';
import { jobScheduleProcedure, ownsOrSysadmin } from './shared/job-schedule-args';
import { glit, ilit } from './shared/sql-text';
import { detach } from './schedule-support/attach';
import { bitParam } from './schedule-support/params';

export const spDetachSchedule: ProcedureDefinition = jobScheduleProcedure('sp_detach_schedule', [
  bitParam('@delete_unused_schedule', false),
  bitParam('@automatic_post', true),
], async (ctx, args, { roles, job, schedule: s }) => {
  const linked = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobschedules WHERE job_id = ${glit(job.jobId)} AND schedule_id = ${ilit(s.scheduleId)}`);
  // SQL Server raises this one with severity 0 (a message, not an error) and returns 1
  if (!linked) {
    await raiseWith(ctx, 14374, 0, s.name, job.name);
    return 1;
  }
  if (!ownsOrSysadmin(roles, job)) return raise(ctx, 14391);
  await detach(ctx, job.jobId, s.scheduleId, args.value('@delete_unused_schedule') === true, args.value('@automatic_post') !== false);
  return 0;
});
