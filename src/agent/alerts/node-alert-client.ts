// The agent's alert calls to its node, one exported function per procedure call (as
// node-client.ts for jobs): sp_help_alert + sp_help_notification (SQL Server's), and msxd's
// sp_msxd_agent_logged_errors / sp_msxd_agent_alert_fired; sp_get_sqlagent_properties for the
// alert-token setting; the counters of performance-condition alerts are a SELECT of
// msdb.dbo.sysalerts_performance_counters_view (SQL Server's view of them; SQL Server has no
// procedure for it).
import sql, { type ConnectionPool } from 'mssql';
import { parseCondition } from '../../codes/performance-condition';
import { civilToEpochMs, dateFromInt, secondsFromHhmmss } from '../schedule/civil-time';
import { guid, int, nullableText, text, type Row } from '../node/row-mapping';
import type { AlertPorts } from './alerter';
import type { AlertDefinition, CounterSample, LoggedEvent } from './alert-types';

const proc = (name: string): string => `msdb.dbo.${name}`;
/** sp_help_alert's type of a SQL Server event alert */
const EVENT_ALERT_TYPE = 1;
/** sp_help_alert's type of a performance-condition alert */
const PERFORMANCE_ALERT_TYPE = 2;
const NO_JOB = '00000000-0000-0000-0000-000000000000';
/** sysnotifications.notification_method's e-mail and pager bits */
const EMAIL = 1;
const PAGER = 2;

/** sp_help_alert: every alert; then, per alert with notifications, its e-mail and pager operators */
export async function loadAlerts(pool: ConnectionPool): Promise<AlertDefinition[]> {
  const rows = (await pool.request().execute<Row>(proc('sp_help_alert'))).recordset ?? [];
  const out: AlertDefinition[] = [];
  for (const r of rows) {
    const name = text(r, 'name');
    const has = int(r, 'has_notification');
    const emailOperatorIds = (has & EMAIL) !== 0 ? await notifiedOperators(pool, name, EMAIL) : [];
    const pagerOperatorIds = (has & PAGER) !== 0 ? await notifiedOperators(pool, name, PAGER) : [];
    const jobId = r['job_id'] === null || r['job_id'] === undefined ? null : guid(r, 'job_id');
    const type = int(r, 'type');
    const conditionText = type === PERFORMANCE_ALERT_TYPE ? nullableText(r, 'performance_condition') : null;
    out.push({
      id: int(r, 'id'), name, enabled: int(r, 'enabled') !== 0, messageId: int(r, 'message_id'), severity: int(r, 'severity'),
      delayBetweenResponses: int(r, 'delay_between_responses'), notificationMessage: nullableText(r, 'notification_message'),
      includeEventDescription: int(r, 'include_event_description'), databaseName: nullableText(r, 'database_name'),
      eventDescriptionKeyword: nullableText(r, 'event_description_keyword'),
      jobId: jobId === NO_JOB ? null : jobId, jobName: nullableText(r, 'job_name'),
      lastResponseMs: agentInstantMs(int(r, 'last_response_date'), int(r, 'last_response_time')),
      isEventAlert: type === EVENT_ALERT_TYPE, condition: conditionText === null ? null : parseCondition(conditionText), emailOperatorIds, pagerOperatorIds,
    });
  }
  return out;
}

async function notifiedOperators(pool: ConnectionPool, alertName: string, method: number): Promise<number[]> {
  const result = await pool.request()
    .input('object_type', sql.Char(9), 'OPERATORS').input('name', sql.NVarChar(128), alertName)
    .input('enum_type', sql.Char(10), 'ACTUAL').input('notification_method', sql.TinyInt, method)
    .execute<Row>(proc('sp_help_notification'));
  return (result.recordset ?? []).map((r) => int(r, 'operator_id'));
}

export async function loggedErrors(pool: ConnectionPool, afterId: number, maxRows = 100): Promise<{ events: LoggedEvent[]; newestId: number }> {
  const result = await pool.request()
    .input('after_id', sql.Int, afterId).input('max_rows', sql.Int, maxRows).output('newest_id', sql.Int)
    .execute<Row>(proc('sp_msxd_agent_logged_errors'));
  const events = (result.recordset ?? []).map((r) => ({
    logId: int(r, 'log_id'), messageId: int(r, 'message_id'), severity: int(r, 'severity'), state: int(r, 'state'),
    message: text(r, 'message'), databaseName: text(r, 'database_name'), loggedDate: int(r, 'logged_date'), loggedTime: int(r, 'logged_time'),
  }));
  return { events, newestId: Number(result.output['newest_id'] ?? 0) };
}

export async function alertFired(
  pool: ConnectionPool, alertId: number, occurrence: { date: number; time: number }, response: { date: number; time: number } | null,
): Promise<void> {
  await pool.request()
    .input('alert_id', sql.Int, alertId).input('occurrence_date', sql.Int, occurrence.date).input('occurrence_time', sql.Int, occurrence.time)
    .input('response_date', sql.Int, response?.date ?? null).input('response_time', sql.Int, response?.time ?? null)
    .execute(proc('sp_msxd_agent_alert_fired'));
}

/** every counter the node has, as performance-condition alerts name them */
export async function sampleCounters(pool: ConnectionPool): Promise<CounterSample[]> {
  const result = await pool.request().query<Row>(
    'SELECT object_name, counter_name, instance_name, cntr_value, cntr_type FROM msdb.dbo.sysalerts_performance_counters_view');
  return (result.recordset ?? []).map((r) => ({
    objectName: text(r, 'object_name'), counterName: text(r, 'counter_name'), instanceName: nullableText(r, 'instance_name') ?? '',
    value: Number(r['cntr_value']), type: int(r, 'cntr_type'),
  }));
}

export function alertPorts(pool: ConnectionPool): AlertPorts {
  return {
    sampleCounters: () => sampleCounters(pool),
    loadAlerts: () => loadAlerts(pool),
    loggedErrors: (afterId, maxRows) => loggedErrors(pool, afterId, maxRows),
    alertFired: (alertId, occurrence, response) => alertFired(pool, alertId, occurrence, response),
    replaceAlertTokens: () => replaceAlertTokens(pool),
  };
}

/** sp_get_sqlagent_properties' replace_alert_tokens_enabled (registry AlertReplaceRuntimeTokens) */
export async function replaceAlertTokens(pool: ConnectionPool): Promise<boolean> {
  const [row] = (await pool.request().execute<Row>(proc('sp_get_sqlagent_properties'))).recordset ?? [];
  return row !== undefined && int(row, 'replace_alert_tokens_enabled') !== 0;
}

/** an Agent yyyymmdd / hhmmss pair as epoch ms (0 for never) */
function agentInstantMs(date: number, time: number): number {
  if (date === 0) return 0;
  return civilToEpochMs({ date: dateFromInt(date), seconds: secondsFromHhmmss(time) });
}
