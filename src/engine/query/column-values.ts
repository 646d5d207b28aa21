// Values on their way into a table column: implicit conversion to the column's type with SQL
// Server's truncation rule (2628: non-blank characters would be cut; trailing blanks are dropped
// silently), DEFAULT definitions and computed columns evaluated from their stored T-SQL text.
import { sqlError } from '../../errors/catalog';
import type { ColumnInfo } from '../../store/index';
import { parseExpression } from '../../tsql';
import type { ColumnRef, Expr } from '../../tsql/ast';
import { isBinary, isCharacter } from '../../types/categories';
import { convertImplicit } from '../../types/convert';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import type { Scope } from '../interpreter/scope';
import type { WritableTable } from '../sql/source-types';

const parsed = new Map<string, Expr>();

/** a stored T-SQL expression text (DEFAULT, CHECK, computed column), parsed once */
export function storedExpression(text: string): Expr {
  let e = parsed.get(text);
  if (!e) {
    e = parseExpression(text);
    if (parsed.size < 5000) parsed.set(text, e);
  }
  return e;
}

/** 'db.dbo.t' as 515/2628 name tables */
export function threePartName(t: WritableTable): string {
  return `${t.database}.${t.schema}.${t.name}`;
}

export function toColumn(v: Typed, col: ColumnInfo, table: WritableTable, scope: Scope): Typed {
  const target = col.type;
  if (v.value === null) return { type: target, value: null };
  const src = target.kind === 'sql_variant' ? v : unwrapVariant(v);
  if ('length' in target && target.length !== 'max') {
    if (isCharacter(target) && typeof src.value === 'string') {
      const s = src.value;
      if (s.length > target.length && s.replace(/ +$/, '').length > target.length) {
        throw sqlError(2628, threePartName(table), col.name, s.slice(0, target.length));
      }
    } else if (isBinary(target) && Buffer.isBuffer(src.value) && src.value.length > target.length) {
      throw sqlError(2628, threePartName(table), col.name, `0x${src.value.subarray(0, target.length).toString('hex').toUpperCase()}`);
    }
  }
  return convertImplicit(src, target, { dateFormat: scope.session.options.dateFormat });
}

export function defaultValue(col: ColumnInfo, table: WritableTable, scope: Scope): Typed {
  if (!col.defaultDefinition) return { type: col.type, value: null };
  return toColumn(evaluate(storedExpression(col.defaultDefinition), { scope }), col, table, scope);
}

/** evaluates `e` with the table's column names bound to `row` (CHECK, computed columns) */
export function evaluateOnRow(e: Expr, table: WritableTable, row: readonly Typed[], scope: Scope): Typed {
  return evaluate(e, { scope, row: { column: (ref: ColumnRef) => rowColumn(table, row, ref) } });
}

export function rowColumn(table: WritableTable, row: readonly Typed[], ref: ColumnRef): Typed {
  const i = table.columns.findIndex((c) => c.name.toLowerCase() === ref.name.toLowerCase());
  if (i < 0) throw sqlError(207, ref.name);
  return row[i]!;
}

/** recomputes every computed column of `row` (after its other columns changed) */
export function applyComputed(table: WritableTable, row: Typed[], scope: Scope): void {
  for (const c of table.computed ?? []) {
    const i = table.columns.findIndex((col) => col.name.toLowerCase() === c.name.toLowerCase());
    if (i < 0) continue;
    const v = evaluateOnRow(storedExpression(c.definition), table, row, scope);
    row[i] = toColumn(v, table.columns[i]!, table, scope);
  }
}

export function isComputed(table: WritableTable, name: string): boolean {
  return (table.computed ?? []).some((c) => c.name.toLowerCase() === name.toLowerCase());
}
