// sp_delete_jobschedule: detaches the schedule of that name ('ALL': every schedule) from a job
// and deletes it unless @keep_schedule = 1 or another job still uses it. Job owner or sysadmin
// (14525); 14262 no such schedule on the job; 14376 two of that name.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-jobschedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { JOB_SCHEDULE_NAME_PARAMETERS, ownedJob } from './shared/job-schedule-args';
import { detach, jobScheduleIdsByName } from './schedule-support/attach';
import { bitParam, intArg, intParam, strArg } from './schedule-support/params';

export const spDeleteJobSchedule: ProcedureDefinition = {
  name: 'sp_delete_jobschedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    ...JOB_SCHEDULE_NAME_PARAMETERS,
    intParam('@keep_schedule', 0),
    bitParam('@automatic_post', true),
  ],
  async run(ctx, args) {
    const owned = await ownedJob(ctx, args, 'sp_delete_jobschedule');
    if (typeof owned === 'number') return owned;
    const { job } = owned;
    const name = strArg(args.value('@name'))?.trim() ?? '';
    const all = name.toUpperCase() === 'ALL';
    const ids = await jobScheduleIdsByName(ctx, job.jobId, all ? null : name);
    if (!all && ids.length === 0) return raise(ctx, 14262, '@name', name);
    if (ids.length > 1 && !all) return raise(ctx, 14376, name, job.name);
    const keep = (intArg(args.value('@keep_schedule')) ?? 0) !== 0;
    for (const id of ids) await detach(ctx, job.jobId, id, !keep, args.value('@automatic_post') !== false);
    return 0;
  },
};
