// How msdb.dbo.sysjobhistory encodes a run (see sysjobhistory (Transact-SQL)): dates and times
// as ints in the node's local time (UTC for msxd), durations as ints read like hhmmss. The
// run_status codes are RUN_STATUS in src/codes/job-codes.ts.
import { civilFromEpochMs, dateToInt, secondsToHhmmss } from '../schedule/civil-time';

/** sysjobhistory.message is nvarchar(4000). */
export const HISTORY_MESSAGE_MAX = 4000;

/** run_date: yyyymmdd of an epoch-millisecond instant. */
export function runDate(epochMs: number): number {
  return dateToInt(civilFromEpochMs(epochMs).date);
}

/** run_time: hhmmss of an epoch-millisecond instant. */
export function runTime(epochMs: number): number {
  return secondsToHhmmss(civilFromEpochMs(epochMs).seconds);
}

/**
 * run_duration: whole elapsed seconds written as h*10000 + m*100 + s (1 h 2 min 3 s = 10203).
 * Hours are not capped at 99: SQL Server writes 100 hours as 1000000.
 */
export function runDuration(elapsedMs: number): number {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor(total / 60) % 60;
  const s = total % 60;
  return h * 10000 + m * 100 + s;
}

/** Seconds represented by a run_duration int. */
export function durationSeconds(runDurationInt: number): number {
  return Math.floor(runDurationInt / 10000) * 3600 + (Math.floor(runDurationInt / 100) % 100) * 60 + (runDurationInt % 100);
}

/** Cuts a message to `max` UTF-16 units without leaving half a surrogate pair at the end. */
export function truncateMessage(message: string, max = HISTORY_MESSAGE_MAX): string {
  if (message.length <= max) return message;
  let cut = max;
  const last = message.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return message.slice(0, cut);
}
