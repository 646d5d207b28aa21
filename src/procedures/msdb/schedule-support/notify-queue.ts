// Queues a request for the node's agent (sp_sqlagent_notify's effect): a row of
// msxd_agent_notifications that sp_sqlagent_fetch_notifications hands to the agent.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql } from '../shared/agent-sql';
import { glit, ilit, nlit } from '../shared/sql-text';

export interface AgentNotification {
  /** J job, S schedule, O operator, A alert, P poll */
  readonly opType: string;
  /** I insert, U update, D delete, S start, C cancel */
  readonly actionType: string | null;
  readonly jobId?: string | null;
  readonly scheduleId?: number | null;
  readonly alertId?: number | null;
  readonly stepName?: string | null;
}

/** `User <login>`, as SQL Server Agent names who requested a start or stop */
export function requestedBy(ctx: ProcedureContext): string {
  return `User ${ctx.loginName}`;
}

export async function queueNotification(ctx: ProcedureContext, n: AgentNotification): Promise<void> {
  await execSql(ctx, `INSERT INTO msdb.dbo.msxd_agent_notifications (op_type, action_type, job_id, schedule_id, alert_id, step_name, requested_by)
VALUES (${nlit(n.opType)}, ${nlit(n.actionType)}, ${glit(n.jobId ?? null)}, ${ilit(n.scheduleId ?? null)}, ${ilit(n.alertId ?? null)}, ${nlit(n.stepName ?? null)}, ${nlit(requestedBy(ctx))});`);
}

/** One 'S' notification per local job using the schedule (what SQL Server's schedule procedures send). */
export async function notifyScheduleJobs(ctx: ProcedureContext, scheduleId: number, actionType: string): Promise<void> {
  await execSql(ctx, `INSERT INTO msdb.dbo.msxd_agent_notifications (op_type, action_type, job_id, schedule_id, requested_by)
SELECT N'S', ${nlit(actionType)}, js.job_id, js.schedule_id, ${nlit(requestedBy(ctx))}
FROM msdb.dbo.sysjobschedules AS js
WHERE js.schedule_id = ${ilit(scheduleId)}
  AND EXISTS (SELECT 1 FROM msdb.dbo.sysjobservers AS sv WHERE sv.job_id = js.job_id AND sv.server_id = 0);`);
}
