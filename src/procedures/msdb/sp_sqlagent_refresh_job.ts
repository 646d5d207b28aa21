// sp_sqlagent_refresh_job: the definitions of the local jobs (sysjobservers server 0) the agent
// runs: one job or (NULL) all. agent_account = owned by the Agent account (0xFFFFFFFF).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { glit } from './shared/sql-text';
import { guidParam, strArg, sysnameParam } from './schedule-support/params';

export const spSqlagentRefreshJob: ProcedureDefinition = {
  name: 'sp_sqlagent_refresh_job',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [guidParam('@job_id', null), sysnameParam('@server_name', null)],
  async run(ctx, args) {
    const jobId = strArg(args.value('@job_id'));
    await execSql(ctx, `SELECT j.job_id, j.name, j.enabled, j.start_step_id,
  CONVERT(sysname, CASE WHEN j.owner_sid = 0xFFFFFFFF THEN N'$(SQLAgentAccount)' ELSE SUSER_SNAME(j.owner_sid) END) AS owner,
  j.notify_level_eventlog, j.notify_level_email, j.notify_level_netsend, j.notify_level_page,
  j.notify_email_operator_id, j.notify_netsend_operator_id, j.notify_page_operator_id, j.delete_level,
  CONVERT(int, (SELECT COUNT(*) FROM msdb.dbo.sysjobsteps AS st WHERE st.job_id = j.job_id)) AS has_step,
  j.version_number, s.last_run_date, s.last_run_time, o.originating_server, j.description,
  CONVERT(int, CASE WHEN j.owner_sid = 0xFFFFFFFF THEN 1 ELSE 0 END) AS agent_account,
  CONVERT(int, 0) AS is_system
FROM msdb.dbo.sysjobs AS j
JOIN msdb.dbo.sysjobservers AS s ON s.job_id = j.job_id AND s.server_id = 0
JOIN msdb.dbo.sysoriginatingservers_view AS o ON o.originating_server_id = j.originating_server_id
${jobId === null ? '' : `WHERE j.job_id = ${glit(jobId)}`}
ORDER BY j.job_id;`);
  },
};
