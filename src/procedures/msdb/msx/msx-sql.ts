// Small building blocks of the MSX procedures: literals, name normalisation as SQL Server's
// bodies do it (trimmed, upper-cased, '' = NULL), the target server lookups, informational
// messages (raised with severity 0 as the T-SQL procedures do) and the caller's role checks.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlErrorWithState } from '../../../errors/catalog';
import type { SqlValue } from '../../../types/values';
import { nstr, text } from '../../catalog-sql';
import { queryRow, queryRows } from '../shared/agent-sql';

export { nstr };

/** LTRIM(RTRIM()) with '' as NULL, as every MSX procedure treats its names */
export function trimmed(v: SqlValue): string | undefined {
  const s = text(v)?.trim();
  return s === undefined || s === '' ? undefined : s;
}

/** a server name as systargetservers and sysdownloadlist store it */
export function serverName(v: SqlValue): string | undefined {
  return trimmed(v)?.toUpperCase();
}

/** the MSX's name as its procedures compare it with target names */
export const LOCAL_SERVER_SQL = "UPPER(CONVERT(sysname, SERVERPROPERTY('ServerName')))";

/** sysdownloadlist.source_server: the MSX computer name (xp_getnetname) */
export const SOURCE_SERVER_SQL = "CONVERT(sysname, SERVERPROPERTY('MachineName'))";

export interface TargetServerRow {
  readonly server_id: number;
  readonly server_name: string;
}

export async function findTarget(ctx: ProcedureContext, name: string): Promise<TargetServerRow | undefined> {
  return await queryRow(ctx, `SELECT server_id, server_name FROM msdb.dbo.systargetservers
    WHERE UPPER(server_name) = ${nstr(name.toUpperCase())}`) as TargetServerRow | undefined;
}

export async function allTargets(ctx: ProcedureContext): Promise<TargetServerRow[]> {
  return await queryRows(ctx, 'SELECT server_id, server_name FROM msdb.dbo.systargetservers') as unknown as TargetServerRow[];
}

export async function localServerName(ctx: ProcedureContext): Promise<string> {
  const row = await queryRow(ctx, `SELECT ${LOCAL_SERVER_SQL} AS name`);
  return String(row?.name ?? '');
}

function arg(v: string | number | null): string {
  return typeof v === 'number' ? String(Math.trunc(v)) : nstr(v ?? '(null)');
}

/** RAISERROR(n, 0, 1, ...): an informational catalogue message, as the msdb procedures print them */
export async function inform(ctx: ProcedureContext, n: number, ...args: (string | number | null)[]): Promise<void> {
  await ctx.executeSql(`RAISERROR(${[String(n), '0', '1', ...args.map(arg)].join(', ')});`);
}

/** 229 on the procedure itself: what a login without EXECUTE permission gets */
export function executeDenied(procedure: string): Error {
  return sqlErrorWithState(229, 5, 'EXECUTE', procedure, 'msdb', 'dbo');
}

/** sysadmin, or a member of msdb's TargetServersRole (the logins target agents poll with) */
export async function isTargetServerLogin(ctx: ProcedureContext): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  const row = await queryRow(ctx, "SELECT ISNULL(IS_MEMBER(N'TargetServersRole'), 0) AS member");
  return Number(row?.member ?? 0) === 1;
}
