// SELECT: a result set (COLMETADATA, ROWs, DONE with the row count unless NOCOUNT); SELECT ...
// INTO (query/select-into.ts); or, when every item assigns a variable (SELECT @v = expr),
// assignments once per source row, the last row winning. Assignments that read a variable they
// assign (SELECT @s = @s + name FROM t) are evaluated row by row in JS over the fetched columns.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { AssignItem, ColumnRef, Expr, Query, SelectStatement } from '../../tsql/ast';
import type { Typed } from '../../types/typed-value';
import type { SqlValue } from '../../types/values';
import { evaluate } from '../expressions/evaluate';
import { literalValue } from '../expressions/literal';
import type { EvalContext } from '../expressions/eval-context';
import type { Scope } from '../interpreter/scope';
import { needsTables } from '../query/needs-tables';
import { runQuery, type QueryColumn } from '../query/run-query';
import type { ResultColumn } from '../result-sink';
import { executeSelectInto } from '../query/select-into';
import { materializeFunctions, type MaterializedFunctions } from '../query/table-functions';
import { executePreparedValues, prepareQuery, runSqlQuery } from '../query/sql-query';
import { assignVariable } from './assign';

/** Rows written between awaits of sink.drain() (ResultSink contract). */
const DRAIN_EVERY = 256;

/**
 * A select list of constants over nothing (`SELECT 1`, the ping of every connection pool): its
 * columns and its one row depend only on the statement, so they are built once per parsed
 * statement (ASTs are immutable and shared through the parse cache) and sent as they are. The
 * columns array being the same object each time, the connection reuses its COLMETADATA bytes.
 */
interface ConstantResult {
  readonly columns: readonly ResultColumn[];
  readonly values: readonly SqlValue[];
}

/** null: the statement is not a select list of constants */
const constantResults = new WeakMap<SelectStatement, ConstantResult | null>();

/**
 * Runs synchronously when it can (the usual SELECT without tables): a promise only when the
 * statement must wait (a store query, SELECT INTO, the client draining a large result).
 */
export function executeSelect(stmt: SelectStatement, scope: Scope): Promise<void> | undefined {
  const constant = constantResult(stmt);
  if (constant) {
    const sink = scope.run.sink;
    sink.columns(constant.columns);
    sink.row(constant.values);
    finish(scope, 1);
    return undefined;
  }
  const { session, run } = scope;
  const rowLimit = session.options.rowCountLimit > 0 ? session.options.rowCountLimit : Infinity;
  const assignments = assignItems(stmt.query);
  if (assignments) {
    finish(scope, assignmentRows(stmt.query, assignments, { scope }, rowLimit));
    return undefined;
  }
  if (stmt.query.body.kind === 'querySpec' && stmt.query.body.into) return executeSelectInto(stmt.query, stmt.query.body.into, scope);
  if (session.storage && needsTables(stmt.query)) return selectFromTables(stmt, scope, rowLimit);
  const ctx: EvalContext = { scope };
  const result = runQuery(stmt.query, ctx, rowLimit);
  run.sink.columns(resultColumns(result.columns));
  return sendRows(result.rows, 0, scope, typedValues);
}

/**
 * The columns the statement's result set has, found by the same path executeSelect takes (the
 * same translation, the same column objects) without reading a row from the store: SET FMTONLY
 * ON and sp_describe_first_result_set. undefined: the statement sends no result set (it assigns
 * variables or is SELECT ... INTO). A SELECT without tables is evaluated (it reads nothing).
 */
export function describeSelect(stmt: SelectStatement, scope: Scope): readonly ResultColumn[] | undefined | Promise<readonly ResultColumn[] | undefined> {
  const constant = constantResult(stmt);
  if (constant) return constant.columns;
  if (assignItems(stmt.query)) return undefined;
  if (stmt.query.body.kind === 'querySpec' && stmt.query.body.into) return undefined;
  if (!scope.session.storage || !needsTables(stmt.query)) {
    try {
      return resultColumns(runQuery(stmt.query, { scope }).columns);
    } catch (e) {
      // a value error (SELECT 1/0) is the run's, not the description's: the translator types it
      if (!(e instanceof SqlError) || !scope.session.storage) throw e;
    }
  }
  const functions = materializeFunctions(stmt.query, scope);
  const describe = (f: MaterializedFunctions): readonly ResultColumn[] => {
    try {
      return cachedResultColumns(prepareQuery(stmt.query, scope, f.tables).columns);
    } finally {
      f.release();
    }
  };
  return functions instanceof Promise ? functions.then(describe) : describe(functions);
}

/** Synchronous unless a table-valued function must run first or the client must drain the rows. */
function selectFromTables(stmt: SelectStatement, scope: Scope, rowLimit: number): Promise<void> | undefined {
  const functions = materializeFunctions(stmt.query, scope);
  if (functions instanceof Promise) return functions.then((f) => selectWith(stmt, scope, rowLimit, f));
  return selectWith(stmt, scope, rowLimit, functions);
}

function selectWith(stmt: SelectStatement, scope: Scope, rowLimit: number, functions: MaterializedFunctions): Promise<void> | undefined {
  // Translation errors come before any result; run-time errors (512, 8134...) after COLMETADATA.
  let rows: readonly (readonly SqlValue[])[];
  try {
    const prepared = prepareQuery(stmt.query, scope, functions.tables);
    scope.run.sink.columns(cachedResultColumns(prepared.columns));
    rows = executePreparedValues(prepared, scope, rowLimit);
  } finally {
    functions.release();
  }
  return sendRows(rows, 0, scope, asValues);
}

/**
 * A cached translation's columns are the same array at every execution: so are its result
 * columns, which lets the connection recognise its COLMETADATA by identity.
 */
const resultColumnsOf = new WeakMap<readonly QueryColumn[], readonly ResultColumn[]>();

function cachedResultColumns(columns: readonly QueryColumn[]): readonly ResultColumn[] {
  let out = resultColumnsOf.get(columns);
  if (out === undefined) {
    out = resultColumns(columns);
    resultColumnsOf.set(columns, out);
  }
  return out;
}

function resultColumns(columns: readonly QueryColumn[]): ResultColumn[] {
  const out: ResultColumn[] = new Array<ResultColumn>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i]!;
    out[i] = c.identity ? { name: c.name, type: c.type, nullable: c.nullable, identity: true } : { name: c.name, type: c.type, nullable: c.nullable };
  }
  return out;
}

/** Rows from `from` on, each turned into its values; waits for the client every DRAIN_EVERY rows when the sink asks to. */
function sendRows<R>(rows: readonly R[], from: number, scope: Scope, values: (row: R) => readonly SqlValue[]): Promise<void> | undefined {
  const sink = scope.run.sink;
  for (let n = from; n < rows.length;) {
    sink.row(values(rows[n]!));
    n++;
    if (n % DRAIN_EVERY === 0) {
      const wait = sink.drain();
      if (wait) return wait.then(() => sendRows(rows, n, scope, values));
    }
  }
  finish(scope, rows.length);
  return undefined;
}

const valueOf = (t: Typed): SqlValue => t.value;
const typedValues = (row: readonly Typed[]): readonly SqlValue[] => row.map(valueOf);
/** rows that are values already */
const asValues = (row: readonly SqlValue[]): readonly SqlValue[] => row;

function finish(scope: Scope, rows: number): void {
  const { session, run, frame } = scope;
  session.rowCount = rows;
  session.lastError = 0;
  run.sink.statementDone(session.nocount ? { command: 'select', inProc: frame.inProc } : { command: 'select', rowCount: rows, inProc: frame.inProc });
}

function constantResult(stmt: SelectStatement): ConstantResult | null {
  const known = constantResults.get(stmt);
  if (known !== undefined) return known;
  let result: ConstantResult | null;
  try {
    result = buildConstantResult(stmt.query);
  } catch {
    // a literal out of range (8115): the ordinary path raises it in its place
    return null;
  }
  constantResults.set(stmt, result);
  return result;
}

/** As runQuery's projection types them: name = alias or '', the literal's type, not nullable. */
function buildConstantResult(query: Query): ConstantResult | null {
  const body = query.body;
  if (query.with.length > 0 || query.orderBy.length > 0 || query.offset || query.fetch || query.for || body.kind !== 'querySpec') return null;
  if (body.from.length > 0 || body.where || body.top || body.into || body.distinct || body.groupBy.length > 0 || body.having) return null;
  if (body.items.length === 0) return null;
  const columns: ResultColumn[] = [];
  const values: SqlValue[] = [];
  for (const item of body.items) {
    if (item.kind !== 'expr' || item.expr.kind !== 'literal' || item.expr.form === 'binary') return null;
    const value = literalValue(item.expr);
    columns.push({ name: item.alias ?? '', type: value.type, nullable: false });
    values.push(value.value);
  }
  return { columns, values };
}

/** The assignment items when the select list assigns; 141 when it mixes both kinds. */
function assignItems(query: Query): readonly AssignItem[] | undefined {
  const body = query.body;
  if (body.kind !== 'querySpec') return undefined;
  // counted, not filtered: every SELECT asks, and almost none assigns
  let assigns = 0;
  for (const item of body.items) if (item.kind === 'assign') assigns++;
  if (assigns === 0) return undefined;
  if (assigns !== body.items.length) throw sqlError(141);
  return body.items as readonly AssignItem[];
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
