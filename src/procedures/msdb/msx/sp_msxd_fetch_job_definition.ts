// msxd-only (MSX side): the definition of one multiserver job for a target agent applying an
// INSERT instruction, as three result sets: the job header, its steps (step_id order), its
// schedules (with schedule_uid). SQL Server's agent reads sysjobs/sysjobsteps/sysschedules here
// with sp_sqlagent_refresh_job (sysadmin) and direct SQL; msxd's target logins reach nothing but
// procedures (sql/0007), each for its own targets. A job not assigned to the target: 14262.
// A step's proxy goes by name (proxy ids are per server): the target adds the step with
// @proxy_name, so a target without that proxy refuses the job instead of running the step as
// its agent's account.
import type { ProcedureDefinition } from '../../../engine/procedure-registry';
import { queryRow, raise } from '../shared/agent-sql';
import { glit, ilit } from '../shared/sql-text';
import { SYSNAME, UNIQUEIDENTIFIER } from './param-types';
import { findTarget } from './msx-sql';
import { targetLoginFor } from './target-login-check';

export const spMsxdFetchJobDefinition: ProcedureDefinition = {
  name: 'sp_msxd_fetch_job_definition',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@server_name', type: SYSNAME },
    { name: '@job_id', type: UNIQUEIDENTIFIER },
  ],
  async run(ctx, args) {
    const server = await targetLoginFor(ctx, 'sp_msxd_fetch_job_definition', args.value('@server_name')) ?? '';
    const target = await findTarget(ctx, server);
    const jobId = args.value('@job_id');
    const job = jobId === null ? 'NULL' : glit(String(jobId));
    const assigned = target && await queryRow(ctx,
      `SELECT job_id FROM msdb.dbo.sysjobservers WHERE job_id = ${job} AND server_id = ${ilit(target.server_id)}`);
    if (!assigned) return raise(ctx, 14262, '@job_id', jobId === null ? null : String(jobId));
    await ctx.executeSql(`SET NOCOUNT ON;
SELECT j.job_id, j.name, CONVERT(tinyint, j.enabled) AS enabled, j.description, j.start_step_id,
       j.notify_level_eventlog, j.delete_level, j.version_number
FROM msdb.dbo.sysjobs AS j WHERE j.job_id = ${job};
SELECT s.step_id, s.step_name, s.subsystem, s.command, s.flags, s.cmdexec_success_code,
       s.on_success_action, s.on_success_step_id, s.on_fail_action, s.on_fail_step_id,
       s.database_name, s.retry_attempts, s.retry_interval, s.output_file_name, p.name AS proxy_name
FROM msdb.dbo.sysjobsteps AS s LEFT JOIN msdb.dbo.sysproxies AS p ON p.proxy_id = s.proxy_id
WHERE s.job_id = ${job} ORDER BY s.step_id;
SELECT sc.schedule_uid, sc.name, sc.enabled, sc.freq_type, sc.freq_interval, sc.freq_subday_type,
       sc.freq_subday_interval, sc.freq_relative_interval, sc.freq_recurrence_factor,
       sc.active_start_date, sc.active_end_date, sc.active_start_time, sc.active_end_time
FROM msdb.dbo.sysjobschedules AS js JOIN msdb.dbo.sysschedules AS sc ON sc.schedule_id = js.schedule_id
WHERE js.job_id = ${job} ORDER BY sc.schedule_id;`);
    return 0;
  },
};
