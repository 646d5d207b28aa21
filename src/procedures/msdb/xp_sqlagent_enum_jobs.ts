// xp_sqlagent_enum_jobs @is_sysadmin, @job_owner [, @job_id] (master, undocumented): SQL Server
// Agent's in-memory state of its jobs, which sp_help_job reads into #xp_results and many DBA
// scripts call directly. msxd's agent keeps that state in msdb (sysjobactivity of its newest
// session, sysjobservers, sysjobschedules.next_run_*), so it is read from there, as
// job-support/composite-job-info.ts does for sp_help_job.
// Rows: the jobs the agent runs here (a sysjobservers row for server 0, as sp_sqlagent_refresh_job
// lists them); @is_sysadmin = 0 limits them to those @job_owner owns. A caller that is not
// sysadmin sees only its own jobs whatever it passes (msxd: SQL Server trusts the arguments).
// Columns and types as SQL Server's (sp_help_job's #xp_results takes them positionally).
// msxd: "Current Step" and "Current Retry Attempt" are 0 (the agent records the step a run
// finished, not the one it is in), "Request Source ID" is NULL.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { typed } from '../../types/typed-value';
import { EXECUTION_STATUS } from '../../codes/job-codes';
import { INT, SYSNAME, UNIQUEIDENTIFIER } from './job-support/param-types';
import { NEWEST_SESSION } from './job-support/composite-job-info';
import { sqlParams } from './shared/agent-sql';
import { ilit } from './shared/sql-text';
import { intArg, strArg } from './schedule-support/params';

const RUNNING = `(SELECT TOP (1) ja.run_requested_source FROM msdb.dbo.sysjobactivity AS ja
    WHERE ja.job_id = j.job_id AND ja.session_id = ${NEWEST_SESSION}
      AND ja.start_execution_date IS NOT NULL AND ja.stop_execution_date IS NULL)`;

const nextRun = (col: string): string => `CONVERT(int, ISNULL((SELECT TOP (1) ${col}
    FROM msdb.dbo.sysjobschedules AS js JOIN msdb.dbo.sysschedules AS ss ON ss.schedule_id = js.schedule_id
    WHERE js.job_id = j.job_id AND ss.enabled = 1 AND js.next_run_date > 0
    ORDER BY js.next_run_date, js.next_run_time), 0))`;

const ENUM_JOBS = `SELECT CONVERT(binary(16), j.job_id) AS [Job ID],
  CONVERT(int, sv.last_run_date) AS [Last Run Date], CONVERT(int, sv.last_run_time) AS [Last Run Time],
  ${nextRun('js.next_run_date')} AS [Next Run Date], ${nextRun('js.next_run_time')} AS [Next Run Time],
  ${nextRun('js.schedule_id')} AS [Next Run Schedule ID],
  CONVERT(int, CASE WHEN r.src IS NULL THEN 0 ELSE 1 END) AS [Requested To Run],
  CONVERT(int, ISNULL(CONVERT(int, r.src), 0)) AS [Request Source],
  CONVERT(sysname, NULL) AS [Request Source ID],
  CONVERT(int, CASE WHEN r.src IS NULL THEN 0 ELSE 1 END) AS [Running],
  CONVERT(int, 0) AS [Current Step],
  CONVERT(int, 0) AS [Current Retry Attempt],
  CONVERT(int, CASE WHEN r.src IS NULL THEN ${ilit(EXECUTION_STATUS.IDLE)} ELSE ${ilit(EXECUTION_STATUS.EXECUTING)} END) AS [State]
FROM msdb.dbo.sysjobs AS j
  JOIN msdb.dbo.sysjobservers AS sv ON sv.job_id = j.job_id AND sv.server_id = 0
  CROSS APPLY (SELECT ${RUNNING} AS src) AS r
WHERE (@all = 1 OR j.owner_sid = SUSER_SID(ISNULL(@owner, SUSER_SNAME())))
  AND (@job_id IS NULL OR j.job_id = @job_id)
ORDER BY j.job_id;`;

export const xpSqlagentEnumJobs: ProcedureDefinition = {
  name: 'xp_sqlagent_enum_jobs',
  home: 'system',
  permission: 'public',
  extended: true,
  parameters: [
    { name: '@is_sysadmin', type: INT },
    { name: '@job_owner', type: SYSNAME },
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
  ],
  async run(ctx, args) {
    const all = ctx.isSysadmin && intArg(args.value('@is_sysadmin')) === 1;
    const owner = ctx.isSysadmin ? strArg(args.value('@job_owner')) : null;
    await ctx.executeSql(`SET NOCOUNT ON;\n${ENUM_JOBS}`, sqlParams({
      '@all': typed(INT, all ? 1 : 0),
      '@owner': typed(SYSNAME, owner),
      '@job_id': typed(UNIQUEIDENTIFIER, args.value('@job_id')),
    }));
    return 0;
  },
};
