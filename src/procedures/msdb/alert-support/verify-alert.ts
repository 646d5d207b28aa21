// sp_verify_alert: the checks sp_add_alert and sp_update_alert share, in SQL Server's order
// (msdb's body of sp_verify_alert). Resolves the alert's job id ('' none), category id and event
// id, or undefined after raising (the caller returns 1).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-alert-transact-sql
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { messageDef } from '../../../errors/catalog';
import { verifyJobTime } from '../job-support/verify-operator';
import { validDate } from '../schedule-support/schedule-rules';
import { callerOf, nlit, ownsJob, queryRow, raise, raiseWith, verifyJobIdentifiers, glit } from '../shared/index';
import { ALERT_CATEGORY_DEFAULT, WMI_EVENT_ID } from './alert-codes';
import { verifyPerformanceCondition } from './verify-performance-condition';

export interface AlertSpec {
  /** undefined: sp_update_alert without @new_name (no uniqueness check) */
  readonly name: string | undefined;
  readonly messageId: number;
  readonly severity: number;
  readonly enabled: number;
  readonly delayBetweenResponses: number;
  readonly includeEventDescription: number;
  readonly databaseName: string | undefined;
  readonly eventDescriptionKeyword: string | undefined;
  readonly jobId: string | null;
  /** '' = no job (sp_update_alert's way to drop the job) */
  readonly jobName: string | null;
  readonly occurrenceCount: number;
  readonly raiseSnmpTrap: number;
  readonly performanceCondition: string | undefined;
  readonly categoryName: string | undefined;
  readonly countResetDate: number;
  readonly countResetTime: number;
  readonly wmiNamespace: string | undefined;
  readonly wmiQuery: string | undefined;
}

export interface VerifiedAlert {
  /** upper-case GUID text; undefined: no job */
  readonly jobId: string | undefined;
  readonly categoryId: number;
  /** 8 for a WMI alert, else null */
  readonly eventId: number | null;
}

const CHECKS_FAILED = undefined;

export async function verifyAlert(ctx: ProcedureContext, a: AlertSpec): Promise<VerifiedAlert | undefined> {
  const fail = async (n: number, ...args: (string | number | null)[]): Promise<undefined> => { await raiseWith(ctx, n, 16, ...args); return CHECKS_FAILED; };
  if (!ctx.isSysadmin) return fail(15003, 'sysadmin');
  if (a.name !== undefined && await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysalerts WHERE name = ${nlit(a.name)}`)) {
    return fail(14261, '@name', a.name);
  }
  const perf = a.performanceCondition !== undefined;
  const wmiBoth = a.wmiNamespace !== undefined && a.wmiQuery !== undefined;
  const wmiAny = a.wmiNamespace !== undefined || a.wmiQuery !== undefined;
  const msg = a.messageId !== 0;
  const sev = a.severity !== 0;
  if ((!perf && !msg && !sev && !wmiBoth) || (perf && (msg || sev || wmiAny)) || (msg && (perf || sev || wmiAny)) || (sev && (perf || msg || wmiAny))) {
    return fail(14500);
  }
  if (a.severity < 0 || a.severity > 25) return fail(14266, '@severity', '0..25');
  // 50000: RAISERROR with a message text rather than a number. sys.messages holds the catalogue
  // (what this node can raise) and the user-defined messages of sp_addmessage.
  if (a.messageId !== 50000 && msg
    && !await queryRow(ctx, `SELECT 1 AS x FROM sys.messages WHERE message_id = ${Math.trunc(a.messageId)}`)) {
    return fail(14262, '@message_id', String(a.messageId));
  }
  if (a.enabled !== 0 && a.enabled !== 1) return fail(14266, '@enabled', '0, 1');
  if (a.delayBetweenResponses < 0) return fail(14266, '@delay_between_responses', messageDef(14206)!.text);
  if (a.includeEventDescription < 0 || a.includeEventDescription > 7) {
    return fail(14266, '@include_event_description_in', messageDef(14208)!.text);
  }
  if (a.databaseName !== undefined && !await queryRow(ctx, `SELECT 1 AS x WHERE DB_ID(${nlit(a.databaseName)}) IS NOT NULL`)) {
    return fail(15010, a.databaseName);
  }
  let jobId: string | undefined;
  if (a.jobId !== null || a.jobName !== null) {
    if (a.jobName !== '') {
      const job = await verifyJobIdentifiers(ctx, { nameParameter: '@job_name', idParameter: '@job_id', jobName: a.jobName, jobId: a.jobId });
      if (!job) return CHECKS_FAILED;
      if (!ownsJob(await callerOf(ctx), job) && !ctx.isSysadmin) { await raise(ctx, 14525); return CHECKS_FAILED; }
      if (!await queryRow(ctx, `SELECT 1 AS x FROM msdb.dbo.sysjobservers WHERE job_id = ${glit(job.jobId)} AND server_id = 0`)) {
        await raise(ctx, 14527, job.name);
        return CHECKS_FAILED;
      }
      jobId = job.jobId;
    }
  }
  if (a.occurrenceCount < 0) return fail(14266, '@occurrence_count', '0..n');
  if (a.raiseSnmpTrap !== 0 && a.raiseSnmpTrap !== 1) return fail(14266, '@raise_snmp_trap', '0, 1');
  if (a.performanceCondition !== undefined) {
    for (const [p, v] of [['@database_name', a.databaseName], ['@event_description_keyword', a.eventDescriptionKeyword],
      ['@wmi_namespace', a.wmiNamespace], ['@wmi_query', a.wmiQuery]] as const) {
      if (v !== undefined) return fail(14505, p);
    }
    if (!await verifyPerformanceCondition(ctx, a.performanceCondition)) return CHECKS_FAILED;
  }
  const categoryId = await alertCategoryId(ctx, a.categoryName);
  if (categoryId === undefined) { await raise(ctx, 14262, '@category_name', a.categoryName ?? null); return CHECKS_FAILED; }
  if (a.countResetDate !== 0 && !validDate(a.countResetDate)) return fail(14266, '@count_reset_date', '19900101..99991231');
  if (a.countResetTime !== 0 && !await verifyJobTime(ctx, a.countResetTime, '@count_reset_time')) return CHECKS_FAILED;
  return { jobId, categoryId, eventId: wmiBoth ? WMI_EVENT_ID : null };
}

/** '[DEFAULT]' = 98; otherwise an alert category (class 2, type 3) by name */
async function alertCategoryId(ctx: ProcedureContext, name: string | undefined): Promise<number | undefined> {
  if (name === '[DEFAULT]') return ALERT_CATEGORY_DEFAULT;
  if (name === undefined) return undefined;
  const c = await queryRow(ctx, `SELECT category_id FROM msdb.dbo.syscategories WHERE category_class = 2 AND category_type = 3 AND name = ${nlit(name)}`);
  return c ? Number(c.category_id) : undefined;
}
