// Wakes the node's agent to send Database Mail's queue (msxd_agent_notifications, op_type M,
// action_type Q): one pending request is enough, so none is added while one waits.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql, nlit } from '../shared/index';

export async function wakeMailAgent(ctx: ProcedureContext): Promise<void> {
  await execSql(ctx, `IF NOT EXISTS (SELECT 1 FROM msdb.dbo.msxd_agent_notifications WHERE op_type = N'M' AND action_type = N'Q' AND delivered_session_id IS NULL)
  INSERT INTO msdb.dbo.msxd_agent_notifications (op_type, action_type, requested_by) VALUES (N'M', N'Q', ${nlit(`User ${ctx.loginName}`)});`);
}
