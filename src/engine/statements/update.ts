// UPDATE [TOP (n)] target SET col = expr, @v = expr, @v = col = expr [OUTPUT ...] [FROM ...]
// [WHERE ...]. The new values are computed by SQLite from the rows as they were (every SET sees
// the old values, as in SQL Server), then each row is converted, checked and written in JS.
import { sqlError } from '../../errors/catalog';
import type { ColumnRef, Expr, UpdateSetItem, UpdateStatement } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import type { Scope } from '../interpreter/scope';
import { applyComputed, defaultValue, isComputed, toColumn } from '../query/column-values';
import { checkConstraints, checkForeignKeys, checkNotNull, checkReferences } from '../query/constraints';
import { dmlContext, resolveTarget, runDml } from '../query/dml-common';
import { OutputCollector, otherValue } from '../query/output-clause';
import { updateRow } from '../query/table-rows';
import { cachedTargetRows, readTargetRows } from '../query/target-rows';
import { tx } from '../sql/translate-expr';
import { positionedRow } from '../query/positioned';
import { andWhere, viewTarget } from '../query/view-target';
import { assignVariable } from './assign';

interface SetPlan {
  /** index into table.columns, or -1 for a variable-only item */
  readonly column: number;
  readonly variable?: string;
  /** index of the computed value in the row query */
  readonly valueIndex: number;
}

export async function executeUpdate(statement: UpdateStatement, scope: Scope): Promise<void> {
  let stmt = statement;
  const c = dmlContext(scope);
  const view = viewTarget(stmt.target, c);
  if (view) stmt = { ...stmt, target: view.base, ...withWhere(andWhere(view.where, stmt.where)) };
  const resolved = resolveTarget(stmt.target, c, 'UPDATE', stmt.from);
  const target = view ? { ...resolved, exposed: view.exposed } : resolved;
  const table = target.table;
  const positioned = stmt.currentOf ? positionedRow(stmt.currentOf, target, scope) : undefined;
  const plans: SetPlan[] = [];
  const exprs: Expr[] = [];
  const seen = new Set<number>();
  for (const item of stmt.set) {
    const column = item.kind === 'variable' ? -1 : columnIndex(item.column, table.columns.map((col) => col.name));
    if (column >= 0) {
      const col = table.columns[column]!;
      if (seen.has(column)) throw sqlError(264, col.name);
      if (col.identity) throw sqlError(8102, col.name);
      if (isComputed(table, col.name)) throw sqlError(271, col.name);
      seen.add(column);
    }
    // SET col = DEFAULT takes the column's default (NULL without one), evaluated per row.
    const isDefault = item.kind === 'column' && item.op === '=' && item.value.kind === 'default';
    if (!isDefault) exprs.push(valueExpr(item));
    plans.push({ column, ...(item.kind !== 'column' ? { variable: item.variable } : {}), valueIndex: isDefault ? -1 : exprs.length - 1 });
  }
  const output = new OutputCollector(stmt.output, table, scope, c);
  const changed = new Set([...seen].map((i) => table.columns[i]!.name.toLowerCase()));
  const changedIdx = [...seen];
  let lastValues: Typed[] | undefined;
  await runDml(scope, 'update', (s) => {
    const others = output.otherColumns();
    const prepared = cachedTargetRows(view || output.active ? undefined : statement, stmt, target, c,
      (ctx) => [...exprs, ...others].map((e) => tx(e, ctx)));
    const all = readTargetRows(s, prepared, target, scope);
    const rows = positioned ? all.filter((r) => positioned.matches(r.old)).slice(0, 1) : all;
    for (const r of rows) {
      const row = [...r.old];
      for (const p of plans) {
        if (p.column < 0) continue;
        const col = table.columns[p.column]!;
        row[p.column] = p.valueIndex < 0 ? defaultValue(col, table, scope) : toColumn(r.computed[p.valueIndex]!, col, table, scope);
      }
      applyComputed(table, row, scope);
      checkNotNull(table, row, 'UPDATE');
      checkConstraints(table, row, 'UPDATE', scope);
      checkForeignKeys(s, table, row, 'UPDATE', changed);
      checkReferences(s, table, r.old, 'UPDATE', changed);
      updateRow(s, table, r.rowid, row, [...changedIdx, ...computedIdx(table)]);
      output.add({ inserted: row, deleted: r.old, action: 'UPDATE', extra: (ref) => otherValue(others, ref, r.computed, exprs.length) });
      positioned?.changed(row);
      lastValues = plans.map((p) => (p.column >= 0 ? row[p.column]! : r.computed[p.valueIndex]!));
    }
    output.writeInto(s);
    return rows.length;
  }, () => output.emit(), stmt.line);
  // SET @v = ... keeps the value of the last row updated.
  if (lastValues) {
    plans.forEach((p, i) => {
      if (p.variable) assignVariable(scope.frame.get(p.variable), '=', lastValues![i]!, scope);
    });
  }
}

function computedIdx(table: { columns: readonly { name: string }[]; computed?: readonly { name: string }[] }): number[] {
  return (table.computed ?? []).map((c) => table.columns.findIndex((col) => col.name.toLowerCase() === c.name.toLowerCase())).filter((i) => i >= 0);
}

function columnIndex(ref: ColumnRef, names: readonly string[]): number {
  const i = names.findIndex((n) => n.toLowerCase() === ref.name.toLowerCase());
  if (i < 0) throw sqlError(207, ref.name);
  return i;
}

function valueExpr(item: UpdateSetItem): Expr {
  if (item.op === '=') return item.value;
  const op = item.op.slice(0, 1) as '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^';
  const left: Expr = item.kind === 'variable' ? { kind: 'variable', line: item.value.line, name: item.variable } : item.column;
  return { kind: 'binary', line: item.value.line, op, left, right: item.value };
}

function withWhere(where: Expr | undefined): { where?: Expr } {
  return where ? { where } : {};
}
