// DECLARE CURSOR / OPEN / FETCH / CLOSE / DEALLOCATE (interpreter/cursors.ts holds the cursors).
// OPEN runs the query once and keeps its rows: every cursor reads a snapshot as of OPEN, which is
// what STATIC and INSENSITIVE cursors promise; a dynamic or keyset cursor in SQL Server would also
// see rows changed after OPEN, which msxd's cursors do not.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type {
  CloseCursorStatement, DeallocateCursorStatement, DeclareCursorStatement, FetchCursorStatement, OpenCursorStatement,
  SetCursorVariableStatement,
} from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import { findCursor, findCursorVariable, forwardOnly, referTo, isLocalDeclaration, removeCursor, type Cursor, type OpenResult } from '../interpreter/cursors';
import { positionedQuery } from '../query/positioned';
import type { Scope } from '../interpreter/scope';
import { runQuery } from '../query/run-query';
import { materializeFunctions } from '../query/table-functions';
import { assignVariable } from './assign';

export function executeDeclareCursor(stmt: DeclareCursorStatement, scope: Scope): void {
  const key = stmt.name.toLowerCase();
  const local = isLocalDeclaration(stmt);
  const set = local ? (scope.frame.cursors ??= new Map()) : scope.session.globalCursors;
  if (set.has(key)) throw sqlError(16915, stmt.name);
  set.set(key, { name: stmt.name, declaration: stmt, forwardOnly: forwardOnly(stmt.options), open: undefined });
  done(scope);
}

/**
 * SET @c = CURSOR ...: a new cursor, known only through the variable (no name, no LOCAL/GLOBAL
 * set). A cursor the variable held before goes with the new assignment.
 */
export function executeSetCursorVariable(stmt: SetCursorVariableStatement, scope: Scope): void {
  const variable = findCursorVariable(stmt.name, scope);
  const { cursor } = stmt;
  referTo(variable, { name: stmt.name, declaration: cursor, forwardOnly: forwardOnly(cursor.options), open: undefined });
  done(scope);
}

export async function executeOpenCursor(stmt: OpenCursorStatement, scope: Scope): Promise<void> {
  const cursor = findCursor(stmt.cursor, scope);
  if (cursor.open !== undefined) throw sqlError(16905);
  await openCursor(cursor, scope);
  scope.session.lastOpenedCursor = cursor;
  done(scope);
}

/** runs the cursor's query and keeps its rows (also the API cursors' open, rpc/cursors) */
export async function openCursor(cursor: Cursor, scope: Scope): Promise<void> {
  const functions = await materializeFunctions(cursor.declaration.query, scope);
  try {
    cursor.open = snapshot(cursor, scope);
  } finally {
    functions.release();
  }
}

function snapshot(cursor: Cursor, scope: Scope): OpenResult {
  const query = cursor.declaration.query;
  try {
    const positioned = scope.session.storage ? positionedQuery(cursor, scope) : undefined;
    if (positioned !== undefined) {
      const result = runQuery(positioned.query, { scope }, Infinity);
      const visible = result.columns.length - positioned.hidden;
      return {
        columns: result.columns.slice(0, visible), rows: result.rows.map((r) => r.slice(0, visible)), position: -1,
        positioned: { table: positioned.table, base: result.rows.map((r) => r.slice(visible)) },
      };
    }
  } catch (e) {
    // a query the table's columns cannot join (an aggregate without GROUP BY) opens without
    // positioning, and the plain query reports any real error itself
    if (!(e instanceof SqlError)) throw e;
  }
  const result = runQuery(query, { scope }, Infinity);
  return { columns: result.columns, rows: result.rows, position: -1 };
}

export function executeFetchCursor(stmt: FetchCursorStatement, scope: Scope): void {
  const cursor = findCursor(stmt.cursor, scope);
  const open = cursor.open;
  if (open === undefined) throw sqlError(16917);
  if (cursor.forwardOnly && stmt.direction !== 'next') throw sqlError(16911, 'fetch', stmt.direction);
  // a DYNAMIC cursor has no stable row numbers to jump to
  if (stmt.direction === 'absolute' && cursor.declaration.options.includes('DYNAMIC')) throw sqlError(16925, 'Absolute');
  if (stmt.into.length > 0 && stmt.into.length !== open.columns.length) throw sqlError(16924);
  const target = targetPosition(stmt, open, scope);
  open.position = Math.max(-1, Math.min(open.rows.length, target));
  // a row a positioned DELETE removed is missing (-2), as in a keyset cursor
  const missing = open.deleted?.has(open.position) === true;
  const row = missing ? undefined : open.rows[open.position];
  scope.session.fetchStatus = missing ? -2 : row === undefined ? -1 : 0;
  if (stmt.into.length === 0) {
    // FETCH without INTO returns the row as a result set (no row past either end)
    const sink = scope.run.sink;
    sink.columns(open.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable })));
    if (row !== undefined) sink.row(row.map((t) => t.value));
    sink.statementDone({ command: 'select', ...(scope.session.nocount ? {} : { rowCount: row === undefined ? 0 : 1 }), inProc: scope.frame.inProc });
    return;
  }
  if (row !== undefined) {
    stmt.into.forEach((name, i) => assignVariable(scope.frame.get(name), '=', row[i]!, scope));
  }
  done(scope);
}

function targetPosition(stmt: FetchCursorStatement, open: OpenResult, scope: Scope): number {
  const offset = (): number => {
    const v = stmt.offset === undefined ? null : evaluate(stmt.offset, { scope }).value;
    return v === null ? 0 : Number(v);
  };
  switch (stmt.direction) {
    case 'next': return open.position + 1;
    case 'prior': return open.position - 1;
    case 'first': return 0;
    case 'last': return open.rows.length - 1;
    case 'absolute': {
      const n = offset();
      // ABSOLUTE 0 and positions past either end leave no current row
      if (n === 0) return -1;
      return n > 0 ? n - 1 : open.rows.length + n;
    }
    case 'relative': return open.position + offset();
    default: {
      const never: never = stmt.direction;
      throw new Error(`unknown fetch direction ${String(never)}`);
    }
  }
}

export function executeCloseCursor(stmt: CloseCursorStatement, scope: Scope): void {
  const cursor = findCursor(stmt.cursor, scope);
  if (cursor.open === undefined) throw sqlError(16917);
  cursor.open = undefined;
  done(scope);
}

export function executeDeallocateCursor(stmt: DeallocateCursorStatement, scope: Scope): void {
  removeCursor(stmt.cursor, scope);
  done(scope);
}

/** like DECLARE and SET, the cursor statements send no DONE of their own */
function done(scope: Scope): void {
  scope.session.lastError = 0;
}
