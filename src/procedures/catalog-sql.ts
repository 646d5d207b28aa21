// Shared by the catalog procedures written as T-SQL over the catalog views (they run through
// ctx.executeSql, as SQL Server's own sp_help family is T-SQL): literals and quoted names for
// argument values, and SET NOCOUNT kept as the caller had it.
import type { SqlValue } from '../types/values';

/** N'...' literal of a value (NULL for null). */
export function nstr(v: SqlValue | string | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  return `N'${String(v).replace(/'/g, "''")}'`;
}

/** [name] as QUOTENAME makes it. */
export function bracket(name: string): string {
  return `[${name.replace(/]/g, ']]')}]`;
}

/** Runs `body` with NOCOUNT ON and restores the caller's setting (a procedure's SET is local). */
export function withNocount(body: string): string {
  return `DECLARE @__msxd_nocount int = @@OPTIONS & 512;
SET NOCOUNT ON;
${body}
IF @__msxd_nocount = 0 SET NOCOUNT OFF;`;
}

/** The text of an optional string argument, or undefined when NULL/omitted. */
export function text(v: SqlValue): string | undefined {
  return v === null ? undefined : String(v);
}
