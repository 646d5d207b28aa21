// T-SQL cursors: the named result sets DECLARE CURSOR defines and OPEN/FETCH/CLOSE/DEALLOCATE walk.
// A LOCAL cursor belongs to the batch, procedure or dynamic SQL that declared it (its frame), so it
// goes when that scope ends; a GLOBAL one (SQL Server's default, CURSOR_DEFAULT GLOBAL) lives in the
// session until DEALLOCATE or the connection closes. A name is looked up local first, then global,
// unless the statement says GLOBAL.
import { sqlError } from '../../errors/catalog';
import type { CursorRef, DeclareCursorStatement } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import type { QueryColumn } from '../query/run-query';
import type { Scope } from './scope';
import { notSupportedExpression } from '../statements/not-supported';

export interface OpenResult {
  readonly columns: readonly QueryColumn[];
  readonly rows: readonly (readonly Typed[])[];
  /** -1 before the first row, rows.length after the last */
  position: number;
}

export interface Cursor {
  readonly name: string;
  readonly declaration: DeclareCursorStatement;
  /** only FETCH NEXT is allowed (FORWARD_ONLY, FAST_FORWARD, or no SCROLL/STATIC/KEYSET/DYNAMIC) */
  readonly forwardOnly: boolean;
  open: OpenResult | undefined;
}

export type CursorMap = Map<string, Cursor>;

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
  // a cursor variable (DECLARE @c CURSOR; SET @c = CURSOR FOR ...) is not implemented
  if (ref.name.startsWith('@')) throw notSupportedExpression('cursor variables');
  const key = ref.name.toLowerCase();
  const found = (ref.global ? undefined : scope.frame.cursors?.get(key)) ?? scope.session.globalCursors.get(key);
  if (found === undefined) throw sqlError(16916, ref.name);
  return found;
}

/** removes the cursor DEALLOCATE names from whichever set holds it */
export function removeCursor(ref: CursorRef, scope: Scope): void {
  const cursor = findCursor(ref, scope);
  const key = ref.name.toLowerCase();
  if (scope.frame.cursors?.get(key) === cursor) scope.frame.cursors.delete(key);
  else scope.session.globalCursors.delete(key);
}
