// sp_delete_operator: deletes an operator (sysadmin only: 15003; 14262 unknown; 14504 the
// fail-safe operator; 14223 MSXOperator on an MSX or TSX), optionally handing its alert
// notifications and job notifications to @reassign_to_operator (14251 for MSXOperator outside an
// MSX, 14262 unknown); otherwise jobs stop notifying through it.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-operator-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { currentMsxServer, failSafeOperator } from './job-support/agent-registry';
import { refreshAllHasNotifications } from './alert-support/verify-notification';
import { SYSNAME } from './job-support/param-types';
import { execSql, ilit, nlit, queryRow, raise, raiseWith, requireSysadmin } from './shared/index';

const KINDS = ['email', 'netsend', 'page'] as const;

export const spDeleteOperator: ProcedureDefinition = {
  name: 'sp_delete_operator',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@name', type: SYSNAME },
    { name: '@reassign_to_operator', type: SYSNAME, default: null },
  ],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    const reassignArg = args.value('@reassign_to_operator') === null ? '' : String(args.value('@reassign_to_operator')).trim();
    const reassign = reassignArg === '' ? undefined : reassignArg;
    if (!await requireSysadmin(ctx)) return 1;
    const op = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysoperators WHERE name = ${nlit(name)}`);
    if (!op) return raiseWith(ctx, 14262, 16, '@name', name);
    if (await failSafeOperator(ctx) === name) return raiseWith(ctx, 14504, 16, name, name);
    const targets = Number((await queryRow(ctx, 'SELECT COUNT(*) AS n FROM msdb.dbo.systargetservers'))?.n ?? 0);
    if (name === 'MSXOperator') {
      const type = targets > 0 ? 'MSX' : await currentMsxServer(ctx) !== undefined ? 'TSX' : undefined;
      if (type !== undefined) return raiseWith(ctx, 14223, 16, 'MSXOperator', type);
    }
    const id = Number(op.id);
    let reassignId: number | undefined;
    if (reassign !== undefined) {
      if (reassign === 'MSXOperator' && targets === 0) return raise(ctx, 14251, reassign);
      const r = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysoperators WHERE name = ${nlit(reassign)}`);
      if (!r) return raise(ctx, 14262, '@reassign_to_operator', reassign);
      reassignId = Number(r.id);
    }
    const statements: string[] = [];
    if (reassignId !== undefined) {
      statements.push(`UPDATE msdb.dbo.sysnotifications SET operator_id = ${ilit(reassignId)} WHERE operator_id = ${ilit(id)}
  AND NOT EXISTS (SELECT 1 FROM msdb.dbo.sysnotifications AS n2 WHERE n2.alert_id = msdb.dbo.sysnotifications.alert_id AND n2.operator_id = ${ilit(reassignId)});`);
    }
    statements.push(`DELETE FROM msdb.dbo.sysnotifications WHERE operator_id = ${ilit(id)};`);
    // SQL Server's triggers on sysnotifications keep has_notification
    statements.push(refreshAllHasNotifications());
    // what SQL Server does by calling sp_update_job per job: the notification moves to the new
    // operator, or stops (operator 0, level 0); each changed job gets a new version
    for (const k of KINDS) {
      const set = reassignId !== undefined ? `notify_${k}_operator_id = ${ilit(reassignId)}` : `notify_${k}_operator_id = 0, notify_level_${k} = 0`;
      statements.push(`UPDATE msdb.dbo.sysjobs SET ${set}, date_modified = GETDATE() WHERE notify_${k}_operator_id = ${ilit(id)};`);
    }
    statements.push(`DELETE FROM msdb.dbo.sysoperators WHERE id = ${ilit(id)};`);
    return (await execSql(ctx, statements, true)) ? 0 : 1;
  },
};
