// sp_attach_schedule: links a schedule to a job. The caller must own the job (or be sysadmin),
// and a non-sysadmin may attach only schedules the job's owner owns (14377). Attaching twice
// fails on sysjobschedules' unique index, as in SQL Server.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-attach-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { callerJobSchedule, ownsOrSysadmin } from './shared/job-schedule-args';
import { attach } from './schedule-support/attach';
import { bitParam, guidParam, intParam, sysnameParam } from './schedule-support/params';

export const spAttachSchedule: ProcedureDefinition = {
  name: 'sp_attach_schedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    guidParam('@job_id', null),
    sysnameParam('@job_name', null),
    intParam('@schedule_id', null),
    sysnameParam('@schedule_name', null),
    bitParam('@automatic_post', true),
  ],
  async run(ctx, args) {
    const found = await callerJobSchedule(ctx, args, 'sp_attach_schedule');
    if (found === 1) return 1;
    const { roles, job, schedule: s } = found;
    if (!roles.isSysadmin && (!ownsOrSysadmin(roles, job) || s.ownerSid.toUpperCase() !== job.ownerSid.toUpperCase())) {
      return raise(ctx, 14377);
    }
    await attach(ctx, job.jobId, s.scheduleId, args.value('@automatic_post') !== false);
    return 0;
  },
};
