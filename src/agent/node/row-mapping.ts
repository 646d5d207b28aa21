// Result-set rows of the msdb procedures -> the agent's typed definitions. Column names are the
// procedures' own (sp_sqlagent_refresh_job, sp_help_jobstep @suffix = 0, sp_help_jobschedule,
// sp_help_operator); a missing or mistyped column is an error, not a silent default.
import type { JobStepDefinition } from '../runner/job-definition';
import type { ScheduleDefinition } from '../schedule/schedule-definition';
import type { OperatorRow } from '../notify/notify-decision';

export type Row = Record<string, unknown>;

export function int(row: Row, col: string): number {
  const v = row[col];
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  throw new Error(`column ${col}: expected a number, got ${v === null ? 'NULL' : typeof v}`);
}

export function text(row: Row, col: string): string {
  const v = row[col];
  if (typeof v === 'string') return v;
  throw new Error(`column ${col}: expected a string, got ${v === null ? 'NULL' : typeof v}`);
}

export function nullableText(row: Row, col: string): string | null {
  const v = row[col];
  return v === null || v === undefined ? null : text(row, col);
}

/** uniqueidentifier columns arrive as upper-case strings from tedious; compare case-insensitively. */
export function guid(row: Row, col: string): string {
  return text(row, col).toUpperCase();
}

/** One row of sp_sqlagent_refresh_job. */
export interface JobHeader {
  readonly jobId: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly startStepId: number;
  readonly owner: string;
  readonly notifyLevelEmail: number;
  readonly notifyEmailOperatorId: number;
  readonly notifyLevelEventlog: number;
  readonly notifyLevelPage: number;
  readonly notifyPageOperatorId: number;
  readonly deleteLevel: number;
  readonly versionNumber: number;
  /** Owned by the agent's own account (owner_sid 0xFFFFFFFF): sysadmin rights. */
  readonly agentAccount: boolean;
}

export function jobHeader(r: Row): JobHeader {
  return {
    jobId: guid(r, 'job_id'), name: text(r, 'name'), enabled: int(r, 'enabled') !== 0, startStepId: int(r, 'start_step_id'),
    owner: nullableText(r, 'owner') ?? '', notifyLevelEmail: int(r, 'notify_level_email'),
    notifyEmailOperatorId: int(r, 'notify_email_operator_id'), notifyLevelEventlog: int(r, 'notify_level_eventlog'),
    notifyLevelPage: int(r, 'notify_level_page'), notifyPageOperatorId: int(r, 'notify_page_operator_id'), deleteLevel: int(r, 'delete_level'), versionNumber: int(r, 'version_number'),
    agentAccount: r['agent_account'] !== null && r['agent_account'] !== undefined && int(r, 'agent_account') !== 0,
  };
}

export function jobStep(r: Row): JobStepDefinition {
  return {
    stepId: int(r, 'step_id'), stepName: text(r, 'step_name'), subsystem: text(r, 'subsystem'),
    command: nullableText(r, 'command') ?? '', databaseName: nullableText(r, 'database_name'),
    databaseUserName: nullableText(r, 'database_user_name'), cmdexecSuccessCode: int(r, 'cmdexec_success_code'),
    onSuccessAction: int(r, 'on_success_action'), onSuccessStepId: int(r, 'on_success_step_id'),
    onFailAction: int(r, 'on_fail_action'), onFailStepId: int(r, 'on_fail_step_id'),
    retryAttempts: int(r, 'retry_attempts'), retryInterval: int(r, 'retry_interval'),
    outputFileName: nullableText(r, 'output_file_name'), flags: int(r, 'flags'),
    proxyId: r['proxy_id'] === null || r['proxy_id'] === undefined ? null : int(r, 'proxy_id'),
  };
}

export function jobSchedule(r: Row): ScheduleDefinition {
  return {
    scheduleId: int(r, 'schedule_id'), name: text(r, 'schedule_name'), enabled: int(r, 'enabled') !== 0,
    freqType: int(r, 'freq_type'), freqInterval: int(r, 'freq_interval'), freqSubdayType: int(r, 'freq_subday_type'),
    freqSubdayInterval: int(r, 'freq_subday_interval'), freqRelativeInterval: int(r, 'freq_relative_interval'),
    freqRecurrenceFactor: int(r, 'freq_recurrence_factor'), activeStartDate: int(r, 'active_start_date'),
    activeEndDate: int(r, 'active_end_date'), activeStartTime: int(r, 'active_start_time'), activeEndTime: int(r, 'active_end_time'),
  };
}

export function operator(r: Row): OperatorRow {
  return {
    id: int(r, 'id'), name: text(r, 'name'), enabled: int(r, 'enabled') !== 0, emailAddress: nullableText(r, 'email_address'),
    pagerAddress: nullableText(r, 'pager_address'),
    pager: {
      pagerDays: int(r, 'pager_days'),
      weekdayStart: int(r, 'weekday_pager_start_time'), weekdayEnd: int(r, 'weekday_pager_end_time'),
      saturdayStart: int(r, 'saturday_pager_start_time'), saturdayEnd: int(r, 'saturday_pager_end_time'),
      sundayStart: int(r, 'sunday_pager_start_time'), sundayEnd: int(r, 'sunday_pager_end_time'),
    },
  };
}
