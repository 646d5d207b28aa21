// sp_add_alert: a new alert (sysadmin only: 15003), checked as sp_verify_alert checks it, 14501
// when another alert watches the same condition; the agent hears of it ('A', 'I').
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-alert-transact-sql
// A performance condition is checked as sp_verify_performance_condition checks it (14507, 14262:
// alert-support/verify-performance-condition.ts); the agent fires those alerts. WMI alerts are
// stored as SQL Server stores them but never fire (msxd has no WMI).
import type { ProcedureDefinition } from '../../engine/procedure-registry';
import { ALERT_CATEGORY_DEFAULT, NO_JOB_ID, WMI_EVENT_ID } from './alert-support/alert-codes';
import { duplicateAlert } from './alert-support/duplicate-alert';
import { verifyAlert } from './alert-support/verify-alert';
import { INT, SYSNAME, TINYINT, UNIQUEIDENTIFIER, nvarchar } from './job-support/param-types';
import { queueNotification } from './schedule-support/notify-queue';
import { execSql, glit, ilit, nlit, queryRow, raiseWith, trimmed } from './shared/index';

export const spAddAlert: ProcedureDefinition = {
  name: 'sp_add_alert',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@name', type: SYSNAME },
    { name: '@message_id', type: INT, default: 0 },
    { name: '@severity', type: INT, default: 0 },
    { name: '@enabled', type: TINYINT, default: 1 },
    { name: '@delay_between_responses', type: INT, default: 0 },
    { name: '@notification_message', type: nvarchar(512), default: null },
    { name: '@include_event_description_in', type: TINYINT, default: 5 },
    { name: '@database_name', type: SYSNAME, default: null },
    { name: '@event_description_keyword', type: nvarchar(100), default: null },
    { name: '@job_id', type: UNIQUEIDENTIFIER, default: null },
    { name: '@job_name', type: SYSNAME, default: null },
    { name: '@raise_snmp_trap', type: TINYINT, default: 0 },
    { name: '@performance_condition', type: nvarchar(512), default: null },
    { name: '@category_name', type: SYSNAME, default: null },
    { name: '@wmi_namespace', type: nvarchar(512), default: null },
    { name: '@wmi_query', type: nvarchar(512), default: null },
  ],
  async run(ctx, args) {
    const name = String(args.value('@name') ?? '').trim();
    const v = (p: string): string | undefined => trimmed(args.value(p));
    const n = (p: string): number => Number(args.value(p) ?? 0);
    if (!ctx.isSysadmin) return raiseWith(ctx, 15003, 16, 'sysadmin');
    const rawJobId = args.value('@job_id') === null ? null : String(args.value('@job_id')).toUpperCase();
    let jobName: string | null = v('@job_name') ?? null;
    let jobId = rawJobId;
    // a job_id of 0x00 means "no job"
    if (jobId === NO_JOB_ID) { jobId = null; if (jobName === null) jobName = ''; }
    let categoryName = v('@category_name');
    if (categoryName === undefined) {
      const c = await queryRow(ctx, `SELECT name FROM msdb.dbo.syscategories WHERE category_id = ${ALERT_CATEGORY_DEFAULT}`);
      categoryName = c ? String(c.name) : '[DEFAULT]';
    }
    const spec = {
      name, messageId: n('@message_id'), severity: n('@severity'), enabled: n('@enabled'),
      delayBetweenResponses: n('@delay_between_responses'), includeEventDescription: n('@include_event_description_in'),
      databaseName: v('@database_name'), eventDescriptionKeyword: v('@event_description_keyword'), jobId, jobName,
      occurrenceCount: 0, raiseSnmpTrap: n('@raise_snmp_trap'), performanceCondition: v('@performance_condition'),
      categoryName, countResetDate: 0, countResetTime: 0, wmiNamespace: v('@wmi_namespace'), wmiQuery: v('@wmi_query'),
    };
    const verified = await verifyAlert(ctx, spec);
    if (!verified) return 1;
    const wmi = verified.eventId === WMI_EVENT_ID;
    const databaseName = wmi ? spec.wmiNamespace : spec.databaseName;
    const performanceCondition = wmi ? spec.wmiQuery : spec.performanceCondition;
    const duplicate = await duplicateAlert(ctx, { ...spec, databaseName, performanceCondition });
    if (duplicate !== undefined) return raiseWith(ctx, 14501, 16, duplicate);
    const ok = await execSql(ctx, `INSERT INTO msdb.dbo.sysalerts (name, event_source, event_category_id, event_id, message_id, severity,
  enabled, delay_between_responses, last_occurrence_date, last_occurrence_time, last_response_date, last_response_time,
  notification_message, include_event_description, database_name, event_description_keyword, occurrence_count,
  count_reset_date, count_reset_time, job_id, has_notification, flags, performance_condition, category_id)
VALUES (${nlit(name)}, ISNULL(N'MSSQL$' + CONVERT(sysname, SERVERPROPERTY('InstanceName')), N'MSSQLSERVER'), NULL, ${ilit(verified.eventId)},
  ${ilit(spec.messageId)}, ${ilit(spec.severity)}, ${ilit(spec.enabled)}, ${ilit(spec.delayBetweenResponses)}, 0, 0, 0, 0,
  ${nlit(v('@notification_message'))}, ${ilit(spec.includeEventDescription)}, ${nlit(databaseName)}, ${nlit(spec.eventDescriptionKeyword)},
  0, 0, 0, ${glit(verified.jobId ?? NO_JOB_ID)}, 0, ${ilit(spec.raiseSnmpTrap)}, ${nlit(performanceCondition)}, ${ilit(verified.categoryId)});`);
    if (!ok) return 1;
    const row = await queryRow(ctx, `SELECT id FROM msdb.dbo.sysalerts WHERE name = ${nlit(name)}`);
    await queueNotification(ctx, { opType: 'A', actionType: 'I', alertId: row ? Number(row.id) : null });
    return 0;
  },
};
