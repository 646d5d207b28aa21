// WHERE CURRENT OF: a positioned UPDATE or DELETE changes the row the cursor's last FETCH returned.
// msxd's cursors are snapshots without row locators, so OPEN appends the table's own columns to an
// updatable single-table cursor query (hidden from FETCH) and the positioned statement changes the
// table row whose values are those. Rows equal in every column cannot be told apart, and changing
// any one of them has the same effect.
import { sqlError } from '../../errors/catalog';
import type { CursorRef, Query, SelectItem } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import { findCursor, type Cursor } from '../interpreter/cursors';
import type { Scope } from '../interpreter/scope';
import { dmlContext, resolveTarget, type Target } from './dml-common';

/** the base-table side of an updatable cursor's snapshot */
export interface PositionedRows {
  /** the table's sqlite name, to check the positioned statement's target */
  readonly table: string;
  /** the table's columns of each snapshot row, in the table's order */
  readonly base: Typed[][];
}

/** read-only cursors: SQL Server refuses positioned changes through them (16929) */
function readOnly(options: readonly string[]): boolean {
  return options.some((o) => o === 'READ_ONLY' || o === 'FAST_FORWARD' || o === 'STATIC' || o === 'INSENSITIVE');
}

/**
 * The cursor's query with the table's columns appended, when the cursor can position: one named
 * table, no DISTINCT, GROUP BY, HAVING or WITH; undefined otherwise.
 */
export function positionedQuery(cursor: Cursor, scope: Scope): { query: Query; table: string; hidden: number } | undefined {
  const query = cursor.declaration.query;
  const spec = query.body;
  if (readOnly(cursor.declaration.options) || query.with.length > 0 || query.for || spec.kind !== 'querySpec') return undefined;
  const source = spec.from[0];
  if (spec.from.length !== 1 || source?.kind !== 'table' || spec.distinct || spec.groupBy.length > 0 || spec.having) return undefined;
  const target = resolveTarget({ kind: 'table', name: source.name, hints: [] }, dmlContext(scope), 'SELECT');
  const qualifier = [source.alias ?? source.name.name];
  const hidden: SelectItem[] = target.table.columns.map((col) => ({
    kind: 'expr', line: spec.line, expr: { kind: 'column', line: spec.line, qualifier, name: col.name },
  }));
  return { query: { ...query, body: { ...spec, items: [...spec.items, ...hidden] } }, table: target.table.sqliteName, hidden: hidden.length };
}

/** The row a positioned statement changes: `matches` picks it among the table's rows. */
export interface PositionedRow {
  matches(old: readonly Typed[]): boolean;
  /** the snapshot follows the change, so a second positioned statement finds the row again */
  changed(row: Typed[] | undefined): void;
}

export function positionedRow(ref: CursorRef, target: Target, scope: Scope): PositionedRow {
  const cursor = findCursor(ref, scope);
  const open = cursor.open;
  if (open === undefined) throw sqlError(16917);
  const positioned = open.positioned;
  if (positioned === undefined) throw sqlError(16929);
  if (positioned.table !== target.table.sqliteName) throw sqlError(16933);
  const position = open.position;
  const base = positioned.base[position];
  if (base === undefined || open.deleted?.has(position)) throw sqlError(16930);
  return {
    matches: (old) => old.length === base.length && old.every((v, i) => sameValue(v.value, base[i]!.value)),
    changed: (row) => {
      if (row === undefined) (open.deleted ??= new Set()).add(position);
      else positioned.base[position] = row;
    },
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return a === b;
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  // numbers, bigints, decimals and the date/time classes compare by their text
  return a === b || String(a) === String(b);
}
