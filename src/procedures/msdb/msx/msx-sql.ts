// Building blocks of the MSX procedures on top of ../shared: server names as SQL Server's bodies
// normalise them (trimmed, upper-cased, '' = NULL), target server lookups and the callers'
// permission answers.
import type { ProcedureContext } from '../../../engine/procedure-registry';
import { sqlErrorWithState } from '../../../errors/catalog';
import type { SqlValue } from '../../../types/values';
import { typed, type Typed } from '../../../types/typed-value';
import { textOf } from '../../../types/convert-string';
import { queryRow, queryRows, sqlParams } from '../shared/agent-sql';
import { nlit, trimmed } from '../shared/sql-text';
import { SYSNAME } from './param-types';

/** an argument as text, NULL as null (for the option objects of the shared bodies) */
export function textOrNull(v: SqlValue): string | null {
  return v === null ? null : String(v);
}

/** a server name as systargetservers and sysdownloadlist store it */
export function serverName(v: SqlValue): string | undefined {
  return trimmed(v)?.toUpperCase();
}

/** sysdownloadlist.source_server: the MSX computer name (xp_getnetname) */
export const SOURCE_SERVER_SQL = "CONVERT(sysname, SERVERPROPERTY('MachineName'))";

export interface TargetServerRow {
  readonly server_id: number;
  readonly server_name: string;
}

// server_name is case-insensitive and stored upper-cased: a plain equality seeks index nc1
export async function findTarget(ctx: ProcedureContext, name: string): Promise<TargetServerRow | undefined> {
  return await queryRow(ctx, 'SELECT server_id, server_name FROM msdb.dbo.systargetservers WHERE server_name = @server', '',
    sqlParams({ '@server': typed(SYSNAME, name.toUpperCase()) })) as TargetServerRow | undefined;
}

export async function targetsNamed(ctx: ProcedureContext, names: readonly string[]): Promise<TargetServerRow[]> {
  if (names.length === 0) return [];
  return await queryRows(ctx, `SELECT server_id, server_name FROM msdb.dbo.systargetservers
    WHERE server_name IN (${names.map((n) => nlit(n.toUpperCase())).join(', ')})`) as unknown as TargetServerRow[];
}

/** 229 on the procedure itself: what a login without EXECUTE permission on it gets */
export function executeDenied(procedure: string): Error {
  return sqlErrorWithState(229, 5, 'EXECUTE', procedure, 'msdb', 'dbo');
}

/** sysadmin, or a member of msdb's TargetServersRole (the logins target agents poll with) */
export async function isTargetServerLogin(ctx: ProcedureContext): Promise<boolean> {
  if (ctx.isSysadmin) return true;
  const row = await queryRow(ctx, "SELECT ISNULL(IS_MEMBER(N'TargetServersRole'), 0) AS member");
  return Number(row?.member ?? 0) === 1;
}

/** a datetime argument as T-SQL that converts back to the same value (style 121) */
export function datetimeLiteral(v: Typed): string {
  return `CONVERT(datetime, ${nlit(textOf(v, 121, { kind: 'nvarchar', length: 30 }))}, 121)`;
}
