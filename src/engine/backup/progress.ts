// The informational messages a successful BACKUP/RESTORE sends (class 0, as SQL Server's): 4035
// per data file, then 3014 with the totals. SQL Server counts 8 KB pages; msxd reports SQLite's
// pages of the image (usually 4 KB) and the throughput of the bytes really copied.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { Scope } from '../interpreter/scope';

export function sendInfo(scope: Scope, line: number, number: number, ...args: unknown[]): void {
  const e = sqlError(number, ...args);
  scope.run.sink.message(new SqlError(e.number, e.severity, e.state, e.message, scope.frame.procName, line));
}

/**
 * [3211 "n percent processed." for STATS = n,] 4035 then 3014; `what` is 'BACKUP DATABASE' or
 * 'RESTORE DATABASE'. The copy is one step for the databases msxd holds, so the percentages
 * come together at its end.
 */
export function sendCompletion(
  scope: Scope, line: number, what: string,
  p: { pages: number; bytes: number; database: string; logicalName: string; position: number; elapsedMs: number; stats: number | undefined },
): void {
  if (p.stats !== undefined) for (let pct = p.stats; pct <= 100; pct += p.stats) sendInfo(scope, line, 3211, pct);
  sendInfo(scope, line, 4035, p.pages, p.database, p.logicalName, p.position);
  const ms = Math.max(1, Math.round(p.elapsedMs));
  const mbPerSecThousandths = Math.round((p.bytes / 1_048_576) / (ms / 1000) * 1000);
  sendInfo(scope, line, 3014, what, p.pages, Math.floor(ms / 1000), ms % 1000,
    Math.floor(mbPerSecThousandths / 1000), mbPerSecThousandths % 1000);
}
