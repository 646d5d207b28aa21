// A schedule as the agent runs it: one sysschedules row read from the node (sp_help_jobschedule).
// Its codes (FREQ_TYPE ...) are src/codes/schedule-codes.ts, the numbers the node stores.
import { FREQ_SUBDAY_TYPE, SCHEDULE_DEFAULTS } from '../../codes/schedule-codes';
import type { ScheduleTiming } from '../../codes/schedule-timing';

/** One row of sysschedules as the agent needs it (ints exactly as stored). */
export interface ScheduleDefinition extends ScheduleTiming {
  readonly scheduleId: number;
  readonly name: string;
  readonly enabled: boolean;
}

/** Defaults of sp_add_schedule, for building definitions in code and tests. */
export function scheduleDefaults(): Omit<ScheduleDefinition, 'scheduleId' | 'name' | 'freqType'> {
  return {
    enabled: true,
    freqInterval: 1,
    freqSubdayType: FREQ_SUBDAY_TYPE.AT_TIME,
    freqSubdayInterval: 0,
    freqRelativeInterval: 0,
    freqRecurrenceFactor: 0,
    activeStartDate: 19900101,
    activeEndDate: SCHEDULE_DEFAULTS.ACTIVE_END_DATE,
    activeStartTime: SCHEDULE_DEFAULTS.ACTIVE_START_TIME,
    activeEndTime: SCHEDULE_DEFAULTS.ACTIVE_END_TIME,
  };
}
