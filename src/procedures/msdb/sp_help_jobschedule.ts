// sp_help_jobschedule: the schedules attached to a job (or the job of one schedule), with the
// next run the agent computed (sysjobschedules.next_run_date/time, written through
// sp_sqlagent_set_jobschedule_next_run; 0 until it has). Errors: 14273 (no job and no schedule id),
// 14369 (a schedule id used by several jobs, without a job), 14262 / 14294 / 14293 (job),
// 14273 (a schedule id with a job or schedule name), 14262 @schedule_name (not attached to the job).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobschedule-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, queryRows, raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { glit, ilit, nlit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { bitParam, guidParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';
import { descriptionCase } from './schedule-support/schedule-description';
import { schedulesWhere } from './schedule-support/schedule-lookup';

export const spHelpJobSchedule: ProcedureDefinition = {
  name: 'sp_help_jobschedule',
  home: 'msdb',
  permission: 'public',
  parameters: [
    guidParam('@job_id', null),
    sysnameParam('@job_name', null),
    sysnameParam('@schedule_name', null),
    intParam('@schedule_id', null),
    bitParam('@include_description', false),
  ],
  async run(ctx, args) {
    await requireAgentUser(ctx, 'sp_help_jobschedule');
    let jobId = strArg(args.value('@job_id'));
    const jobName = strArg(args.value('@job_name'));
    const scheduleId = intArg(args.value('@schedule_id'));
    const scheduleName = strArg(args.value('@schedule_name'))?.trim() || null;
    if (scheduleId === null && jobId === null && jobName === null) return raise(ctx, 14273);
    // a schedule id names its job on its own: it cannot come with a job or a schedule name
    if (scheduleId !== null && (jobId !== null || jobName !== null || scheduleName !== null)) return raise(ctx, 14273);
    if (jobId === null && jobName === null) {
      const jobs = await queryRows(ctx, `SELECT CONVERT(nvarchar(36), job_id) AS job_id FROM msdb.dbo.sysjobschedules WHERE schedule_id = ${ilit(scheduleId)}`);
      if (jobs.length > 1) return raise(ctx, 14369, String(scheduleId));
      jobId = jobs[0] ? String(jobs[0].job_id) : null;
      if (jobId === null) return raise(ctx, 14262, '@schedule_id', String(scheduleId));
    }
    const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: jobId === null ? jobName : null, jobId });
    if (!job) return 1;
    if (scheduleName !== null) {
      const attached = await queryRows(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobschedules AS js
  JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id
  WHERE js.job_id = ${glit(job.jobId)} AND s.name = ${nlit(scheduleName)}`);
      if (attached.length === 0) return raise(ctx, 14262, '@schedule_name', scheduleName);
    }
    let where = `js.job_id = ${glit(job.jobId)}`;
    if (scheduleId !== null) where += ` AND s.schedule_id = ${ilit(scheduleId)}`;
    if (scheduleName !== null) where += ` AND s.name = ${nlit(scheduleName)}`;
    const include = args.value('@include_description') === true;
    const described = include
      ? await schedulesWhere(ctx, `EXISTS (SELECT 1 FROM msdb.dbo.sysjobschedules AS js WHERE js.schedule_id = s.schedule_id AND ${where})`)
      : [];
    await execSql(ctx, `SELECT CONVERT(int, s.schedule_id) AS schedule_id, CONVERT(sysname, s.name) AS schedule_name,
  CONVERT(int, s.enabled) AS enabled, s.freq_type, s.freq_interval, s.freq_subday_type, s.freq_subday_interval,
  s.freq_relative_interval, s.freq_recurrence_factor, s.active_start_date, s.active_end_date, s.active_start_time,
  s.active_end_time, s.date_created, ${descriptionCase('s.schedule_id', described, include)} AS schedule_description,
  js.next_run_date, js.next_run_time, s.schedule_uid,
  (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules AS c WHERE c.schedule_id = s.schedule_id) AS job_count
FROM msdb.dbo.sysjobschedules AS js
JOIN msdb.dbo.sysschedules AS s ON s.schedule_id = js.schedule_id
WHERE ${where}
ORDER BY s.schedule_id;`);
    return 0;
  },
};
