// Codes of msdb.dbo.sysschedules, as documented for sp_add_schedule (Transact-SQL).

export const FREQ_TYPE = {
  once: 1,
  daily: 4,
  weekly: 8,
  monthly: 16,
  monthlyRelative: 32,
  agentStart: 64,
  idle: 128,
} as const;
export type FreqType = (typeof FREQ_TYPE)[keyof typeof FREQ_TYPE];

export const FREQ_SUBDAY_TYPE = { atTime: 1, seconds: 2, minutes: 4, hours: 8 } as const;

/** Seconds per freq_subday_type unit (atTime has no unit). */
export const SUBDAY_UNIT_SECONDS: Readonly<Record<number, number>> = { 2: 1, 4: 60, 8: 3600 };

/** freq_relative_interval: 1 first, 2 second, 4 third, 8 fourth, 16 last. */
export const FREQ_RELATIVE = { first: 1, second: 2, third: 4, fourth: 8, last: 16 } as const;

/** Monthly relative freq_interval: 1 Sunday .. 7 Saturday, then these three. */
export const RELATIVE_DAY = { day: 8, weekday: 9, weekendDay: 10 } as const;

/** Weekly freq_interval bit for a day of week numbered 1 = Sunday .. 7 = Saturday. */
export function weekdayBit(sqlDayOfWeek: number): number {
  return 1 << (sqlDayOfWeek - 1);
}

/** One row of sysschedules as the agent needs it (ints exactly as stored). */
export interface ScheduleDefinition {
  readonly scheduleId: number;
  readonly name: string;
  readonly enabled: boolean;
  readonly freqType: number;
  readonly freqInterval: number;
  readonly freqSubdayType: number;
  readonly freqSubdayInterval: number;
  readonly freqRelativeInterval: number;
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

/** Defaults of sp_add_schedule, for building definitions in code and tests. */
export function scheduleDefaults(): Omit<ScheduleDefinition, 'scheduleId' | 'name' | 'freqType'> {
  return {
    enabled: true,
    freqInterval: 1,
    freqSubdayType: FREQ_SUBDAY_TYPE.atTime,
    freqSubdayInterval: 0,
    freqRelativeInterval: 0,
    freqRecurrenceFactor: 0,
    activeStartDate: 19900101,
    activeEndDate: 99991231,
    activeStartTime: 0,
    activeEndTime: 235959,
  };
}
