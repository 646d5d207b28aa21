// sp_update_jobschedule: changes the schedule of that name attached to a job (job owner or
// sysadmin, 14525; 14262 no such schedule on the job; 14375 two of them). NULL keeps a value.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-jobschedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { ilit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { jobScheduleIdsByName } from './schedule-support/attach';
import { bitParam, guidParam, intArg, intParam, strArg, sysnameParam, tinyintParam } from './schedule-support/params';
import { schedulesWhere } from './schedule-support/schedule-lookup';
import { changedFields, updateSchedule } from './schedule-support/update-schedule';

export const spUpdateJobSchedule: ProcedureDefinition = {
  name: 'sp_update_jobschedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    guidParam('@job_id', null),
    sysnameParam('@job_name', null),
    sysnameParam('@name'),
    sysnameParam('@new_name', null),
    tinyintParam('@enabled', null),
    intParam('@freq_type', null),
    intParam('@freq_interval', null),
    intParam('@freq_subday_type', null),
    intParam('@freq_subday_interval', null),
    intParam('@freq_relative_interval', null),
    intParam('@freq_recurrence_factor', null),
    intParam('@active_start_date', null),
    intParam('@active_end_date', null),
    intParam('@active_start_time', null),
    intParam('@active_end_time', null),
    bitParam('@automatic_post', true),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_update_jobschedule');
    const job = await verifyJobIdentifiers(ctx, {
      nameParameter: '@job_name', idParameter: '@job_id',
      jobName: strArg(args.value('@job_name')), jobId: strArg(args.value('@job_id')),
    });
    if (!job) return 1;
    if (!roles.isSysadmin && roles.sid.toUpperCase() !== job.ownerSid.toUpperCase()) return raise(ctx, 14525);
    const name = strArg(args.value('@name'))?.trim() ?? '';
    const ids = await jobScheduleIdsByName(ctx, job.jobId, name);
    if (ids.length === 0) return raise(ctx, 14262, '@name', name);
    if (ids.length > 1) return raise(ctx, 14375, name, job.name);
    const [s] = await schedulesWhere(ctx, `s.schedule_id = ${ilit(ids[0]!)}`);
    if (!s) return raise(ctx, 14262, '@name', name);
    // the job owner's right to change the job covers its schedule (SQL Server checks the job)
    return updateSchedule(ctx, { ...roles, isSysadmin: true }, s, {
      newName: strArg(args.value('@new_name')), ownerLoginName: null,
      fields: changedFields((n) => intArg(args.value(n))),
      automaticPost: args.value('@automatic_post') !== false,
    });
  },
};
