// What SQL Server's job procedures send the agent through sp_sqlagent_notify (@op_type N'J',
// @action_type I/U/D) so that it refreshes its job cache: msxd queues the request in
// msxd_agent_notifications (sql/0005), which the node's agent fetches.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql } from './agent-sql';
import { glit, nlit } from './sql-text';

export type JobAction = 'I' | 'U' | 'D';

export async function notifyAgentOfJob(ctx: ProcedureContext, jobId: string, action: JobAction): Promise<void> {
  await execSql(ctx, `INSERT INTO msdb.dbo.msxd_agent_notifications (op_type, action_type, job_id, requested_by)
VALUES (N'J', ${nlit(action)}, ${glit(jobId)}, ${nlit(`User ${ctx.loginName}`)});`);
}

/** notifies only when the job is cached by the local agent (it has the server_id 0 row) */
export async function notifyAgentIfLocal(ctx: ProcedureContext, jobId: string, action: JobAction): Promise<void> {
  await execSql(ctx, `IF EXISTS (SELECT 1 FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(jobId)} AND server_id = 0)
  INSERT INTO msdb.dbo.msxd_agent_notifications (op_type, action_type, job_id, requested_by)
  VALUES (N'J', ${nlit(action)}, ${glit(jobId)}, ${nlit(`User ${ctx.loginName}`)});`);
}
