// SELECT @a = expr, @b = expr [WHERE condition] without FROM: one row, assigned left to right, so
// an item sees the assignments made before it in the same list (SELECT @a = @b, @b = @a leaves
// both equal to the old @b, as in SQL Server). Forms with a FROM clause run in select.ts.
import type { AssignItem, SelectStatement } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import { predicate } from '../expressions/predicate';
import type { Scope } from '../interpreter/scope';
import { assignVariable } from './assign';

/** The assignment items when `stmt` is a table-less assignment this file runs, else undefined. */
export function constantAssignment(stmt: SelectStatement): readonly AssignItem[] | undefined {
  const q = stmt.query;
  const b = q.body;
  // the common SELECT (no assignment) leaves at the first test
  if (b.kind !== 'querySpec' || b.items[0]?.kind !== 'assign') return undefined;
  if (q.with.length > 0 || q.orderBy.length > 0 || q.offset || q.fetch || q.for || b.kind !== 'querySpec') return undefined;
  if (b.from.length > 0 || b.top || b.into || b.distinct || b.groupBy.length > 0 || b.having) return undefined;
  if (b.items.length === 0 || !b.items.every((i) => i.kind === 'assign')) return undefined;
  return b.items as readonly AssignItem[];
}

export function executeConstantAssignment(stmt: SelectStatement, items: readonly AssignItem[], scope: Scope): void {
  const { session, run, frame } = scope;
  const where = stmt.query.body.kind === 'querySpec' ? stmt.query.body.where : undefined;
  const rows = where && predicate(where, { scope }) !== true ? 0 : 1;
  if (rows === 1) {
    for (const item of items) assignVariable(frame.get(item.variable), item.op, evaluate(item.expr, { scope }), scope);
  }
  session.rowCount = rows;
  session.lastError = 0;
  run.sink.statementDone({ command: 'select', ...(session.nocount ? {} : { rowCount: rows }), inProc: frame.inProc });
}
