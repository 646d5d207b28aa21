// sp_downloaded_row_limiter's body: keeps at most DownloadedMaxRows downloaded (status 1) rows
// per target, deleting the oldest by instance_id. The limit is the MSX's Agent registry value
// DownloadedMaxRows, which msxd keeps in msdb.dbo.msxd_agent_settings (sql/0005): absent, NULL or
// -1 = no limit, below -1 = 100 (SQL Server resets it to 100).
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { execSql, queryRow } from '../shared/agent-sql';
import { nlit } from '../shared/sql-text';

export const AGENT_KEY = 'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent';
const RESET_LIMIT = 100;

/** Resolves to the procedure's return status: 1 when the name is NULL or has no rows, else 0. */
export async function downloadedRowLimiter(ctx: ProcedureContext, server: string | undefined): Promise<number> {
  if (server === undefined) return 1;
  const target = nlit(server.toUpperCase());
  const info = await queryRow(ctx, `SELECT
      (SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = ${target}) AS total,
      (SELECT TOP (1) int_value FROM msdb.dbo.msxd_agent_settings
        WHERE key_name = ${nlit(AGENT_KEY)} AND value_name = N'DownloadedMaxRows') AS max_rows`);
  if (Number(info?.total ?? 0) === 0) return 1;
  const raw = info?.max_rows;
  if (raw === null || raw === undefined || Number(raw) === -1) return 0;
  const limit = Number(raw) < -1 ? RESET_LIMIT : Number(raw);
  await execSql(ctx, `DELETE FROM msdb.dbo.sysdownloadlist
WHERE target_server = ${target} AND status = 1 AND instance_id NOT IN (
  SELECT TOP (${limit}) instance_id FROM msdb.dbo.sysdownloadlist
  WHERE target_server = ${target} AND status = 1 ORDER BY instance_id DESC);`);
  return 0;
}
