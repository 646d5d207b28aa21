// Table-valued functions, materialized: `materializeTableFunction(scope, name, args)` runs an
// inline (RETURNS TABLE AS RETURN SELECT ...) or multi-statement (RETURNS @t TABLE (...)) function
// with constant arguments and hands back the filled table as a WritableTable, for the query
// translator to read like a table variable (it calls this before translating the statement, then
// `release()` afterwards). Errors inside the body end the call, as they end the calling statement
// in SQL Server.
import { sqlError } from '../../errors/catalog';
import type { FunctionStatement, ObjectName, QueryExpr, Statement } from '../../tsql/ast';
import { findObject } from '../ddl/catalog-rows';
import { DEFAULT_SCHEMA } from '../ddl/object-names';
import { storageOf } from '../ddl/storage-of';
import { dropFrameTableVariables } from '../ddl/table-variables';
import { dropTempTable } from '../ddl/temp-tables';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import { Frame } from '../interpreter/frame';
import { executeStatements } from '../interpreter/interpreter';
import { withoutFormatOnly } from '../interpreter/format-only';
import { MAX_NESTING } from '../interpreter/procedure-call';
import { RequestRun, type Scope } from '../interpreter/scope';
import { QUIET_SINK } from '../interpreter/quiet-sink';
import { CaughtErrorSignal, ReturnSignal } from '../interpreter/signals';
import { parseCached } from '../parse';
import { findTableVariable, findTempTable } from '../sql/local-tables';
import type { WritableTable } from '../sql/source-types';
import { convertForAssignment } from '../statements/assign';
import type { FunctionArgument } from './user-function';
import { isDescribeFunction, materializeDescribe } from '../describe/describe-function';

export interface MaterializedTable {
  readonly table: WritableTable;
  release(): void;
}

let serial = 0;

export async function materializeTableFunction(scope: Scope, name: ObjectName, args: readonly FunctionArgument[]): Promise<MaterializedTable> {
  if (isDescribeFunction(name)) return materializeDescribe(scope, args);
  const s = storageOf(scope);
  const database = name.database ?? scope.session.database;
  const schema = name.schema ?? DEFAULT_SCHEMA;
  const display = `${schema}.${name.name}`;
  const obj = scope.engine.store.databaseExists(database) ? findObject(s, s.sqliteSchema(database), schema, name.name) : undefined;
  const def = obj?.definition ? parseCached(obj.definition, scope.engine).statements[0] : undefined;
  if (!obj || (obj.type !== 'IF' && obj.type !== 'TF') || def?.kind !== 'createFunction') throw sqlError(208, display);
  if (args.length > def.params.length) throw sqlError(8144, display);
  if (args.length < def.params.length) throw sqlError(313, display);
  const frame = new Frame(def.name.name, scope.frame.nestLevel + 1);
  if (frame.nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  // the body's statements are the function's own: their DONE tokens (a SELECT INTO's count) are
  // not the client's, so they go to a quiet sink; errors still unwind (tryDepth below)
  const inner: Scope = { engine: scope.engine, session: scope.session, run: new RequestRun(QUIET_SINK, scope.run.signal), frame };
  def.params.forEach((p, i) => {
    const type = resolveTypeRef(p.type);
    const a = args[i]!;
    if (a === 'default' && !p.default) throw sqlError(313, display);
    const v = a === 'default' ? evaluate(p.default!, { scope }) : a;
    frame.declare(p.name, type, null).value = convertForAssignment(v, type, scope);
  });
  const { body, result } = plan(def, ++serial);
  // Errors must end the function, not be reported and skipped: run the body as inside TRY.
  inner.run.tryDepth++;
  const callerDatabase = scope.session.database;
  scope.session.database = scope.engine.store.getDatabase(database)?.name ?? database;
  try {
    await withoutFormatOnly(scope.session.options, () => executeStatements(body, inner));
  } catch (e) {
    if (e instanceof CaughtErrorSignal) throw e.error;
    if (!(e instanceof ReturnSignal)) throw e;
  } finally {
    inner.run.tryDepth--;
    scope.session.database = callerDatabase;
  }
  const table = result.kind === 'temp' ? findTempTable(scope.session, result.name) : findTableVariable(frame, result.name);
  if (!table) throw new Error(`table function ${display} produced no table`);
  return {
    table,
    release: () => {
      if (result.kind === 'temp') dropTempTable(inner, result.name);
      dropFrameTableVariables(inner, frame);
    },
  };
}

function plan(def: FunctionStatement, n: number): { body: readonly Statement[]; result: { kind: 'temp' | 'variable'; name: string } } {
  const r = def.returns;
  if (r.kind === 'multiStatementTable') {
    const declare: Statement = { kind: 'declare', line: 1, items: [{ kind: 'table', name: r.variable, definition: r.definition }] };
    return { body: [declare, ...r.body], result: { kind: 'variable', name: r.variable } };
  }
  if (r.kind !== 'inlineTable') throw new Error('scalar function used as a table');
  // The inline query becomes SELECT ... INTO a private #temp table (INTO sits in the first SELECT).
  const name = `#__msxd_tvf_${n}`;
  const select: Statement = { kind: 'select', line: r.query.line, query: { ...r.query, body: withInto(r.query.body, name) } };
  return { body: [select], result: { kind: 'temp', name } };
}

function withInto(q: QueryExpr, name: string): QueryExpr {
  switch (q.kind) {
    case 'querySpec': return { ...q, into: { name } };
    case 'setOperation': return { ...q, left: withInto(q.left, name) };
    case 'query': return { ...q, body: withInto(q.body, name) };
    default: {
      const never: never = q;
      throw new Error(`unknown query ${String(never)}`);
    }
  }
}
