// Shared by the ODBC catalog procedures that name one table (sp_pkeys, sp_fkeys, sp_statistics,
// sp_special_columns): result column shapes, the qualifier check and SQL Server's table lookup.
// Their bodies in SQL Server start the same way: RAISERROR (15250) when @table_qualifier names
// another database, then OBJECT_ID(QUOTENAME(@owner) + '.' + QUOTENAME(@name)), or
// OBJECT_ID(QUOTENAME(@name)) without an owner (the caller's default schema, then dbo).
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-pkeys-transact-sql
import type { ProcedureContext } from '../engine/procedure-registry';
import type { ResultColumn } from '../engine/result-sink';
import { sqlError } from '../errors/catalog';
import type { SqlType } from '../types/sql-type';
import type { SqlValue } from '../types/values';
import { nstr, text } from './catalog-sql';

export const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };
export const SMALLINT: SqlType = { kind: 'smallint' };
export const INT: SqlType = { kind: 'int' };

/** sysname parameters of the catalog procedures; sp_columns and friends take nvarchar(384) patterns. */
export const NV384: SqlType = { kind: 'nvarchar', length: 384 };
export const CHAR1: SqlType = { kind: 'char', length: 1 };

export const column = (name: string, type: SqlType, nullable = true): ResultColumn => ({ name, type, nullable });

/** 15250 unless the qualifier is NULL or the current database's name (compared as CI_AS does). */
export function checkQualifier(ctx: ProcedureContext, qualifier: SqlValue): void {
  const q = text(qualifier);
  if (q !== undefined && q.toLowerCase() !== ctx.database.toLowerCase()) throw sqlError(15250);
}

export interface TableRef {
  readonly objectId: number;
  readonly schema: string;
  readonly name: string;
}

/** The table (or view) as SQL Server's catalog procedures find it; undefined when there is none. */
export async function findTable(ctx: ProcedureContext, name: SqlValue, owner: SqlValue): Promise<TableRef | undefined> {
  const n = text(name);
  if (n === undefined) return undefined;
  const o = text(owner);
  const full = o === undefined ? `QUOTENAME(${nstr(n)})` : `QUOTENAME(${nstr(o)}) + '.' + QUOTENAME(${nstr(n)})`;
  const [set] = await ctx.querySql(`SELECT o.object_id, SCHEMA_NAME(o.schema_id), o.name FROM sys.objects o
    WHERE o.object_id = OBJECT_ID(${full}) AND o.type IN ('U', 'V')`);
  const row = set?.rows[0];
  if (row === undefined) return undefined;
  return { objectId: Number(row[0]), schema: String(row[1]), name: String(row[2]) };
}
