// sp_help_alert: alerts (all, or by @alert_name / @alert_id / @category_name; 14262 for an unknown
// name or id) with SQL Server's columns; WMI alerts show their namespace and query in wmi_namespace /
// wmi_query (@legacy_format = 1: the SQL Server 2000 columns, without those two).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-help-alert-transact-sql
// @order_by: a sysalerts column, or job_name, category_name, type, database_name,
// performance_condition, wmi_namespace, wmi_query (14266 otherwise: SQL Server raises 18750, a
// message msxd's catalogue does not hold); the agent's two fixed orderings are accepted too.
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { BIT, INT, SYSNAME } from './job-support/param-types';
import { ALERT_TYPE, WMI_EVENT_ID } from './alert-support/alert-codes';
import { requireOperatorRole } from './alert-support/operator-role';
import { ilit, nlit, queryRow, raise, trimmed } from './shared/index';

const SYSALERTS_COLUMNS = ['id', 'name', 'event_source', 'event_category_id', 'event_id', 'message_id', 'severity', 'enabled',
  'delay_between_responses', 'last_occurrence_date', 'last_occurrence_time', 'last_response_date', 'last_response_time',
  'notification_message', 'include_event_description', 'database_name', 'event_description_keyword', 'occurrence_count',
  'count_reset_date', 'count_reset_time', 'job_id', 'has_notification', 'flags', 'performance_condition', 'category_id'];
const COMPUTED_ORDER = ['job_name', 'category_name', 'type', 'database_name', 'performance_condition', 'wmi_namespace', 'wmi_query'];
const AGENT_ORDERS = ['event_id DESC, severity ASC, message_id ASC, database_name DESC', 'severity ASC, message_id ASC, database_name DESC'];

const WMI = `ISNULL(sa.event_id, 1) = ${WMI_EVENT_ID}`;
const TYPE = `CASE WHEN sa.performance_condition IS NULL THEN ${ALERT_TYPE.EVENT} WHEN sa.event_id = ${WMI_EVENT_ID} THEN ${ALERT_TYPE.WMI} ELSE ${ALERT_TYPE.PERFORMANCE} END`;

export const spHelpAlert: ProcedureDefinition = {
  name: 'sp_help_alert',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@alert_name', type: SYSNAME, default: null },
    { name: '@order_by', type: SYSNAME, default: 'name' },
    { name: '@alert_id', type: INT, default: null },
    { name: '@category_name', type: SYSNAME, default: null },
    { name: '@legacy_format', type: BIT, default: 0 },
  ],
  async run(ctx, args) {
    await requireOperatorRole(ctx, 'sp_help_alert');
    const name = trimmed(args.value('@alert_name'));
    const category = trimmed(args.value('@category_name'));
    const id = args.value('@alert_id') === null ? undefined : Number(args.value('@alert_id'));
    const legacy = Number(args.value('@legacy_format') ?? 0) !== 0;
    if (name !== undefined && !await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysalerts WHERE name = ${nlit(name)}`)) {
      return raise(ctx, 14262, '@alert_name', name);
    }
    if (id !== undefined && !await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysalerts WHERE id = ${ilit(id)}`)) {
      return raise(ctx, 14262, '@alert_id', String(id));
    }
    const orderArg = String(args.value('@order_by') ?? 'name').trim();
    const orderBy = orderClause(orderArg);
    if (orderBy === undefined) return raise(ctx, 14266, '@order_by', [...new Set([...SYSALERTS_COLUMNS, ...COMPUTED_ORDER])].join(', '));
    const where: string[] = [];
    if (name !== undefined) where.push(`sa.name = ${nlit(name)}`);
    if (id !== undefined) where.push(`sa.id = ${ilit(id)}`);
    if (category !== undefined) where.push(`sc.name = ${nlit(category)}`);
    const condition = legacy
      ? 'sa.database_name, sa.event_description_keyword'
      : `CASE WHEN ${WMI} THEN NULL ELSE sa.database_name END AS database_name, sa.event_description_keyword`;
    const perf = legacy
      ? 'sa.performance_condition, sc.name AS category_name'
      : `CASE WHEN ${WMI} THEN NULL ELSE sa.performance_condition END AS performance_condition, sc.name AS category_name,
  CASE WHEN ${WMI} THEN sa.database_name ELSE NULL END AS wmi_namespace,
  CASE WHEN ${WMI} THEN sa.performance_condition ELSE NULL END AS wmi_query`;
    await ctx.executeSql(`SET NOCOUNT ON;
SELECT sa.id, sa.name, sa.event_source, sa.event_category_id, sa.event_id, sa.message_id, sa.severity, sa.enabled,
  sa.delay_between_responses, sa.last_occurrence_date, sa.last_occurrence_time, sa.last_response_date, sa.last_response_time,
  sa.notification_message, sa.include_event_description, ${condition}, sa.occurrence_count, sa.count_reset_date,
  sa.count_reset_time, sjv.job_id, sjv.name AS job_name, sa.has_notification, sa.flags, ${perf}, ${TYPE} AS type
FROM msdb.dbo.sysalerts AS sa
  LEFT OUTER JOIN msdb.dbo.sysjobs_view AS sjv ON sa.job_id = sjv.job_id
  LEFT OUTER JOIN msdb.dbo.syscategories AS sc ON sa.category_id = sc.category_id
${where.length > 0 ? `WHERE ${where.join(' AND ')}\n` : ''}ORDER BY ${orderBy};`);
    return 0;
  },
};

/** the ORDER BY for @order_by: a sysalerts column (sa.x), a computed column by name, or the agent's fixed orders */
function orderClause(arg: string): string | undefined {
  const lower = arg.toLowerCase();
  if (SYSALERTS_COLUMNS.includes(lower)) return `sa.${lower}`;
  if (COMPUTED_ORDER.includes(lower)) return lower;
  if (AGENT_ORDERS.includes(arg)) return arg.split(', ').map((part) => `sa.${part}`).join(', ');
  return undefined;
}
