// sp_update_jobschedule: changes the schedule of that name attached to a job (job owner or
// sysadmin, 14525; 14262 no such schedule on the job; 14375 two of them). NULL keeps a value.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-jobschedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { JOB_SCHEDULE_NAME_PARAMETERS, ownedJob } from './shared/job-schedule-args';
import { scheduleParameters, UPDATE_SCHEDULE_DEFAULTS } from './shared/schedule-parameters';
import { ilit } from './shared/sql-text';
import { jobScheduleIdsByName } from './schedule-support/attach';
import { bitParam, intArg, strArg, sysnameParam } from './schedule-support/params';
import { schedulesWhere } from './schedule-support/schedule-lookup';
import { changedFields, updateSchedule } from './schedule-support/update-schedule';

export const spUpdateJobSchedule: ProcedureDefinition = {
  name: 'sp_update_jobschedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    ...JOB_SCHEDULE_NAME_PARAMETERS,
    sysnameParam('@new_name', null),
    ...scheduleParameters(UPDATE_SCHEDULE_DEFAULTS),
    bitParam('@automatic_post', true),
  ],
  async run(ctx, args) {
    const owned = await ownedJob(ctx, args, 'sp_update_jobschedule');
    if (typeof owned === 'number') return owned;
    const { roles, job } = owned;
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
