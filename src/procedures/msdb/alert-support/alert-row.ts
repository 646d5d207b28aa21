// One sysalerts row as the alert procedures read it (sp_update_alert's @x_ values).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { nlit, queryRow, type Row } from '../shared/index';

export interface AlertRow {
  readonly id: number;
  readonly enabled: number;
  readonly messageId: number;
  readonly severity: number;
  readonly delayBetweenResponses: number;
  readonly notificationMessage: string | null;
  readonly includeEventDescription: number;
  readonly databaseName: string | null;
  readonly eventDescriptionKeyword: string | null;
  readonly occurrenceCount: number;
  readonly countResetDate: number;
  readonly countResetTime: number;
  /** the job when sysjobs_view shows it to the caller (sp_update_alert's join), else null */
  readonly jobId: string | null;
  readonly lastOccurrenceDate: number;
  readonly lastOccurrenceTime: number;
  readonly lastResponseDate: number;
  readonly lastResponseTime: number;
  readonly flags: number;
  readonly performanceCondition: string | null;
  readonly categoryName: string | null;
  readonly eventId: number | null;
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export async function alertByName(ctx: ProcedureContext, name: string): Promise<AlertRow | undefined> {
  const r: Row | undefined = await queryRow(ctx, `SELECT sa.id, sa.enabled, sa.message_id, sa.severity, sa.delay_between_responses,
  sa.notification_message, sa.include_event_description, sa.database_name, sa.event_description_keyword, sa.occurrence_count,
  sa.count_reset_date, sa.count_reset_time, CONVERT(nvarchar(36), sjv.job_id) AS job_id, sa.last_occurrence_date,
  sa.last_occurrence_time, sa.last_response_date, sa.last_response_time, sa.flags, sa.performance_condition,
  sc.name AS category_name, sa.event_id
FROM msdb.dbo.sysalerts AS sa
  LEFT OUTER JOIN msdb.dbo.sysjobs_view AS sjv ON sa.job_id = sjv.job_id
  LEFT OUTER JOIN msdb.dbo.syscategories AS sc ON sa.category_id = sc.category_id
WHERE sa.name = ${nlit(name)}`);
  if (!r) return undefined;
  return {
    id: Number(r.id), enabled: Number(r.enabled), messageId: Number(r.message_id), severity: Number(r.severity),
    delayBetweenResponses: Number(r.delay_between_responses), notificationMessage: str(r.notification_message),
    includeEventDescription: Number(r.include_event_description), databaseName: str(r.database_name),
    eventDescriptionKeyword: str(r.event_description_keyword), occurrenceCount: Number(r.occurrence_count),
    countResetDate: Number(r.count_reset_date), countResetTime: Number(r.count_reset_time),
    jobId: r.job_id === null || r.job_id === undefined ? null : String(r.job_id).toUpperCase(),
    lastOccurrenceDate: Number(r.last_occurrence_date), lastOccurrenceTime: Number(r.last_occurrence_time),
    lastResponseDate: Number(r.last_response_date), lastResponseTime: Number(r.last_response_time), flags: Number(r.flags),
    performanceCondition: str(r.performance_condition), categoryName: str(r.category_name),
    eventId: r.event_id === null || r.event_id === undefined ? null : Number(r.event_id),
  };
}
