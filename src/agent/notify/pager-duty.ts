// Whether an operator is on pager duty at a moment, as sp_add_operator defines the schedule:
// pager_days is a bit mask of the days (1 Sunday, 2 Monday, 4 Tuesday, 8 Wednesday, 16 Thursday,
// 32 Friday, 64 Saturday); Monday to Friday use the weekday start/end times, Saturday and Sunday
// their own (HHMMSS integers, both ends included). "If the end page time is less than the start
// page time, the interval is calculated so that paging occurs through 12:00 A.M." (SQL-DMO's
// Operator.SaturdayPagerEndTime): such a day is on duty from its start time until midnight;
// the next morning is that day's own window. The moment is the agent's civil clock (UTC for
// msxd, as its job history), where SQL Server uses the server's local time.

export interface PagerSchedule {
  readonly pagerDays: number;
  readonly weekdayStart: number;
  readonly weekdayEnd: number;
  readonly saturdayStart: number;
  readonly saturdayEnd: number;
  readonly sundayStart: number;
  readonly sundayEnd: number;
}

export const PAGER_DAY = {
  sunday: 1, monday: 2, tuesday: 4, wednesday: 8, thursday: 16, friday: 32, saturday: 64,
} as const;

/** `epochMs` read as civil time (UTC fields): is the operator on duty? */
export function onPagerDuty(s: PagerSchedule, epochMs: number): boolean {
  const d = new Date(epochMs);
  const weekday = d.getUTCDay();
  if ((s.pagerDays & (1 << weekday)) === 0) return false;
  const [start, end] = weekday === 0 ? [s.sundayStart, s.sundayEnd]
    : weekday === 6 ? [s.saturdayStart, s.saturdayEnd]
      : [s.weekdayStart, s.weekdayEnd];
  const t = d.getUTCHours() * 10000 + d.getUTCMinutes() * 100 + d.getUTCSeconds();
  return end < start ? t >= start : t >= start && t <= end;
}
