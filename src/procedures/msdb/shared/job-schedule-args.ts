// The job (and schedule) identification the job-schedule procedures share: @job_id / @job_name
// checked as sp_verify_job_identifiers, @schedule_id / @schedule_name as
// sp_verify_schedule_identifiers. A number is the procedure's return status (the error is raised).
import type { ProcedureArgs, ProcedureContext, ProcedureDefinition, ProcedureParameter } from '../../../engine/procedure-registry';
import { type AgentRoles, requireAgentUser } from '../schedule-support/agent-roles';
import { guidParam, intArg, intParam, strArg, sysnameParam } from '../schedule-support/params';
import { type ScheduleRow, verifyScheduleIdentifiers } from '../schedule-support/schedule-lookup';
import { raise } from './agent-sql';
import { type JobRow, verifyJobIdentifiers } from './job-identifiers';

/** `@job_id uniqueidentifier = NULL, @job_name sysname = NULL, @name sysname`: how
 * sp_add_jobschedule, sp_update_jobschedule and sp_delete_jobschedule name a job's schedule */
export const JOB_SCHEDULE_NAME_PARAMETERS: readonly ProcedureParameter[] = [
  guidParam('@job_id', null), sysnameParam('@job_name', null), sysnameParam('@name'),
];

export interface CallerJob { readonly roles: AgentRoles; readonly job: JobRow }

/** the caller owns the job or is sysadmin */
export function ownsOrSysadmin(roles: AgentRoles, job: JobRow): boolean {
  return roles.isSysadmin || roles.sid.toUpperCase() === job.ownerSid.toUpperCase();
}

/** an Agent user's call naming a job by @job_id / @job_name */
export async function callerJob(ctx: ProcedureContext, args: ProcedureArgs, procedure: string): Promise<CallerJob | 1> {
  const roles = await requireAgentUser(ctx, procedure);
  const job = await verifyJobIdentifiers(ctx, {
    nameParameter: '@job_name', idParameter: '@job_id',
    jobName: strArg(args.value('@job_name')), jobId: strArg(args.value('@job_id')),
  });
  return job ? { roles, job } : 1;
}

/** as callerJob, and the caller must own the job or be sysadmin (14525) */
export async function ownedJob(ctx: ProcedureContext, args: ProcedureArgs, procedure: string): Promise<CallerJob | number> {
  const found = await callerJob(ctx, args, procedure);
  if (typeof found === 'number') return found;
  return ownsOrSysadmin(found.roles, found.job) ? found : raise(ctx, 14525);
}

export interface CallerJobSchedule extends CallerJob { readonly schedule: ScheduleRow }

/** as callerJob, plus the schedule named by @schedule_id / @schedule_name */
export async function callerJobSchedule(ctx: ProcedureContext, args: ProcedureArgs, procedure: string): Promise<CallerJobSchedule | 1> {
  const found = await callerJob(ctx, args, procedure);
  if (found === 1) return 1;
  const schedule = await verifyScheduleIdentifiers(ctx, {
    nameParameter: '@schedule_name', idParameter: '@schedule_id',
    scheduleName: strArg(args.value('@schedule_name')), scheduleId: intArg(args.value('@schedule_id')),
  });
  return schedule ? { ...found, schedule } : 1;
}

/**
 * sp_attach_schedule / sp_detach_schedule: `@job_id, @job_name, @schedule_id, @schedule_name` then
 * `more`; `body` runs once the job and the schedule are found.
 */
export function jobScheduleProcedure(
  name: string, more: readonly ProcedureParameter[],
  body: (ctx: ProcedureContext, args: ProcedureArgs, found: CallerJobSchedule) => Promise<number>,
): ProcedureDefinition {
  return {
    name,
    home: 'msdb',
    permission: 'public',
    parameters: [
      guidParam('@job_id', null), sysnameParam('@job_name', null),
      intParam('@schedule_id', null), sysnameParam('@schedule_name', null),
      ...more,
    ],
    async run(ctx, args) {
      const found = await callerJobSchedule(ctx, args, name);
      return found === 1 ? 1 : body(ctx, args, found);
    },
  };
}
