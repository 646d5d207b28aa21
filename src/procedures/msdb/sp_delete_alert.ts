// sp_delete_alert: deletes an alert and its notifications (sysadmin only: 15003; 14262 unknown);
// the agent hears of it ('A', 'D').
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-delete-alert-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { SYSNAME } from './job-support/param-types';
import { queueNotification } from './schedule-support/notify-queue';
import { execSql, ilit, nlit, queryRow, raiseWith } from './shared/index';

export const spDeleteAlert: ProcedureDefinition = {
  name: 'sp_delete_alert',
  home: 'msdb',
  permission: 'public',
  parameters: [{ name: '@name', type: SYSNAME }],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    if (!ctx.isSysadmin) return raiseWith(ctx, 15003, 16, 'sysadmin');
    const row = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysalerts WHERE name = ${nlit(name)}`);
    if (!row) return raiseWith(ctx, 14262, 16, '@name', name);
    const id = Number(row.id);
    const ok = await execSql(ctx, [
      `DELETE FROM msdb.dbo.sysnotifications WHERE alert_id = ${ilit(id)};`,
      `DELETE FROM msdb.dbo.sysalerts WHERE id = ${ilit(id)};`,
    ], true);
    if (!ok) return 1;
    await queueNotification(ctx, { opType: 'A', actionType: 'D', alertId: id });
    return 0;
  },
};
