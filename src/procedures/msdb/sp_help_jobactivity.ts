// sp_help_jobactivity: the jobs' activity in an agent session (default: the newest), with the
// outcome row it ended with (sysjobhistory via job_history_id). Only jobs the caller may see.
// An unknown @session_id is 14262, as in SQL Server.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-jobactivity-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql, queryRow, raise } from './shared/agent-sql';
import { verifyJobIdentifiers } from './shared/job-identifiers';
import { glit, ilit } from './shared/sql-text';
import { requireAgentUser } from './schedule-support/agent-roles';
import { guidParam, intArg, intParam, strArg, sysnameParam } from './schedule-support/params';

export const spHelpJobActivity: ProcedureDefinition = {
  name: 'sp_help_jobactivity',
  home: 'msdb',
  permission: 'public',
  parameters: [guidParam('@job_id', null), sysnameParam('@job_name', null), intParam('@session_id', null)],
  async run(ctx, args) {
    await requireAgentUser(ctx, 'sp_help_jobactivity');
    const jobName = strArg(args.value('@job_name'));
    const jobId = strArg(args.value('@job_id'));
    let jobFilter = '';
    if (jobName !== null || jobId !== null) {
      const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName, jobId });
      if (!job) return 1;
      jobFilter = ` AND a.job_id = ${glit(job.jobId)}`;
    }
    const session = intArg(args.value('@session_id'));
    if (session !== null) {
      const known = await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.syssessions WHERE session_id = ${ilit(session)}`);
      if (!known) return raise(ctx, 14262, '@session_id', String(session));
    }
    const sessionFilter = session === null
      ? '(SELECT TOP (1) session_id FROM msdb.dbo.syssessions ORDER BY agent_start_date DESC)'
      : ilit(session);
    await execSql(ctx, `SELECT a.session_id, a.job_id, CONVERT(sysname, j.name) AS job_name, a.run_requested_date,
  a.run_requested_source, a.queued_date, a.start_execution_date, a.last_executed_step_id, a.last_executed_step_date,
  a.stop_execution_date, a.next_scheduled_run_date, a.job_history_id, h.message,
  h.run_status, h.operator_id_emailed, h.operator_id_netsent, h.operator_id_paged
FROM msdb.dbo.sysjobactivity AS a
JOIN msdb.dbo.sysjobs_view AS j ON j.job_id = a.job_id
LEFT JOIN msdb.dbo.sysjobhistory AS h ON h.instance_id = a.job_history_id
WHERE a.session_id = ${sessionFilter}${jobFilter}
ORDER BY j.name;`);
    return 0;
  },
};
