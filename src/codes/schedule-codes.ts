// sysschedules codes (sp_add_schedule, sp_help_schedule, the Agent's scheduler).

/** freq_type */
export const FREQ_TYPE = {
  ONCE: 1,
  DAILY: 4,
  WEEKLY: 8,
  MONTHLY: 16,
  /** relative to freq_interval's day kind: "the 2nd Tuesday" */
  MONTHLY_RELATIVE: 32,
  /** when the Agent service starts */
  AGENT_START: 64,
  /** when the computer is idle */
  IDLE: 128,
} as const;
export type FreqType = (typeof FREQ_TYPE)[keyof typeof FREQ_TYPE];

/** freq_subday_type: the unit of freq_subday_interval */
export const FREQ_SUBDAY_TYPE = { AT_TIME: 1, SECONDS: 2, MINUTES: 4, HOURS: 8 } as const;
export type FreqSubdayType = (typeof FREQ_SUBDAY_TYPE)[keyof typeof FREQ_SUBDAY_TYPE];

/** seconds per freq_subday_type unit (AT_TIME has none) */
export const SUBDAY_UNIT_SECONDS: Readonly<Record<number, number>> = {
  [FREQ_SUBDAY_TYPE.SECONDS]: 1,
  [FREQ_SUBDAY_TYPE.MINUTES]: 60,
  [FREQ_SUBDAY_TYPE.HOURS]: 3600,
};

/** freq_relative_interval (monthly relative) */
export const FREQ_RELATIVE_INTERVAL = { FIRST: 1, SECOND: 2, THIRD: 4, FOURTH: 8, LAST: 16 } as const;

/** freq_interval of a weekly schedule: a bit mask of days (message 14573) */
export const WEEKDAY_BIT = {
  SUNDAY: 1, MONDAY: 2, TUESDAY: 4, WEDNESDAY: 8, THURSDAY: 16, FRIDAY: 32, SATURDAY: 64,
} as const;

/** WEEKDAY_BIT of a day numbered as DATEPART(weekday) with DATEFIRST 7: 1 = Sunday .. 7 = Saturday */
export function weekdayBit(sqlDayOfWeek: number): number {
  return 1 << (sqlDayOfWeek - 1);
}

/** freq_interval of a monthly-relative schedule (message 14576) */
export const MONTHLY_RELATIVE_DAY = {
  SUNDAY: 1, MONDAY: 2, TUESDAY: 3, WEDNESDAY: 4, THURSDAY: 5, FRIDAY: 6, SATURDAY: 7,
  DAY: 8, WEEKDAY: 9, WEEKEND_DAY: 10,
} as const;

/** sp_add_schedule defaults: active until 9999-12-31, all day */
export const SCHEDULE_DEFAULTS = {
  ACTIVE_END_DATE: 99991231,
  ACTIVE_START_TIME: 0,
  ACTIVE_END_TIME: 235959,
} as const;
