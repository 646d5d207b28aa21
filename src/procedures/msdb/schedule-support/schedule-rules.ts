// sp_verify_schedule: SQL Server's normalization and checks of a schedule's frequency, dates and
// times, as pure code over the values (no data needed). The first failing rule wins, in SQL
// Server's order; the result is the message to raise (the procedure then returns 1).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-add-schedule-transact-sql
import { formatMessage, messageDef } from '../../../errors/catalog';
import { FREQ_TYPE } from '../../../codes/schedule-codes';

export interface ScheduleFields {
  enabled: number;
  freqType: number;
  freqInterval: number;
  freqSubdayType: number;
  freqSubdayInterval: number;
  freqRelativeInterval: number;
  freqRecurrenceFactor: number;
  activeStartDate: number;
  activeEndDate: number;
  activeStartTime: number;
  activeEndTime: number;
}

/** A catalogue message and its arguments. */
export interface RuleError {
  readonly number: number;
  readonly args: readonly (string | number)[];
}

const FREQ_TYPES = [1, 4, 8, 16, 32, 64, 128];

function text(n: number, ...args: (string | number)[]): string {
  return formatMessage(messageDef(n)?.text ?? '', args);
}

/** 14278 "The schedule for this job is invalid (reason: %s)." */
function invalid(reason: string): RuleError {
  return { number: 14278, args: [reason] };
}

/** sp_verify_job_date: a real yyyymmdd from 1990-01-01 on. */
export function validDate(d: number): boolean {
  if (!Number.isInteger(d) || d < 19900101 || d > 99991231) return false;
  const y = Math.floor(d / 10000);
  const m = Math.floor(d / 100) % 100;
  const day = d % 100;
  if (m < 1 || m > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** sp_verify_job_time: hhmmss from 000000 to 235959. */
export function validTime(t: number): boolean {
  return Number.isInteger(t) && t >= 0 && t <= 235959 && Math.floor(t / 100) % 100 <= 59 && t % 100 <= 59;
}

/**
 * Normalizes `s` in place (values a frequency does not use become 0, as SQL Server stores them)
 * and returns the first rule it breaks, or undefined. The order is sp_verify_schedule's: enabled,
 * frequency type, an explicit bad sub-day type, the active dates and times (0 = the defaults),
 * then the frequency rules. A recurring schedule without a sub-day type runs once a day
 * (sub-day type 0 becomes 1, SQL Server's "safety net"). `today` replaces an active start date 0.
 */
export function verifySchedule(s: ScheduleFields, today?: number): RuleError | undefined {
  if (s.enabled !== 0 && s.enabled !== 1) return { number: 14266, args: ['@enabled', '0, 1'] };
  if (s.freqType === 2) return { number: 14295, args: [] };
  if (!FREQ_TYPES.includes(s.freqType)) return { number: 14266, args: ['@freq_type', '1, 4, 8, 16, 32, 64, 128'] };
  if (s.freqSubdayType !== 0 && ![1, 2, 4, 8].includes(s.freqSubdayType)) return { number: 14266, args: ['@freq_subday_type', '0x1, 0x2, 0x4, 0x8'] };
  if (s.activeStartDate === 0 && today !== undefined) s.activeStartDate = today;
  if (s.activeEndDate === 0) s.activeEndDate = 99991231;
  if (s.activeEndTime === 0) s.activeEndTime = 235959;
  if (!validDate(s.activeEndDate)) return { number: 14266, args: ['@active_end_date', '19900101..99991231'] };
  if (!validDate(s.activeStartDate)) return { number: 14266, args: ['@active_start_date', '19900101..99991231'] };
  if (s.activeEndDate < s.activeStartDate) return { number: 14288, args: ['@active_end_date', '@active_start_date'] };
  if (!validTime(s.activeEndTime)) return { number: 14266, args: ['@active_end_time', '000000..235959'] };
  if (!validTime(s.activeStartTime)) return { number: 14266, args: ['@active_start_time', '000000..235959'] };
  if (s.activeStartTime === s.activeEndTime && [2, 4, 8].includes(s.freqSubdayType)) {
    return { number: 14266, args: ['@active_end_time', text(14202)] };
  }
  if (s.freqType === FREQ_TYPE.ONCE || s.freqType === FREQ_TYPE.AGENT_START || s.freqType === FREQ_TYPE.IDLE) {
    s.freqInterval = 0;
    s.freqSubdayType = 0;
    s.freqSubdayInterval = 0;
    s.freqRelativeInterval = 0;
    s.freqRecurrenceFactor = 0;
    return undefined;
  }
  if (s.freqSubdayType === 0) s.freqSubdayType = 1;
  if (s.freqSubdayType === 1) s.freqSubdayInterval = 0;
  if ((s.freqSubdayType !== 1 && s.freqSubdayInterval < 1) || (s.freqSubdayType === 2 && s.freqSubdayInterval < 10)) {
    return invalid(text(14200, '@freq_subday_interval'));
  }
  if (s.freqType !== FREQ_TYPE.MONTHLY_RELATIVE) s.freqRelativeInterval = 0;
  switch (s.freqType) {
    case FREQ_TYPE.DAILY:
      s.freqRecurrenceFactor = 0;
      if (s.freqInterval < 1) return invalid(text(14572));
      break;
    case FREQ_TYPE.WEEKLY:
      if (s.freqInterval < 1 || s.freqInterval > 127) return invalid(text(14573));
      break;
    case FREQ_TYPE.MONTHLY:
      if (s.freqInterval < 1 || s.freqInterval > 31) return invalid(text(14574));
      break;
    case FREQ_TYPE.MONTHLY_RELATIVE:
      if (![1, 2, 4, 8, 16].includes(s.freqRelativeInterval)) return invalid(text(14575));
      if (s.freqInterval < 1 || s.freqInterval > 10) return invalid(text(14576));
      break;
    default:
      break;
  }
  if ((s.freqType === FREQ_TYPE.WEEKLY || s.freqType === FREQ_TYPE.MONTHLY || s.freqType === FREQ_TYPE.MONTHLY_RELATIVE)
    && s.freqRecurrenceFactor < 1) return invalid(text(14577));
  return undefined;
}

/** Today as yyyymmdd (the server's clock, as GETDATE() in SQL Server's procedures). */
export function todayInt(now = new Date()): number {
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}
