// sp_attach_schedule: links a schedule to a job. The caller must own the job (or be sysadmin),
// and a non-sysadmin may attach only schedules the job's owner owns (14377). Attaching twice
// fails on sysjobschedules' unique index, as in SQL Server.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-attach-schedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { requireAgentUser } from './schedule-support/agent-roles';
import { attach } from './schedule-support/attach';
import { bitParam, guidParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { verifyScheduleIdentifiers } from './schedule-support/schedule-lookup';

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
    const roles = await requireAgentUser(ctx, 'sp_attach_schedule');
    const job = await verifyJobIdentifiers(ctx, {
      nameParameter: '@job_name', idParameter: '@job_id',
      jobName: strArg(args.value('@job_name')), jobId: strArg(args.value('@job_id')),
    });
    if (!job) return 1;
    const s = await verifyScheduleIdentifiers(ctx, {
      nameParameter: '@schedule_name', idParameter: '@schedule_id',
      scheduleName: strArg(args.value('@schedule_name')), scheduleId: intArg(args.value('@schedule_id')),
    });
    if (!s) return 1;
    if (!roles.isSysadmin
      && (roles.sid.toUpperCase() !== job.ownerSid.toUpperCase() || s.ownerSid.toUpperCase() !== job.ownerSid.toUpperCase())) {
      return raise(ctx, 14377);
    }
    await attach(ctx, job.jobId, s.scheduleId, args.value('@automatic_post') !== false);
    return 0;
  },
};
