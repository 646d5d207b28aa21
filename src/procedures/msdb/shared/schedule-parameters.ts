// The schedule parameters SQL Server declares alike, in the same order, on sp_add_schedule,
// sp_add_jobschedule, sp_update_schedule and sp_update_jobschedule (@enabled .. @active_end_time).
// Only their defaults differ: the add procedures default to a schedule (sp_add_jobschedule with
// @freq_type = 1), the update procedures to NULL, which keeps the stored value.
import type { ProcedureArgs, ProcedureParameter } from '../../../engine/procedure-registry';
import type { NewSchedule } from '../schedule-support/add-schedule';
import { intArg, intParam, tinyintParam } from '../schedule-support/params';

export const SCHEDULE_PARAMETER_NAMES = [
  '@enabled', '@freq_type', '@freq_interval', '@freq_subday_type', '@freq_subday_interval',
  '@freq_relative_interval', '@freq_recurrence_factor', '@active_start_date', '@active_end_date',
  '@active_start_time', '@active_end_time',
] as const;

export type ScheduleParameterName = (typeof SCHEDULE_PARAMETER_NAMES)[number];
export type ScheduleDefaults = Readonly<Record<ScheduleParameterName, number | null>>;

/** sp_add_schedule's defaults */
export const ADD_SCHEDULE_DEFAULTS: ScheduleDefaults = {
  '@enabled': 1, '@freq_type': 0, '@freq_interval': 0, '@freq_subday_type': 0, '@freq_subday_interval': 0,
  '@freq_relative_interval': 0, '@freq_recurrence_factor': 0, '@active_start_date': null,
  '@active_end_date': 99991231, '@active_start_time': 0, '@active_end_time': 235959,
};

/** sp_add_jobschedule's defaults: sp_add_schedule's but a one-time schedule (@freq_type = 1) */
export const ADD_JOBSCHEDULE_DEFAULTS: ScheduleDefaults = { ...ADD_SCHEDULE_DEFAULTS, '@freq_type': 1 };

/** the update procedures' defaults: every one NULL */
export const UPDATE_SCHEDULE_DEFAULTS = Object.fromEntries(SCHEDULE_PARAMETER_NAMES.map((n) => [n, null])) as ScheduleDefaults;

/** `@enabled tinyint = d, @freq_type int = d, ...` in SQL Server's order */
export function scheduleParameters(defaults: ScheduleDefaults): ProcedureParameter[] {
  return SCHEDULE_PARAMETER_NAMES.map((n) => (n === '@enabled' ? tinyintParam : intParam)(n, defaults[n]));
}

type ScheduleArgFields = Omit<NewSchedule, 'name' | 'ownerLoginName' | 'scheduleUid' | 'originatingServer'>;

/** the add procedures' schedule arguments; NULL is 0 except @active_start_date (NULL: today) */
export function newScheduleFields(args: ProcedureArgs): ScheduleArgFields {
  const i = (n: ScheduleParameterName): number => intArg(args.value(n)) ?? 0;
  return {
    enabled: i('@enabled'), freqType: i('@freq_type'), freqInterval: i('@freq_interval'),
    freqSubdayType: i('@freq_subday_type'), freqSubdayInterval: i('@freq_subday_interval'),
    freqRelativeInterval: i('@freq_relative_interval'), freqRecurrenceFactor: i('@freq_recurrence_factor'),
    activeStartDate: intArg(args.value('@active_start_date')), activeEndDate: i('@active_end_date'),
    activeStartTime: i('@active_start_time'), activeEndTime: i('@active_end_time'),
  };
}
