// SQL Server grants EXECUTE on sp_help_alert and sp_help_notification to SQLAgentOperatorRole
// (sp-help-alert-transact-sql, "Permissions"); anyone else but sysadmin gets 229 on the procedure.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlErrorWithState } from '../../../errors/catalog';
import { callerOf } from '../shared/index';

export async function requireOperatorRole(ctx: ProcedureContext, procedure: string): Promise<void> {
  if (!(await callerOf(ctx)).inOperatorRole) throw sqlErrorWithState(229, 5, 'EXECUTE', procedure, 'msdb', 'dbo');
}
