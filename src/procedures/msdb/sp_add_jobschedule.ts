// sp_add_jobschedule: a new schedule owned by the job's owner, attached to the job (SQL Server's
// is sp_add_schedule + sp_attach_schedule). Job owner or sysadmin (14525); a schedule of that
// name already on the job is 14261.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-jobschedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { requireAgentUser } from './schedule-support/agent-roles';
import { addSchedule } from './schedule-support/add-schedule';
import { attach, jobScheduleIdsByName } from './schedule-support/attach';
import {
  bitParam, guidOutput, guidParam, intArg, intOutput, intParam, strArg, sysnameParam, tinyintParam,
} from './schedule-support/params';

export const spAddJobSchedule: ProcedureDefinition = {
  name: 'sp_add_jobschedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    guidParam('@job_id', null),
    sysnameParam('@job_name', null),
    sysnameParam('@name'),
    tinyintParam('@enabled', 1),
    intParam('@freq_type', 1),
    intParam('@freq_interval', 0),
    intParam('@freq_subday_type', 0),
    intParam('@freq_subday_interval', 0),
    intParam('@freq_relative_interval', 0),
    intParam('@freq_recurrence_factor', 0),
    intParam('@active_start_date', null),
    intParam('@active_end_date', 99991231),
    intParam('@active_start_time', 0),
    intParam('@active_end_time', 235959),
    intOutput('@schedule_id'),
    bitParam('@automatic_post', true),
    guidOutput('@schedule_uid'),
  ],
  async run(ctx, args) {
    const roles = await requireAgentUser(ctx, 'sp_add_jobschedule');
    const job = await verifyJobIdentifiers(ctx, {
      nameParameter: '@job_name', idParameter: '@job_id',
      jobName: strArg(args.value('@job_name')), jobId: strArg(args.value('@job_id')),
    });
    if (!job) return 1;
    if (!roles.isSysadmin && roles.sid.toUpperCase() !== job.ownerSid.toUpperCase()) return raise(ctx, 14525);
    const name = strArg(args.value('@name'))?.trim() ?? null;
    if (name !== null && (await jobScheduleIdsByName(ctx, job.jobId, name)).length > 0) return raise(ctx, 14261, '@name', name);
    const i = (n: string): number => intArg(args.value(n)) ?? 0;
    const outcome = await addSchedule(ctx, { ...roles, sid: job.ownerSid, isSysadmin: true }, 'sp_add_jobschedule', {
      name,
      enabled: i('@enabled'), freqType: i('@freq_type'), freqInterval: i('@freq_interval'),
      freqSubdayType: i('@freq_subday_type'), freqSubdayInterval: i('@freq_subday_interval'),
      freqRelativeInterval: i('@freq_relative_interval'), freqRecurrenceFactor: i('@freq_recurrence_factor'),
      activeStartDate: intArg(args.value('@active_start_date')), activeEndDate: i('@active_end_date'),
      activeStartTime: i('@active_start_time'), activeEndTime: i('@active_end_time'),
      ownerLoginName: null, scheduleUid: strArg(args.value('@schedule_uid')), originatingServer: null,
    });
    if (!outcome.ok) return 1;
    await attach(ctx, job.jobId, outcome.scheduleId, args.value('@automatic_post') !== false);
    args.set('@schedule_id', outcome.scheduleId);
    args.set('@schedule_uid', outcome.scheduleUid);
    return 0;
  },
};
