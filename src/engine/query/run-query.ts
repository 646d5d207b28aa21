// Queries without tables: a SELECT list over no FROM (one row), evaluated by the interpreter (the
// cheapest path: SELECT 1 never reaches SQLite). Everything else runs through the translator
// (sql-query.ts) on the session's store connection; without one (engine unit tests) one built-in
// system view can still be read here, with WHERE, TOP and ORDER BY.
import { sqlError } from '../../errors/catalog';
import type { ColumnRef, Expr, Query, QuerySpec } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import type { EvalContext, RowScope } from '../expressions/eval-context';
import { evaluate, staticType } from '../expressions/evaluate';
import { predicate } from '../expressions/predicate';
import { unwrapVariant } from '../expressions/variant';
import { compareOperands } from '../expressions/variant-order';
import { notSupportedExpression } from '../statements/not-supported';
import { findSystemView, type SystemView } from '../system-views';
import { needsTables } from './needs-tables';
import { runSqlQuery } from './sql-query';

export interface QueryColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly identity?: boolean;
  readonly identitySpec?: { readonly seed: bigint; readonly increment: bigint };
}

export interface QueryResult {
  readonly columns: readonly QueryColumn[];
  readonly rows: readonly (readonly Typed[])[];
}

/** One source row with the scope that resolves its column names. */
interface SourceRow {
  readonly ctx: EvalContext;
}

export function runQuery(query: Query, ctx: EvalContext, limit = Infinity): QueryResult {
  if (ctx.scope.session.storage && needsTables(query)) return runSqlQuery(query, ctx.scope, limit);
  if (query.with.length > 0) throw notSupportedExpression('WITH (common table expressions)');
  if (query.for) throw notSupportedExpression(`FOR ${query.for.kind.toUpperCase()}`);
  if (query.offset || query.fetch) throw notSupportedExpression('OFFSET/FETCH');
  const body = query.body;
  if (body.kind === 'query') {
    if (query.orderBy.length > 0) throw notSupportedExpression('ORDER BY over a parenthesised query');
    return runQuery(body, ctx, limit);
  }
  if (body.kind === 'setOperation') throw notSupportedExpression(body.op.toUpperCase());
  return runSpec(body, query, ctx, limit);
}

function runSpec(spec: QuerySpec, query: Query, ctx: EvalContext, limit: number): QueryResult {
  if (spec.distinct) throw notSupportedExpression('DISTINCT');
  if (spec.groupBy.length > 0 || spec.having) throw notSupportedExpression('GROUP BY');
  if (spec.into) throw notSupportedExpression('SELECT INTO');
  const source = sourceRows(spec, ctx);
  let rows = spec.where ? source.rows.filter((r) => predicate(spec.where as Expr, r.ctx) === true) : source.rows;
  if (query.orderBy.length > 0) rows = sortRows(rows, query.orderBy);
  let max = limit;
  if (spec.top) {
    if (spec.top.percent || spec.top.withTies) throw notSupportedExpression('TOP PERCENT / WITH TIES');
    const n = unwrapVariant(evaluate(spec.top.count, ctx)).value;
    if (n !== null) max = Math.min(max, Number(n));
  }
  if (rows.length > max) rows = rows.slice(0, max);
  return project(spec, source.view, rows, ctx);
}

function sourceRows(spec: QuerySpec, ctx: EvalContext): { view?: SystemView; rows: SourceRow[] } {
  if (spec.from.length === 0) return { rows: [{ ctx }] };
  const from = spec.from[0];
  if (spec.from.length > 1 || !from || from.kind !== 'table') throw notSupportedExpression('FROM with joins or derived tables');
  const view = findSystemView(from.name);
  if (!view) throw sqlError(208, [from.name.database, from.name.schema, from.name.name].filter((p) => p !== undefined).join('.'));
  const exposed = (from.alias ?? from.name.name).toLowerCase();
  const rows: SourceRow[] = [];
  for (const values of view.rows(ctx.scope)) {
    const row: RowScope = { column: (ref) => viewColumn(view, exposed, values, ref) };
    rows.push({ ctx: { scope: ctx.scope, row } });
  }
  return { view, rows };
}

function viewColumn(view: SystemView, exposed: string, values: readonly unknown[], ref: ColumnRef): Typed {
  const q = ref.qualifier[ref.qualifier.length - 1];
  if (q !== undefined && q.toLowerCase() !== exposed) {
    throw sqlError(4104, [...ref.qualifier, ref.name].join('.'));
  }
  const i = view.columns.findIndex((c) => c.name.toLowerCase() === ref.name.toLowerCase());
  if (i < 0) throw sqlError(207, ref.name);
  return typed(view.columns[i]!.type, values[i] as Typed['value']);
}

function sortRows(rows: SourceRow[], orderBy: Query['orderBy']): SourceRow[] {
  const keyed = rows.map((r) => ({ r, keys: orderBy.map((o) => evaluate(o.expr, r.ctx)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < orderBy.length; i++) {
      const x = a.keys[i]!;
      const y = b.keys[i]!;
      // NULLs sort first ascending (SQL Server).
      const c = x.value === null ? (y.value === null ? 0 : -1) : y.value === null ? 1 : (compareOperands(x, y) ?? 0);
      if (c !== 0) return orderBy[i]!.desc ? -c : c;
    }
    return 0;
  });
  return keyed.map((k) => k.r);
}

function project(spec: QuerySpec, view: SystemView | undefined, rows: SourceRow[], ctx: EvalContext): QueryResult {
  const columns: QueryColumn[] = [];
  const getters: ((r: SourceRow) => Typed)[] = [];
  const explicit: boolean[] = [];
  for (const item of spec.items) {
    if (item.kind === 'assign') throw sqlError(141);
    if (item.kind === 'star') {
      if (!view) throw notSupportedExpression('SELECT * without FROM');
      view.columns.forEach((c, i) => {
        columns.push({ name: c.name, type: c.type, nullable: c.nullable });
        explicit.push(true);
        getters.push((r) => r.ctx.row!.column({ kind: 'column', line: item.line, qualifier: [], name: view.columns[i]!.name }));
      });
      continue;
    }
    const expr = item.expr;
    const name = item.alias ?? (expr.kind === 'column' ? expr.name : '');
    const viewCol = view && expr.kind === 'column'
      ? view.columns.find((c) => c.name.toLowerCase() === expr.name.toLowerCase()) : undefined;
    const known = viewCol?.type ?? staticType(expr, ctx);
    explicit.push(known !== undefined);
    columns.push({
      name,
      type: known ?? { kind: 'int' },
      nullable: viewCol ? viewCol.nullable : expr.kind !== 'literal',
    });
    getters.push((r) => evaluate(expr, r.ctx));
  }
  const out = rows.map((r) => getters.map((g) => g(r)));
  const first = out[0];
  // Without a static type, a column takes the type of its first value (SELECT of one row).
  const typedColumns = first
    ? columns.map((c, i) => (explicit[i] ? c : { ...c, type: first[i]!.type }))
    : columns;
  return { columns: typedColumns, rows: out };
}
