// The Agent's int encodings of dates and times (run_date yyyymmdd, run_time hhmmss) as T-SQL
// datetime expressions, and SQL Server's "now without milliseconds" that sysjobactivity stores.

/** T-SQL datetime of int date/time expressions (NULL or 0 date = NULL) */
export function agentDatetime(dateExpr: string, timeExpr: string): string {
  return `CASE WHEN ISNULL(${dateExpr}, 0) = 0 THEN NULL ELSE DATEADD(second,
  (ISNULL(${timeExpr}, 0) / 10000) * 3600 + (ISNULL(${timeExpr}, 0) / 100 % 100) * 60 + ISNULL(${timeExpr}, 0) % 100,
  CONVERT(datetime, CONVERT(char(8), ${dateExpr}), 112)) END`;
}

/**
 * GETDATE() without its milliseconds (sysjobactivity's dates, as SQL Server's procedures write
 * them). One GETDATE() call: two (DATEADD(ms, -DATEPART(ms, GETDATE()), GETDATE())) could read
 * the clock on either side of a millisecond and leave a stray 3 ms.
 */
export const NOW_SECONDS = 'CONVERT(datetime, CONVERT(char(19), GETDATE(), 120), 120)';
