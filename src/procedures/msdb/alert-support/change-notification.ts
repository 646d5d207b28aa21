// sp_update_notification and sp_delete_notification share everything but their statement:
// sysadmin only (15003), sp_verify_notification, 14262 when the pair has no notification, then
// the change, has_notification, and ('A', 'U') to the agent when has_notification changed.
// SQL Server's bodies ignore sp_verify_notification's failure and go on to raise 14262 for the
// notification too; msxd stops after the first error.
import type { ProcedureArgs, ProcedureContext } from '../../../engine/procedure-registry';
import { messageDef } from '../../../errors/catalog';
import { queueNotification } from '../schedule-support/notify-queue';
import { execSql, ilit, queryRow, raiseWith } from '../shared/index';
import { ALL_NOTIFICATION_METHODS } from './alert-codes';
import { hasNotification, notificationLabel, refreshHasNotification, verifyNotification, type NotificationIds } from './verify-notification';

export type NotificationChange = { readonly kind: 'update'; readonly method: number } | { readonly kind: 'delete' };

export async function changeNotification(ctx: ProcedureContext, args: ProcedureArgs, change: NotificationChange): Promise<number> {
  const alertName = String(args.value('@alert_name') ?? '').trim();
  const operatorName = String(args.value('@operator_name') ?? '').trim();
  if (!ctx.isSysadmin) return raiseWith(ctx, 15003, 16, 'sysadmin');
  // sp_delete_notification verifies with "a dummy (but valid)" method, 7
  const ids = await verifyNotification(ctx, alertName, operatorName, change.kind === 'update' ? change.method : ALL_NOTIFICATION_METHODS);
  if (!ids) return 1;
  const pair = `alert_id = ${ilit(ids.alertId)} AND operator_id = ${ilit(ids.operatorId)}`;
  if (!await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysnotifications WHERE ${pair}`)) {
    return raiseWith(ctx, 14262, 16, messageDef(14210)!.text, notificationLabel(alertName, operatorName));
  }
  const before = await hasNotification(ctx, ids.alertId);
  const ok = await execSql(ctx, [statement(change, pair), refreshHasNotification(ids.alertId)], true);
  if (!ok) return 1;
  await notifyIfChanged(ctx, ids, before);
  return 0;
}

function statement(change: NotificationChange, pair: string): string {
  switch (change.kind) {
    case 'update': return `UPDATE msdb.dbo.sysnotifications SET notification_method = ${ilit(change.method)} WHERE ${pair};`;
    case 'delete': return `DELETE FROM msdb.dbo.sysnotifications WHERE ${pair};`;
    default: {
      const never: never = change;
      throw new Error(`unknown notification change ${JSON.stringify(never)}`);
    }
  }
}

async function notifyIfChanged(ctx: ProcedureContext, ids: NotificationIds, before: number): Promise<void> {
  if (await hasNotification(ctx, ids.alertId) !== before) await queueNotification(ctx, { opType: 'A', actionType: 'U', alertId: ids.alertId });
}
