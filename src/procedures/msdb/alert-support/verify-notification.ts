// sp_verify_notification: the alert and operator of a notification (14262 for either unknown;
// 14251 MSXOperator where this server is not an MSX; 14266 a method outside 1..7), and
// sysalerts.has_notification, which SQL Server keeps with a trigger on sysnotifications
// (trig_notification_ins_or_upd / trig_notification_delete): the OR of the alert's methods.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { messageDef } from '../../../errors/catalog';
import { ilit, nlit, queryRow, raise, raiseWith } from '../shared/index';
import { ALL_NOTIFICATION_METHODS, NOTIFICATION_METHOD } from './alert-codes';

export interface NotificationIds {
  readonly alertId: number;
  readonly operatorId: number;
}

/** the ids, or undefined after raising */
export async function verifyNotification(ctx: ProcedureContext, alertName: string, operatorName: string, method: number): Promise<NotificationIds | undefined> {
  const alert = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysalerts WHERE name = ${nlit(alertName)}`);
  if (!alert) { await raiseWith(ctx, 14262, 16, '@alert_name', alertName); return undefined; }
  const operator = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysoperators WHERE name = ${nlit(operatorName)}`);
  if (!operator) { await raiseWith(ctx, 14262, 16, '@operator_name', operatorName); return undefined; }
  if (operatorName === 'MSXOperator' && !await queryRow(ctx, 'SELECT TOP 1 1 AS x FROM msdb.dbo.systargetservers')) {
    await raise(ctx, 14251, operatorName);
    return undefined;
  }
  if (method < 1 || method > ALL_NOTIFICATION_METHODS) {
    await raiseWith(ctx, 14266, 16, '@notification_method', messageDef(14208)!.text);
    return undefined;
  }
  return { alertId: Number(alert.id), operatorId: Number(operator.id) };
}

/** the statements that bring sysalerts.has_notification of one alert up to date */
export function refreshHasNotification(alertId: number): string {
  const bit = (b: number): string =>
    `CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysnotifications WHERE alert_id = ${ilit(alertId)} AND notification_method & ${b} = ${b}) THEN ${b} ELSE 0 END`;
  return `UPDATE msdb.dbo.sysalerts SET has_notification = ${Object.values(NOTIFICATION_METHOD).map(bit).join(' | ')} WHERE id = ${ilit(alertId)};`;
}

/** has_notification of every alert (sp_delete_operator removes notifications of many alerts at once) */
export function refreshAllHasNotifications(): string {
  const bit = (b: number): string =>
    `CASE WHEN EXISTS (SELECT 1 FROM msdb.dbo.sysnotifications AS n WHERE n.alert_id = msdb.dbo.sysalerts.id AND n.notification_method & ${b} = ${b}) THEN ${b} ELSE 0 END`;
  return `UPDATE msdb.dbo.sysalerts SET has_notification = ${Object.values(NOTIFICATION_METHOD).map(bit).join(' | ')};`;
}

/** sysalerts.has_notification now */
export async function hasNotification(ctx: ProcedureContext, alertId: number): Promise<number> {
  return Number((await queryRow(ctx, `SELECT has_notification FROM msdb.dbo.sysalerts WHERE id = ${ilit(alertId)}`))?.has_notification ?? 0);
}

/** "<alert> / <operator>", as the notification procedures name one in 14261 / 14262 */
export function notificationLabel(alertName: string, operatorName: string): string {
  return `${alertName} / ${operatorName}`;
}
