// sp_sqlagent_fetch_notifications (msxd): hands the agent, oldest first, the requests queued by
// sp_sqlagent_notify / sp_start_job / sp_stop_job and the definition procedures since its last
// call. Requests queued before this agent session began are dropped (SQL Server would have
// refused them: its agent was not running). Delivered rows are kept a day (sp_start_job's
// refusal names who asked for the running instance).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { execSql } from './shared/agent-sql';
import { ilit } from './shared/sql-text';
import { intArg, intParam } from './schedule-support/params';

export const spSqlagentFetchNotifications: ProcedureDefinition = {
  name: 'sp_sqlagent_fetch_notifications',
  home: 'msdb',
  permission: 'sysadmin',
  parameters: [intParam('@session_id')],
  async run(ctx, args) {
    const session = ilit(intArg(args.value('@session_id')) ?? 0);
    await execSql(ctx, `DECLARE @__last int = (SELECT MAX(notification_id) FROM msdb.dbo.msxd_agent_notifications);
DECLARE @__since datetime = (SELECT agent_start_date FROM msdb.dbo.syssessions WHERE session_id = ${session});
UPDATE msdb.dbo.msxd_agent_notifications SET delivered_session_id = 0
WHERE delivered_session_id IS NULL AND notification_id <= @__last AND posted_date < ISNULL(@__since, posted_date);
SELECT op_type, action_type, job_id, schedule_id, step_name, requested_by
FROM msdb.dbo.msxd_agent_notifications
WHERE delivered_session_id IS NULL AND notification_id <= @__last
ORDER BY notification_id;
UPDATE msdb.dbo.msxd_agent_notifications SET delivered_session_id = ${session}
WHERE delivered_session_id IS NULL AND notification_id <= @__last;
DELETE FROM msdb.dbo.msxd_agent_notifications
WHERE delivered_session_id IS NOT NULL AND posted_date < DATEADD(day, -1, GETDATE());`);
  },
};
