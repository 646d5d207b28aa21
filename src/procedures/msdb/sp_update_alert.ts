// sp_update_alert: changes an alert (sysadmin only: 15003; 14262 unknown). Counters and dates can
// only be reset to 0 (14266); omitted parameters keep their values; the result is checked as
// sp_verify_alert checks a new alert, and 14501 when another alert watches the new condition.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-update-alert-transact-sql
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import type { SqlValue } from '../../types/values';
import { ALERT_CATEGORY_DEFAULT, NO_JOB_ID, WMI_EVENT_ID } from './alert-support/alert-codes';
import { alertByName } from './alert-support/alert-row';
import { duplicateAlert } from './alert-support/duplicate-alert';
import { verifyAlert } from './alert-support/verify-alert';
import { INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import { queueNotification } from './schedule-support/notify-queue';
import { execSql, glit, ilit, nlit, queryRow, raise, raiseWith } from './shared/index';

const RESET_ONLY = ['@occurrence_count', '@last_occurrence_date', '@last_occurrence_time', '@last_response_date', '@last_response_time'] as const;
/** parameters whose change the agent must hear of (it caches them) */
const CACHED = ['@new_name', '@enabled', '@message_id', '@severity', '@delay_between_responses', '@notification_message',
  '@include_event_description_in', '@database_name', '@event_description_keyword', '@job_id', '@job_name', '@last_response_date',
  '@last_response_time', '@raise_snmp_trap', '@performance_condition', '@wmi_namespace', '@wmi_query'] as const;

export const spUpdateAlert: ProcedureDefinition = {
  name: 'sp_update_alert',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@name', type: SYSNAME },
    { name: '@new_name', type: SYSNAME, default: null },
    { name: '@enabled', type: TINYINT, default: null },
    { name: '@message_id', type: INT, default: null },
    { name: '@severity', type: INT, default: null },
    { name: '@delay_between_responses', type: INT, default: null },
    { name: '@notification_message', type: nvarchar(512), default: null },
    { name: '@include_event_description_in', type: TINYINT, default: null },
    { name: '@database_name', type: SYSNAME, default: null },
    { name: '@event_description_keyword', type: nvarchar(100), default: null },
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@occurrence_count', type: INT, default: null },
    { name: '@count_reset_date', type: INT, default: null },
    { name: '@count_reset_time', type: INT, default: null },
    { name: '@last_occurrence_date', type: INT, default: null },
    { name: '@last_occurrence_time', type: INT, default: null },
    { name: '@last_response_date', type: INT, default: null },
    { name: '@last_response_time', type: INT, default: null },
    { name: '@raise_snmp_trap', type: TINYINT, default: null },
    { name: '@performance_condition', type: nvarchar(512), default: null },
    { name: '@category_name', type: SYSNAME, default: null },
    { name: '@wmi_namespace', type: SYSNAME, default: null },
    { name: '@wmi_query', type: nvarchar(512), default: null },
  ],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    /** trimmed text; null when not supplied (NULL), '' kept: it means "clear" */
    const t = (p: string): string | null => { const x: SqlValue = args.value(p); return x === null ? null : String(x).trim(); };
    const num = (p: string): number | null => (args.value(p) === null ? null : Number(args.value(p)));
    const cachedChange = CACHED.some((p) => args.value(p) !== null);
    let jobId = args.value('@job_id') === null ? null : String(args.value('@job_id')).toUpperCase();
    let jobName = t('@job_name');
    if (jobId === NO_JOB_ID && jobName === null) jobName = '';
    if (!ctx.isSysadmin) return raiseWith(ctx, 15003, 16, 'sysadmin');
    const x = await alertByName(ctx, name);
    if (!x) return raiseWith(ctx, 14262, 16, '@name', name);
    for (const p of RESET_ONLY) {
      if (num(p) !== null && num(p) !== 0) return raise(ctx, 14266, p, '0');
    }
    const wmiAlert = x.eventId === WMI_EVENT_ID;
    const keep = <T>(value: T | null, existing: T): T => (value === null ? existing : value);
    const wmiNamespace = t('@wmi_namespace') ?? (wmiAlert ? x.databaseName : null);
    const wmiQuery = t('@wmi_query') ?? (wmiAlert ? x.performanceCondition : null);
    const databaseName = t('@database_name') ?? (wmiAlert ? null : x.databaseName);
    const performanceCondition = t('@performance_condition') ?? (wmiAlert ? null : x.performanceCondition);
    if (jobId === null && jobName === null) jobId = x.jobId;
    let categoryName = t('@category_name') ?? x.categoryName;
    if (categoryName === null) {
      const c = await queryRow(ctx, `SELECT name FROM msdb.dbo.syscategories WHERE category_id = ${ALERT_CATEGORY_DEFAULT}`);
      categoryName = c ? String(c.name) : null;
    }
    const blank = (s: string | null): string | undefined => (s === null || s === '' ? undefined : s);
    const newName = blank(t('@new_name'));
    if (jobId === NO_JOB_ID) jobId = null;
    const spec = {
      name: newName, messageId: keep(num('@message_id'), x.messageId), severity: keep(num('@severity'), x.severity),
      enabled: keep(num('@enabled'), x.enabled), delayBetweenResponses: keep(num('@delay_between_responses'), x.delayBetweenResponses),
      includeEventDescription: keep(num('@include_event_description_in'), x.includeEventDescription),
      databaseName: blank(databaseName), eventDescriptionKeyword: blank(t('@event_description_keyword') ?? x.eventDescriptionKeyword),
      jobId, jobName, occurrenceCount: keep(num('@occurrence_count'), x.occurrenceCount),
      raiseSnmpTrap: keep(num('@raise_snmp_trap'), x.flags & 1), performanceCondition: blank(performanceCondition),
      categoryName: blank(categoryName), countResetDate: keep(num('@count_reset_date'), x.countResetDate),
      countResetTime: keep(num('@count_reset_time'), x.countResetTime), wmiNamespace: blank(wmiNamespace), wmiQuery: blank(wmiQuery),
    };
    const verified = await verifyAlert(ctx, spec);
    if (!verified) return 1;
    const flags = spec.raiseSnmpTrap === 0 ? x.flags & 0xfffe : x.flags | 1;
    const wmi = verified.eventId === WMI_EVENT_ID;
    const storedDatabase = wmi ? spec.wmiNamespace : spec.databaseName;
    const storedCondition = wmi ? spec.wmiQuery : spec.performanceCondition;
    const duplicate = await duplicateAlert(ctx, { ...spec, databaseName: storedDatabase, performanceCondition: storedCondition }, name);
    if (duplicate !== undefined) return raiseWith(ctx, 14501, 16, duplicate);
    const ok = await execSql(ctx, `UPDATE msdb.dbo.sysalerts SET name = ${nlit(newName ?? name)}, message_id = ${ilit(spec.messageId)},
  severity = ${ilit(spec.severity)}, enabled = ${ilit(spec.enabled)}, delay_between_responses = ${ilit(spec.delayBetweenResponses)},
  notification_message = ${nlit(blank(t('@notification_message') ?? x.notificationMessage))},
  include_event_description = ${ilit(spec.includeEventDescription)}, database_name = ${nlit(storedDatabase)},
  event_description_keyword = ${nlit(spec.eventDescriptionKeyword)}, job_id = ${glit(verified.jobId ?? NO_JOB_ID)},
  occurrence_count = ${ilit(spec.occurrenceCount)}, count_reset_date = ${ilit(spec.countResetDate)}, count_reset_time = ${ilit(spec.countResetTime)},
  last_occurrence_date = ${ilit(keep(num('@last_occurrence_date'), x.lastOccurrenceDate))},
  last_occurrence_time = ${ilit(keep(num('@last_occurrence_time'), x.lastOccurrenceTime))},
  last_response_date = ${ilit(keep(num('@last_response_date'), x.lastResponseDate))},
  last_response_time = ${ilit(keep(num('@last_response_time'), x.lastResponseTime))},
  flags = ${ilit(flags)}, performance_condition = ${nlit(storedCondition)}, category_id = ${ilit(verified.categoryId)},
  event_id = ${ilit(verified.eventId)}
WHERE name = ${nlit(name)};`);
    if (!ok) return 1;
    if (cachedChange) await queueNotification(ctx, { opType: 'A', actionType: 'U', alertId: x.id });
    return 0;
  },
};
