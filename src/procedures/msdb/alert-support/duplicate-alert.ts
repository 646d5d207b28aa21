// 14501: an alert already defined on the same condition (sp_add_alert_internal / sp_update_alert):
// the same WMI namespace and query, the same performance condition, or the same message id,
// severity, database and keyword. FORMATMESSAGE(14205) '(unknown)' is the "none" marker there.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { ilit, nlit, queryRow } from '../shared/index';
import { WMI_EVENT_ID } from './alert-codes';

export interface AlertCondition {
  readonly messageId: number;
  readonly severity: number;
  readonly databaseName: string | undefined;
  readonly eventDescriptionKeyword: string | undefined;
  readonly performanceCondition: string | undefined;
}

/** the name of another alert on this condition, or undefined */
export async function duplicateAlert(ctx: ProcedureContext, c: AlertCondition, except?: string): Promise<string | undefined> {
  const perf = nlit(c.performanceCondition);
  const db = nlit(c.databaseName);
  const row = await queryRow(ctx, `SELECT TOP 1 name FROM msdb.dbo.sysalerts
WHERE ((event_id = ${WMI_EVENT_ID} AND ISNULL(performance_condition, N'') = ISNULL(${perf}, N'') AND ISNULL(database_name, N'') = ISNULL(${db}, N''))
   OR (ISNULL(event_id, 1) <> ${WMI_EVENT_ID} AND ISNULL(performance_condition, N'apples') = ISNULL(${perf}, N'oranges'))
   OR (performance_condition IS NULL AND message_id = ${ilit(c.messageId)} AND severity = ${ilit(c.severity)}
       AND ISNULL(database_name, N'') = ISNULL(${db}, N'') AND ISNULL(event_description_keyword, N'') = ISNULL(${nlit(c.eventDescriptionKeyword)}, N'')))
  ${except !== undefined ? `AND name <> ${nlit(except)}` : ''}
ORDER BY id`);
  return row ? String(row.name) : undefined;
}
