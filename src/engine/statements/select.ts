// SELECT: a result set (COLMETADATA, ROWs, DONE with the row count unless NOCOUNT), or, when every
// item assigns a variable (SELECT @v = expr), assignments once per source row, the last row
// winning; that form also reports its row count, as SSMS's "(1 row affected)" shows.
import { sqlError } from '../../errors/catalog';
import type { AssignItem, Query, SelectStatement } from '../../tsql/ast';
import type { EvalContext } from '../expressions/eval-context';
import type { Scope } from '../interpreter/scope';
import { runQuery } from '../query/run-query';
import { assignVariable } from './assign';

/** Rows written between awaits of sink.drain() (ResultSink contract). */
const DRAIN_EVERY = 256;

export async function executeSelect(stmt: SelectStatement, scope: Scope): Promise<void> {
  const { session, run } = scope;
  const ctx: EvalContext = { scope };
  const rowLimit = session.options.rowCountLimit > 0 ? session.options.rowCountLimit : Infinity;
  const assignments = assignItems(stmt.query);
  if (assignments) {
    const rows = assignmentRows(stmt.query, assignments, ctx, rowLimit);
    finish(scope, rows);
    return;
  }
  const result = runQuery(stmt.query, ctx, rowLimit);
  run.sink.columns(result.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable })));
  let n = 0;
  for (const row of result.rows) {
    run.sink.row(row.map((t) => t.value));
    if (++n % DRAIN_EVERY === 0) await run.sink.drain();
  }
  finish(scope, n);
}

function finish(scope: Scope, rows: number): void {
  const { session, run, frame } = scope;
  session.rowCount = rows;
  session.lastError = 0;
  run.sink.statementDone({
    command: 'select',
    ...(session.nocount ? {} : { rowCount: rows }),
    inProc: frame.inProc,
  });
}

/** The assignment items when the select list assigns; 141 when it mixes both kinds. */
function assignItems(query: Query): readonly AssignItem[] | undefined {
  const body = query.body;
  if (body.kind !== 'querySpec') return undefined;
  const assigns = body.items.filter((i): i is AssignItem => i.kind === 'assign');
  if (assigns.length === 0) return undefined;
  if (assigns.length !== body.items.length) throw sqlError(141);
  return assigns;
}

function assignmentRows(query: Query, items: readonly AssignItem[], ctx: EvalContext, limit: number): number {
  const body = query.body;
  if (body.kind !== 'querySpec') return 0;
  // Evaluate the assigned expressions as a plain select list over the same source rows. Each row's
  // values are computed before any assignment: exact for the one-row selects of this issue;
  // accumulating assignments over tables (SELECT @s += name FROM t) need per-row evaluation.
  const asSelect: Query = {
    ...query,
    body: { ...body, items: items.map((i) => ({ kind: 'expr' as const, line: i.line, expr: i.expr })) },
  };
  const result = runQuery(asSelect, ctx, limit);
  for (const row of result.rows) {
    items.forEach((item, i) => assignVariable(ctx.scope.frame.get(item.variable), item.op, row[i]!, ctx.scope));
  }
  return result.rows.length;
}
