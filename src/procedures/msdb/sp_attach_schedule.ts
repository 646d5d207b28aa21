// sp_attach_schedule: links a schedule to a job. The caller must own the job (or be sysadmin),
// and a non-sysadmin may attach only schedules the job's owner owns (14377). Attaching twice
// fails on sysjobschedules' unique index, as in SQL Server.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-attach-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { jobScheduleProcedure, ownsOrSysadmin } from './shared/job-schedule-args';
import { attach } from './schedule-support/attach';
import { bitParam } from './schedule-support/params';

export const spAttachSchedule: ProcedureDefinition = jobScheduleProcedure('sp_attach_schedule', [
  bitParam('@automatic_post', true),
], async (ctx, args, { roles, job, schedule: s }) => {
  if (!roles.isSysadmin && (!ownsOrSysadmin(roles, job) || s.ownerSid.toUpperCase() !== job.ownerSid.toUpperCase())) {
    return raise(ctx, 14377);
  }
  await attach(ctx, job.jobId, s.scheduleId, args.value('@automatic_post') !== false);
  return 0;
});
