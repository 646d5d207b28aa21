// The ten sysschedules columns that say when a schedule runs (sp_add_schedule's @freq_* and
// @active_*), as stored ints. The procedures read them from sysschedules, the agent from
// sp_help_jobschedule and from its master's job definitions; each row shape extends this one.

export interface ScheduleTiming {
  /** FREQ_TYPE */
  readonly freqType: number;
  /** days, a WEEKDAY_BIT mask, a day of month or a MONTHLY_RELATIVE_DAY, by freqType */
  readonly freqInterval: number;
  /** FREQ_SUBDAY_TYPE */
  readonly freqSubdayType: number;
  readonly freqSubdayInterval: number;
  /** FREQ_RELATIVE_INTERVAL */
  readonly freqRelativeInterval: number;
  /** weeks or months between runs */
  readonly freqRecurrenceFactor: number;
  /** yyyymmdd */
  readonly activeStartDate: number;
  /** yyyymmdd */
  readonly activeEndDate: number;
  /** hhmmss */
  readonly activeStartTime: number;
  /** hhmmss */
  readonly activeEndTime: number;
}
