// sp_add_jobschedule: a new schedule owned by the job's owner, attached to the job (SQL Server's
// is sp_add_schedule + sp_attach_schedule). Job owner or sysadmin (14525); a schedule of that
// name already on the job is 14261.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-jobschedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { JOB_SCHEDULE_NAME_PARAMETERS, ownedJob } from './shared/job-schedule-args';
import { ADD_JOBSCHEDULE_DEFAULTS, newScheduleFields, scheduleParameters } from './shared/schedule-parameters';
import { addSchedule } from './schedule-support/add-schedule';
import { attach, jobScheduleIdsByName } from './schedule-support/attach';
import { bitParam, guidOutput, intOutput, strArg } from './schedule-support/params';

export const spAddJobSchedule: ProcedureDefinition = {
  name: 'sp_add_jobschedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    ...JOB_SCHEDULE_NAME_PARAMETERS,
    ...scheduleParameters(ADD_JOBSCHEDULE_DEFAULTS),
    intOutput('@schedule_id'),
    bitParam('@automatic_post', true),
    guidOutput('@schedule_uid'),
  ],
  async run(ctx, args) {
    const owned = await ownedJob(ctx, args, 'sp_add_jobschedule');
    if (typeof owned === 'number') return owned;
    const { roles, job } = owned;
    const name = strArg(args.value('@name'))?.trim() ?? null;
    if (name !== null && (await jobScheduleIdsByName(ctx, job.jobId, name)).length > 0) return raise(ctx, 14261, '@name', name);
    const outcome = await addSchedule(ctx, { ...roles, sid: job.ownerSid, isSysadmin: true }, 'sp_add_jobschedule', {
      name, ...newScheduleFields(args),
      ownerLoginName: null, scheduleUid: strArg(args.value('@schedule_uid')), originatingServer: null,
    });
    if (!outcome.ok) return 1;
    await attach(ctx, job.jobId, outcome.scheduleId, args.value('@automatic_post') !== false);
    args.set('@schedule_id', outcome.scheduleId);
    args.set('@schedule_uid', outcome.scheduleUid);
    return 0;
  },
};
