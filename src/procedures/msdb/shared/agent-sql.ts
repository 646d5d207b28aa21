// T-SQL for the Agent procedures, run in the caller's session through ctx.executeSql. Reads come
// back through ctx.querySql; a read with a prelude (statements that may send result sets of their
// own) goes through a capture procedure instead: the generated batch hands its values (a FOR JSON
// document) to sp_msxd_agent_capture with a one-time token, and the TypeScript side picks them up. Errors are RAISERROR of the catalogue numbers, so @@ERROR,
// TRY/CATCH and the message stream behave as for SQL Server's T-SQL procedures.
import { randomUUID } from 'node:crypto';
import type { ProcedureContext, ProcedureDefinition } from '../../../engine/procedure-registry';
import { messageDef } from '../../../errors/catalog';
import { jsonValueOf } from '../../../engine/sql/for-format';
import { typed, type Typed } from '../../../types/typed-value';
import { nstr } from '../../catalog-sql';

const captured = new Map<string, string | null>();

/** msxd-internal: receives the values of a batch run by `queryRows`; unknown tokens are ignored. */
export const spMsxdAgentCapture: ProcedureDefinition = {
  name: 'sp_msxd_agent_capture',
  home: 'msdb',
  permission: 'public',
  parameters: [
    { name: '@token', type: { kind: 'nvarchar', length: 36 } },
    { name: '@value', type: { kind: 'nvarchar', length: 'max' }, default: null },
  ],
  run(_ctx, args) {
    const token = String(args.value('@token'));
    if (!captured.has(token)) return 0;
    const v = args.value('@value');
    captured.set(token, v === null ? null : String(v));
    return 0;
  },
};

export type Row = Record<string, unknown>;

/** values a batch uses as variables (name with '@'): see ProcedureContext.executeSql */
export type SqlParams = ReadonlyMap<string, Typed>;

const TOKEN_TYPE = { kind: 'nvarchar', length: 36 } as const;

/** params from an object literal: `sqlParams({ '@server': typed(SYSNAME, name) })` */
export function sqlParams(values: Readonly<Record<string, Typed>>): SqlParams {
  return new Map(Object.entries(values));
}

/**
 * Runs `select` (a SELECT without ORDER BY restrictions; FOR JSON is appended) in msdb and returns
 * its rows as JSON objects: numbers, strings (uniqueidentifier upper-case text, datetime ISO text),
 * null for NULL. `prelude` runs first in the same batch (DECLAREs the select uses). `params` are
 * variables both may use: a text without pasted values is parsed once for every call.
 */
export async function queryRows(ctx: ProcedureContext, select: string, prelude = '', params?: SqlParams): Promise<Row[]> {
  if (prelude === '') return capturedRows(ctx, select, params);
  const token = randomUUID();
  captured.set(token, null);
  try {
    // the token is a variable too, so the batch text is the same at every call (parse cache)
    const vars = new Map(params ?? []);
    vars.set('@__msxd_token', typed(TOKEN_TYPE, token));
    await ctx.executeSql(`SET NOCOUNT ON;
${prelude}
DECLARE @__msxd_json nvarchar(max) = (${select} FOR JSON PATH, INCLUDE_NULL_VALUES);
EXEC msdb.dbo.sp_msxd_agent_capture @token = @__msxd_token, @value = @__msxd_json;`, vars);
    const json = captured.get(token);
    return json === null || json === undefined ? [] : (JSON.parse(json) as Row[]);
  } finally {
    captured.delete(token);
  }
}

/**
 * A select alone comes back through ProcedureContext.querySql: the same values as the FOR JSON
 * document would hold (jsonValueOf), without building and parsing it and without the capture
 * procedure's call. A prelude keeps the FOR JSON path, whatever result sets it may send.
 */
async function capturedRows(ctx: ProcedureContext, select: string, params?: SqlParams): Promise<Row[]> {
  const sets = await ctx.querySql(`SET NOCOUNT ON;\n${select}`, params);
  const set = sets[sets.length - 1];
  if (set === undefined) return [];
  const names = set.columns.map((c) => c.name);
  return set.rows.map((values) => {
    const row: Row = {};
    for (let i = 0; i < names.length; i++) row[names[i]!] = jsonValueOf(set.columns[i]!.type, values[i] ?? null);
    return row;
  });
}

/** The first row of `select`, or undefined. */
export async function queryRow(ctx: ProcedureContext, select: string, prelude = '', params?: SqlParams): Promise<Row | undefined> {
  return (await queryRows(ctx, select, prelude, params))[0];
}

/**
 * Runs statements (writes) with NOCOUNT on, in the caller's session and transaction. Resolves
 * false when one of them failed (its error has gone to the client, as in a T-SQL procedure that
 * checks @@ERROR after each statement); the statements after a failed one still run. `atomic`:
 * outside a caller's transaction they run in one of their own, rolled back when one failed.
 * `params`: variables the statements use (see queryRows).
 */
export async function execSql(ctx: ProcedureContext, statements: string | readonly string[], atomic = false, params?: SqlParams): Promise<boolean> {
  const list = typeof statements === 'string' ? [statements] : statements;
  const body = list.map((s) => `${s}\nIF @@ERROR <> 0 SET @__msxd_failed = 1;`).join('\n');
  const prelude = atomic
    ? `DECLARE @__msxd_failed int = 0, @__msxd_own int = CASE WHEN @@TRANCOUNT = 0 THEN 1 ELSE 0 END;
IF @__msxd_own = 1 BEGIN TRANSACTION;
${body}
IF @__msxd_own = 1 AND @@TRANCOUNT > 0 BEGIN IF @__msxd_failed = 0 COMMIT TRANSACTION; ELSE ROLLBACK TRANSACTION; END`
    : `DECLARE @__msxd_failed int = 0;\n${body}`;
  const r = await queryRow(ctx, 'SELECT @__msxd_failed AS failed', prelude, params);
  return r?.failed === 0;
}

/** A RAISERROR argument: N'...' for strings, the number for numbers. */
function arg(v: string | number | null): string {
  return typeof v === 'number' ? String(Math.trunc(v)) : nstr(v ?? '(null)');
}

/**
 * Raises catalogue message `n` as the T-SQL procedures do (RAISERROR(n, severity, 1, ...)), so an
 * error (severity > 10) reaches @@ERROR and an enclosing TRY/CATCH. Resolves to 1 (the status the
 * failing procedure returns) for error messages, 0 for informational ones.
 */
export async function raise(ctx: ProcedureContext, n: number, ...args: (string | number | null)[]): Promise<number> {
  return raiseWith(ctx, n, -1, ...args);
}

/**
 * RAISERROR(n, severity, 1, ...) with an explicit severity: -1 = the message's own, 0 for the
 * informational messages SQL Server's procedures raise with severity 0.
 */
export async function raiseWith(ctx: ProcedureContext, n: number, severity: number, ...args: (string | number | null)[]): Promise<number> {
  const own = messageDef(n)?.severity ?? 16;
  const sev = severity < 0 ? own : severity;
  const list = [String(n), String(sev), '1', ...args.map(arg)].join(', ');
  await ctx.executeSql(`RAISERROR(${list});`);
  return sev > 10 ? 1 : 0;
}
