// The body of sp_update_schedule, shared with sp_update_jobschedule: NULL arguments keep the
// stored value; the merged schedule is checked as sp_verify_schedule does; the owner may change
// only for sysadmin (14366). Local jobs using the schedule are told (S/U notifications).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql, raise } from '../shared/agent-sql';
import { loginSid } from '../shared/caller';
import { ilit, nlit } from '../shared/sql-text';
import type { AgentRoles } from './agent-roles';
import { postScheduleChange } from './attach';
import { notifyScheduleJobs } from './notify-queue';
import type { ScheduleRow } from './schedule-lookup';
import { verifySchedule, type ScheduleFields } from './schedule-rules';

export interface ScheduleChanges {
  readonly newName: string | null;
  readonly ownerLoginName: string | null;
  readonly fields: { readonly [K in keyof ScheduleFields]: number | null };
  readonly automaticPost: boolean;
}

/** 14394 unless the caller owns the schedule or is sysadmin; resolves false after raising. */
export async function requireScheduleOwner(ctx: ProcedureContext, roles: AgentRoles, s: ScheduleRow): Promise<boolean> {
  if (roles.isSysadmin || roles.sid.toUpperCase() === s.ownerSid.toUpperCase()) return true;
  await raise(ctx, 14394);
  return false;
}

/** Resolves to the procedure's return code. */
export async function updateSchedule(ctx: ProcedureContext, roles: AgentRoles, s: ScheduleRow, c: ScheduleChanges): Promise<number> {
  if (!await requireScheduleOwner(ctx, roles, s)) return 1;
  let ownerSid = s.ownerSid;
  const owner = c.ownerLoginName?.trim() || null;
  if (owner !== null) {
    const sid = await loginSid(ctx, owner);
    if (sid === undefined) return raise(ctx, 14262, '@owner_login_name', owner);
    if (sid.toUpperCase() !== s.ownerSid.toUpperCase() && !roles.isSysadmin) return raise(ctx, 14366);
    ownerSid = sid;
  }
  const f = c.fields;
  const merged: ScheduleFields = {
    enabled: f.enabled ?? s.enabled,
    freqType: f.freqType ?? s.freqType,
    freqInterval: f.freqInterval ?? s.freqInterval,
    freqSubdayType: f.freqSubdayType ?? s.freqSubdayType,
    freqSubdayInterval: f.freqSubdayInterval ?? s.freqSubdayInterval,
    freqRelativeInterval: f.freqRelativeInterval ?? s.freqRelativeInterval,
    freqRecurrenceFactor: f.freqRecurrenceFactor ?? s.freqRecurrenceFactor,
    activeStartDate: f.activeStartDate ?? s.activeStartDate,
    activeEndDate: f.activeEndDate ?? s.activeEndDate,
    activeStartTime: f.activeStartTime ?? s.activeStartTime,
    activeEndTime: f.activeEndTime ?? s.activeEndTime,
  };
  const broken = verifySchedule(merged);
  if (broken) return raise(ctx, broken.number, ...broken.args);
  const name = c.newName?.trim() || s.name;
  await execSql(ctx, `UPDATE msdb.dbo.sysschedules
SET name = ${nlit(name)}, owner_sid = ${ownerSid}, enabled = ${ilit(merged.enabled)}, freq_type = ${ilit(merged.freqType)},
    freq_interval = ${ilit(merged.freqInterval)}, freq_subday_type = ${ilit(merged.freqSubdayType)},
    freq_subday_interval = ${ilit(merged.freqSubdayInterval)}, freq_relative_interval = ${ilit(merged.freqRelativeInterval)},
    freq_recurrence_factor = ${ilit(merged.freqRecurrenceFactor)}, active_start_date = ${ilit(merged.activeStartDate)},
    active_end_date = ${ilit(merged.activeEndDate)}, active_start_time = ${ilit(merged.activeStartTime)},
    active_end_time = ${ilit(merged.activeEndTime)}, date_modified = GETDATE(), version_number = ${ilit(s.versionNumber + 1)}
WHERE schedule_id = ${ilit(s.scheduleId)};`);
  await notifyScheduleJobs(ctx, s.scheduleId, 'U');
  await postScheduleChange(ctx, s.scheduleId, c.automaticPost);
  return 0;
}

/** The schedule fields of sp_update_schedule's arguments (NULL = unchanged). */
export function changedFields(get: (name: string) => number | null): ScheduleChanges['fields'] {
  return {
    enabled: get('@enabled'), freqType: get('@freq_type'), freqInterval: get('@freq_interval'),
    freqSubdayType: get('@freq_subday_type'), freqSubdayInterval: get('@freq_subday_interval'),
    freqRelativeInterval: get('@freq_relative_interval'), freqRecurrenceFactor: get('@freq_recurrence_factor'),
    activeStartDate: get('@active_start_date'), activeEndDate: get('@active_end_date'),
    activeStartTime: get('@active_start_time'), activeEndTime: get('@active_end_time'),
  };
}

/** The frequency parameters sp_update_schedule and sp_update_jobschedule share, all = NULL. */
export const FIELD_PARAMETERS = ['@enabled', '@freq_type', '@freq_interval', '@freq_subday_type', '@freq_subday_interval',
  '@freq_relative_interval', '@freq_recurrence_factor', '@active_start_date', '@active_end_date',
  '@active_start_time', '@active_end_time'] as const;
