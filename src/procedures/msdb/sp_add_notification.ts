// sp_add_notification: an operator notified of an alert (sysadmin only: 15003), checked by
// sp_verify_notification; 14261 when that pair exists. The agent hears of it ('A', 'U') when the
// alert's has_notification changed.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-notification-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { messageDef } from '../../errors/catalog';
import { hasNotification, notificationLabel, refreshHasNotification, verifyNotification } from './alert-support/verify-notification';
import { SYSNAME, TINYINT } from './job-support/param-types';
import { queueNotification } from './schedule-support/notify-queue';
import { execSql, ilit, queryRow, raiseWith } from './shared/index';

export const spAddNotification: ProcedureDefinition = {
  name: 'sp_add_notification',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@alert_name', type: SYSNAME },
    { name: '@operator_name', type: SYSNAME },
    { name: '@notification_method', type: TINYINT },
  ],
  async run(ctx, args) {
    const alertName = String(args.value('@alert_name') ?? '').trim();
    const operatorName = String(args.value('@operator_name') ?? '').trim();
    const method = Number(args.value('@notification_method') ?? 0);
    if (!ctx.isSysadmin) return raiseWith(ctx, 15003, 16, 'sysadmin');
    const ids = await verifyNotification(ctx, alertName, operatorName, method);
    if (!ids) return 1;
    if (await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysnotifications WHERE alert_id = ${ilit(ids.alertId)} AND operator_id = ${ilit(ids.operatorId)}`)) {
      return raiseWith(ctx, 14261, 16, messageDef(14210)!.text, notificationLabel(alertName, operatorName));
    }
    const before = await hasNotification(ctx, ids.alertId);
    const ok = await execSql(ctx, [
      `INSERT INTO msdb.dbo.sysnotifications (alert_id, operator_id, notification_method) VALUES (${ilit(ids.alertId)}, ${ilit(ids.operatorId)}, ${ilit(method)});`,
      refreshHasNotification(ids.alertId),
    ], true);
    if (!ok) return 1;
    if (await hasNotification(ctx, ids.alertId) !== before) await queueNotification(ctx, { opType: 'A', actionType: 'U', alertId: ids.alertId });
    return 0;
  },
};
