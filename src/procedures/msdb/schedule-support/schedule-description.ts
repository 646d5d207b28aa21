// sp_get_schedule_description: the English text sp_help_schedule / sp_help_jobschedule show with
// @include_description = 1, following the phrases of SQL Server's procedure ("Every 1 week(s) on
// Monday, Friday at 9:00"). Not verified character for character against a real server.
import { formatMessage, messageDef } from '../../../errors/catalog';
import { FREQ_TYPE } from '../../../codes/schedule-codes';
import type { ScheduleFields } from './schedule-rules';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const RELATIVE: Record<number, string> = { 1: 'first ', 2: 'second ', 4: 'third ', 8: 'fourth ', 16: 'last ' };

/** h:mm of an hhmmss int, as the procedure prints it */
function clock(t: number): string {
  return `${Math.floor(t / 10000)}:${String(Math.floor(t / 100) % 100).padStart(2, '0')}`;
}

function message(n: number, ...args: (string | number)[]): string {
  return formatMessage(messageDef(n)?.text ?? '', args);
}

export interface IdleSettings {
  readonly cpuPercent: number;
  readonly cpuDuration: number;
}

export function scheduleDescription(s: ScheduleFields, idle: IdleSettings = { cpuPercent: 10, cpuDuration: 600 }): string {
  let d: string;
  switch (s.freqType) {
    case FREQ_TYPE.ONCE:
      return `Once on ${s.activeStartDate} at ${clock(s.activeStartTime)}`;
    case FREQ_TYPE.AGENT_START:
      return message(14579);
    case FREQ_TYPE.IDLE:
      return message(14578, idle.cpuPercent, idle.cpuDuration);
    case FREQ_TYPE.DAILY:
      d = `Every ${s.freqInterval} day(s) `;
      break;
    case FREQ_TYPE.WEEKLY: {
      const days = DAYS.filter((_, i) => (s.freqInterval & (1 << i)) !== 0);
      d = `Every ${s.freqRecurrenceFactor} week(s) on ${days.join(', ')} `;
      break;
    }
    case FREQ_TYPE.MONTHLY:
      d = `Every ${s.freqRecurrenceFactor} months(s) on day ${s.freqInterval} of that month `;
      break;
    case FREQ_TYPE.MONTHLY_RELATIVE: {
      const day = s.freqInterval >= 1 && s.freqInterval <= 7 ? DAYS[s.freqInterval - 1]
        : s.freqInterval === 8 ? 'day' : s.freqInterval === 9 ? 'week day' : 'weekend day';
      d = `Every ${s.freqRecurrenceFactor} months(s) on the ${RELATIVE[s.freqRelativeInterval] ?? ''}${day} of that month `;
      break;
    }
    default:
      return '';
  }
  switch (s.freqSubdayType) {
    case 2: d += `every ${s.freqSubdayInterval} second(s) `; break;
    case 4: d += `every ${s.freqSubdayInterval} minute(s) `; break;
    case 8: d += `every ${s.freqSubdayInterval} hour(s) `; break;
    default: d += 'at '; break;
  }
  return [2, 4, 8].includes(s.freqSubdayType)
    ? `${d}between ${clock(s.activeStartTime)} and ${clock(s.activeEndTime)}`
    : `${d}${clock(s.activeStartTime)}`;
}

/** `CASE <idColumn> WHEN id THEN N'text' ... END` for the schedules given (T-SQL). */
export function descriptionCase(idColumn: string, schedules: readonly (ScheduleFields & { scheduleId: number })[], include: boolean): string {
  if (!include || schedules.length === 0) return `CONVERT(nvarchar(4000), ${lit(message(14549))})`;
  const whens = schedules.map((s) => `WHEN ${s.scheduleId} THEN ${lit(scheduleDescription(s))}`).join(' ');
  return `CONVERT(nvarchar(4000), CASE ${idColumn} ${whens} END)`;
}

function lit(s: string): string {
  return `N'${s.replace(/'/g, "''")}'`;
}
