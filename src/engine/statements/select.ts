// SELECT: a result set (COLMETADATA, ROWs, DONE with the row count unless NOCOUNT); SELECT ...
// INTO (query/select-into.ts); or, when every item assigns a variable (SELECT @v = expr),
// assignments once per source row, the last row winning. Assignments that read a variable they
// assign (SELECT @s = @s + name FROM t) are evaluated row by row in JS over the fetched columns.
import { sqlError } from '../../errors/catalog';
import type { AssignItem, ColumnRef, Expr, Query, SelectStatement } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import { evaluate } from '../expressions/evaluate';
import type { EvalContext } from '../expressions/eval-context';
import type { Scope } from '../interpreter/scope';
import { needsTables } from '../query/needs-tables';
import { runQuery } from '../query/run-query';
import { executeSelectInto } from '../query/select-into';
import { materializeFunctions } from '../query/table-functions';
import { executePrepared, prepareQuery, runSqlQuery } from '../query/sql-query';
import { assignVariable } from './assign';

/** Rows written between awaits of sink.drain() (ResultSink contract). */
const DRAIN_EVERY = 256;

export async function executeSelect(stmt: SelectStatement, scope: Scope): Promise<void> {
  const { session, run } = scope;
  const ctx: EvalContext = { scope };
  const rowLimit = session.options.rowCountLimit > 0 ? session.options.rowCountLimit : Infinity;
  const assignments = assignItems(stmt.query);
  if (assignments) {
    finish(scope, assignmentRows(stmt.query, assignments, ctx, rowLimit));
    return;
  }
  if (stmt.query.body.kind === 'querySpec' && stmt.query.body.into) {
    await executeSelectInto(stmt.query, stmt.query.body.into, scope);
    return;
  }
  let rows: readonly (readonly Typed[])[];
  if (session.storage && needsTables(stmt.query)) {
    // Translation errors come before any result; run-time errors (512, 8134...) after COLMETADATA.
    const functions = await materializeFunctions(stmt.query, scope);
    try {
      const prepared = prepareQuery(stmt.query, scope, functions.tables);
      run.sink.columns(prepared.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, ...(c.identity ? { identity: true } : {}) })));
      rows = executePrepared(prepared, scope, rowLimit);
    } finally {
      functions.release();
    }
  } else {
    const result = runQuery(stmt.query, ctx, rowLimit);
    run.sink.columns(result.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, ...(c.identity ? { identity: true } : {}) })));
    rows = result.rows;
  }
  let n = 0;
  for (const row of rows) {
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
  if (ctx.scope.session.storage && needsTables(query) && readsAssigned(items)) return perRow(query, items, ctx.scope, limit);
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

function readsAssigned(items: readonly AssignItem[]): boolean {
  const assigned = new Set(items.map((i) => i.variable.toLowerCase()));
  return items.some((i) => i.op !== '=' || nodesOf(i.expr).some((n) => n.kind === 'variable' && assigned.has(n.name.toLowerCase())));
}

function nodesOf(e: Expr): Expr[] {
  const out: Expr[] = [];
  const walk = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      x.forEach(walk);
      return;
    }
    const node = x as { kind?: unknown };
    if (typeof node.kind === 'string' && node.kind !== 'query') out.push(node as Expr);
    if (node.kind === 'subquery' || node.kind === 'exists' || node.kind === 'inSubquery' || node.kind === 'quantified') return;
    for (const v of Object.values(x)) walk(v);
  };
  walk(e);
  return out;
}

/** fetches the referenced columns in SQL, evaluates the assignments per row in JS */
function perRow(query: Query, items: readonly AssignItem[], scope: Scope, limit: number): number {
  const body = query.body;
  if (body.kind !== 'querySpec') return 0;
  const refs = items.flatMap((i) => nodesOf(i.expr)).filter((n): n is ColumnRef => n.kind === 'column');
  const fetched: Query = {
    ...query,
    body: {
      ...body,
      items: refs.length > 0
        ? refs.map((r, i) => ({ kind: 'expr' as const, line: r.line, expr: r, alias: `__r${i}` }))
        : [{ kind: 'expr' as const, line: body.line, expr: { kind: 'literal', line: body.line, form: 'integer', text: '1', unicode: false } }],
    },
  };
  const result = runSqlQuery(fetched, scope, limit);
  const index = new Map<ColumnRef, number>(refs.map((r, i) => [r, i]));
  for (const row of result.rows) {
    const ctx: EvalContext = { scope, row: { column: (ref) => row[index.get(ref) ?? -1] ?? nullColumn(ref) } };
    for (const item of items) assignVariable(scope.frame.get(item.variable), item.op, evaluate(item.expr, ctx), scope);
  }
  return result.rows.length;
}

function nullColumn(ref: ColumnRef): Typed {
  throw sqlError(207, ref.name);
}
