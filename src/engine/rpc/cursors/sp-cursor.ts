// sp_cursor (ProcID 1): positioned UPDATE, DELETE and INSERT through an API cursor, and
// SETPOSITION. The change is the T-SQL positioned statement (UPDATE/DELETE ... WHERE CURRENT OF,
// query/positioned.ts) on the cursor's table with the fetch-buffer row as the cursor's current
// row, so constraints, triggers and the cursor's snapshot (a deleted row then fetches MISSING)
// behave as in T-SQL. Values come as parameters named '@' + column (sp_cursor "value Parameter",
// the first alternative); the statement-text alternative is not done (16936).
import { sqlError } from '../../../errors/catalog';
import { SqlError } from '../../../errors/sql-error';
import type { ObjectName } from '../../../tsql/ast';
import { Frame } from '../../interpreter/frame';
import type { CallArgument } from '../../interpreter/procedure-call';
import type { Scope } from '../../interpreter/scope';
import { runDynamicSql } from '../../statements/exec-string';
import type { EngineProcedureOutcome } from '../engine-procedures';
import { intArg, reported, type ApiCursor } from './api-cursor';
import { CURSOR_STATUS, OPTYPE } from './cursor-options';

const PROCEDURE = 'sp_cursor';
const FIRST_VALUE = 4;

export async function positionedOperation(args: readonly CallArgument[], scope: Scope): Promise<EngineProcedureOutcome> {
  let api: ApiCursor;
  try {
    api = scope.session.apiCursors.find(intArg(args[0]), PROCEDURE);
  } catch (e) {
    if (e instanceof SqlError) return reported(e, scope, CURSOR_STATUS.FAILED);
    throw e;
  }
  const optype = intArg(args[1]) ?? 0;
  const rownum = intArg(args[2]) ?? 0;
  const operation = optype & ~(OPTYPE.SETPOSITION | OPTYPE.ABSOLUTE);
  if ((optype & OPTYPE.ABSOLUTE) !== 0 && operation !== OPTYPE.UPDATE && operation !== OPTYPE.DELETE) {
    return reported(sqlError(16904), scope, 16904);
  }
  const open = api.cursor.open;
  if (open === undefined) return reported(sqlError(16917), scope, 16917);
  if (operation === OPTYPE.INSERT) return insertRow(api, args, scope);
  const rows = targetRows(api, optype, rownum);
  if (typeof rows === 'number') {
    reported(sqlError(rows), scope, rows);
    return reported(sqlError(3621), scope, rows);
  }
  for (const index of rows) {
    open.position = index;
    switch (operation) {
      case 0:
      case OPTYPE.REFRESH:
      case OPTYPE.LOCK:
        // no locks in msxd, and the snapshot is what a refresh would send again
        break;
      case OPTYPE.UPDATE: {
        const status = await update(api, args, scope);
        if (status !== 0) return { status, outputs: new Map() };
        break;
      }
      case OPTYPE.DELETE: {
        const status = await run(api, `DELETE FROM ${tableOf(api)}`, new Frame('', scope.frame.nestLevel + 1), scope);
        if (status !== 0) return { status, outputs: new Map() };
        break;
      }
      default:
        return reported(sqlError(16902, PROCEDURE, 'optype'), scope, CURSOR_STATUS.FAILED);
    }
  }
  scope.session.lastError = 0;
  return { status: CURSOR_STATUS.OK, outputs: new Map() };
}

/** the snapshot rows the operation applies to, or the error number (16931 empty buffer, 16930 no such row) */
function targetRows(api: ApiCursor, optype: number, rownum: number): number[] | number {
  const { start, length } = api.buffer;
  const total = api.cursor.open?.rows.length ?? 0;
  if ((optype & OPTYPE.ABSOLUTE) !== 0) return rownum >= 1 && rownum <= total ? [rownum - 1] : 16930;
  if (length === 0) return 16931;
  // rownum 0: every row of the fetch buffer
  if (rownum === 0) return Array.from({ length }, (_, i) => start + i);
  return rownum >= 1 && rownum <= length ? [start + rownum - 1] : 16930;
}

async function update(api: ApiCursor, args: readonly CallArgument[], scope: Scope): Promise<number> {
  const values = namedValues(args, scope);
  if (values.names.length === 0) {
    reported(sqlError(16935, 'UPDATE'), scope, 16935);
    return 16935;
  }
  const set = values.names.map((n) => `${bracket(n)} = @${n}`).join(', ');
  return run(api, `UPDATE ${tableOf(api)} SET ${set}`, values.frame, scope);
}

async function insertRow(api: ApiCursor, args: readonly CallArgument[], scope: Scope): Promise<EngineProcedureOutcome> {
  const values = namedValues(args, scope);
  const text = values.names.length === 0
    ? `INSERT INTO ${tableOf(api)} DEFAULT VALUES`
    : `INSERT INTO ${tableOf(api)} (${values.names.map(bracket).join(', ')}) VALUES (${values.names.map((n) => `@${n}`).join(', ')})`;
  const status = await runDynamicSql(text, scope, values.frame);
  scope.session.lastError = status === 0 ? 0 : scope.session.lastError;
  return { status: status === 0 ? CURSOR_STATUS.OK : status, outputs: new Map() };
}

/** the '@column' value parameters as variables of a frame of their own */
function namedValues(args: readonly CallArgument[], scope: Scope): { names: string[]; frame: Frame } {
  const frame = new Frame('', scope.frame.nestLevel + 1);
  const names: string[] = [];
  for (let i = FIRST_VALUE; i < args.length; i++) {
    const a = args[i] as CallArgument;
    if (a.name === undefined || !a.name.startsWith('@') || a.value === undefined) throw sqlError(16936);
    const name = a.name.slice(1);
    frame.declare(a.name, a.value.type, null).value = a.value.value;
    names.push(name);
  }
  return { names, frame };
}

/**
 * Runs `<statement> WHERE CURRENT OF` the cursor: under its sp_cursoroption name, or for the call
 * only under a GLOBAL name of its own.
 */
async function run(api: ApiCursor, statement: string, frame: Frame, scope: Scope): Promise<number> {
  const globals = scope.session.globalCursors;
  const name = api.name ?? `msxd_api_cursor_${api.handle}`;
  const key = name.toLowerCase();
  const temporary = api.name === undefined;
  if (temporary) globals.set(key, api.cursor);
  try {
    return await runDynamicSql(`${statement} WHERE CURRENT OF GLOBAL ${bracket(name)}`, scope, frame);
  } finally {
    if (temporary && globals.get(key) === api.cursor) globals.delete(key);
  }
}

function tableOf(api: ApiCursor): string {
  const spec = api.cursor.declaration.query.body;
  const source = spec.kind === 'querySpec' ? spec.from[0] : undefined;
  if (source?.kind !== 'table') throw sqlError(16929);
  return qualified(source.name);
}

function qualified(name: ObjectName): string {
  return [name.database, name.schema, name.name].filter((p): p is string => p !== undefined).map(bracket).join('.');
}

function bracket(identifier: string): string {
  return `[${identifier.replace(/]/g, ']]')}]`;
}
