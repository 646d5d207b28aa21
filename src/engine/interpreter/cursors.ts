// T-SQL cursors: the named result sets DECLARE CURSOR defines and OPEN/FETCH/CLOSE/DEALLOCATE walk.
// A LOCAL cursor belongs to the batch, procedure or dynamic SQL that declared it (its frame), so it
// goes when that scope ends; a GLOBAL one (SQL Server's default, CURSOR_DEFAULT GLOBAL) lives in the
// session until DEALLOCATE or the connection closes. A name is looked up local first, then global,
// unless the statement says GLOBAL.
import { sqlError } from '../../errors/catalog';
import type { CursorRef, DeclareCursorStatement } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import type { PositionedRows } from '../query/positioned';
import type { QueryColumn } from '../query/run-query';
import type { Scope } from './scope';

export interface OpenResult {
  readonly columns: readonly QueryColumn[];
  readonly rows: readonly (readonly Typed[])[];
  /** -1 before the first row, rows.length after the last */
  position: number;
  /** an updatable single-table cursor's table rows (query/positioned.ts) */
  readonly positioned?: PositionedRows;
  /** rows a positioned DELETE removed */
  deleted?: Set<number>;
}

export interface Cursor {
  readonly name: string;
  readonly declaration: DeclareCursorStatement;
  /** only FETCH NEXT is allowed (FORWARD_ONLY, FAST_FORWARD, or no SCROLL/STATIC/KEYSET/DYNAMIC) */
  readonly forwardOnly: boolean;
  open: OpenResult | undefined;
  /** how many cursor variables refer to a cursor SET @c = CURSOR made: the last to let go deallocates it */
  variableReferences?: number;
}

export type CursorMap = Map<string, Cursor>;

/** DECLARE @c CURSOR: holds the cursor SET @c = CURSOR ... allocated, until DEALLOCATE @c */
export interface CursorVariable {
  readonly name: string;
  readonly declaredBy: object;
  cursor: Cursor | undefined;
}

/**
 * SQL Server's cursor type from the DECLARE options: STATIC/INSENSITIVE, KEYSET, FAST_FORWARD, or
 * DYNAMIC (also FORWARD_ONLY or SCROLL without a type, and the default). SQL Server may convert a
 * DYNAMIC cursor to KEYSET or STATIC when its query needs it; msxd does not.
 */
export type CursorKind = 'static' | 'keyset' | 'dynamic' | 'fastForward';

export function cursorKind(options: readonly string[]): CursorKind {
  if (options.includes('STATIC') || options.includes('INSENSITIVE')) return 'static';
  if (options.includes('KEYSET')) return 'keyset';
  if (options.includes('FAST_FORWARD')) return 'fastForward';
  return 'dynamic';
}

export function isLocalDeclaration(stmt: DeclareCursorStatement): boolean {
  return stmt.options.includes('LOCAL');
}

/**
 * The DECLARE CURSOR options' scrolling: FORWARD_ONLY is the default unless STATIC, KEYSET or
 * DYNAMIC is written; the ISO form (INSENSITIVE [SCROLL] CURSOR) scrolls only with SCROLL.
 */
export function forwardOnly(options: readonly string[]): boolean {
  if (options.includes('FAST_FORWARD') || options.includes('FORWARD_ONLY')) return true;
  if (options.includes('SCROLL')) return false;
  return !options.some((o) => o === 'STATIC' || o === 'KEYSET' || o === 'DYNAMIC');
}

export function findCursor(ref: CursorRef, scope: Scope): Cursor {
  if (ref.name.startsWith('@')) {
    const cursor = findCursorVariable(ref.name, scope).cursor;
    if (cursor === undefined) throw sqlError(16950, ref.name);
    return cursor;
  }
  const key = ref.name.toLowerCase();
  const found = (ref.global ? undefined : scope.frame.cursors?.get(key)) ?? scope.session.globalCursors.get(key);
  if (found === undefined) throw sqlError(16916, ref.name);
  return found;
}

/** removes the cursor DEALLOCATE names from whichever set holds it */
export function removeCursor(ref: CursorRef, scope: Scope): void {
  const cursor = findCursor(ref, scope);
  if (ref.name.startsWith('@')) {
    referTo(findCursorVariable(ref.name, scope), undefined);
    return;
  }
  // deallocating an open cursor closes it (@@CURSOR_ROWS then reads 0)
  cursor.open = undefined;
  const key = ref.name.toLowerCase();
  if (scope.frame.cursors?.get(key) === cursor) scope.frame.cursors.delete(key);
  else scope.session.globalCursors.delete(key);
}

export function findCursorVariable(name: string, scope: Scope): CursorVariable {
  const found = scope.frame.cursorVariables?.get(name.toLowerCase());
  if (found === undefined) throw sqlError(137, name);
  return found;
}

/** DECLARE @c CURSOR; a loop passing the same DECLARE again keeps the variable */
export function declareCursorVariable(name: string, declaredBy: object, scope: Scope): void {
  const key = name.toLowerCase();
  const vars = (scope.frame.cursorVariables ??= new Map());
  const existing = vars.get(key);
  if (existing?.declaredBy === declaredBy) return;
  if (existing !== undefined || scope.frame.lookup(name) !== undefined) throw sqlError(134, name);
  vars.set(key, { name, declaredBy, cursor: undefined });
}

/**
 * CURSOR_STATUS: 1 open with rows (a dynamic cursor always answers 1 when open), 0 open and empty,
 * -1 closed, -2 a cursor variable with no cursor allocated, -3 no such cursor or variable.
 */
export function cursorStatus(source: string, name: string, scope: Scope): number | null {
  let cursor: Cursor | undefined;
  switch (source.trim().toLowerCase()) {
    case 'local': cursor = scope.frame.cursors?.get(name.toLowerCase()); break;
    case 'global': cursor = scope.session.globalCursors.get(name.toLowerCase()); break;
    case 'variable': {
      const v = scope.frame.cursorVariables?.get(name.toLowerCase());
      if (v === undefined) return -3;
      if (v.cursor === undefined) return -2;
      cursor = v.cursor;
      break;
    }
    default: return null;
  }
  if (cursor === undefined) return -3;
  if (cursor.open === undefined) return -1;
  if (cursorKind(cursor.declaration.options) === 'dynamic') return 1;
  return cursor.open.rows.length > 0 ? 1 : 0;
}

/**
 * @@CURSOR_ROWS: 0 when no cursor was opened or the last opened one is closed or deallocated; -1
 * for a dynamic or fast-forward cursor (its row count is never final in SQL Server, though msxd
 * reads a snapshot); the row count for static and keyset cursors, which msxd always populates
 * synchronously (SQL Server's default cursor threshold -1), so never -m.
 */
export function cursorRows(scope: Scope): number {
  const cursor = scope.session.lastOpenedCursor;
  if (cursor?.open === undefined) return 0;
  const kind = cursorKind(cursor.declaration.options);
  return kind === 'dynamic' || kind === 'fastForward' ? -1 : cursor.open.rows.length;
}

/** points a cursor variable at a cursor (or none), deallocating the one it leaves if nothing else refers to it */
export function referTo(variable: CursorVariable, cursor: Cursor | undefined): void {
  if (cursor !== undefined) cursor.variableReferences = (cursor.variableReferences ?? 0) + 1;
  const previous = variable.cursor;
  variable.cursor = cursor;
  if (previous === undefined) return;
  previous.variableReferences = (previous.variableReferences ?? 1) - 1;
  if (previous.variableReferences === 0) previous.open = undefined;
}
