// Calling a T-SQL scalar function: dbo.fn(args) in any expression. `callUserFunction` is the one
// entry point for the interpreter's expression evaluator and for the query translator (which may
// register it as a SQLite function and call it per row). Arguments are values already evaluated;
// 'default' stands for the DEFAULT keyword (scalar functions take no omitted arguments).
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { FunctionCall, FunctionStatement, ObjectName } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { findObject } from '../ddl/catalog-rows';
import { DEFAULT_SCHEMA } from '../ddl/object-names';
import { storageOf } from '../ddl/storage-of';
import { dropFrameTableVariables } from '../ddl/table-variables';
import type { EvalContext } from '../expressions/eval-context';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import { Frame } from '../interpreter/frame';
import { MAX_NESTING } from '../interpreter/procedure-call';
import { withFrame, type Scope } from '../interpreter/scope';
import { parseCached } from '../parse';
import { convertForAssignment } from '../statements/assign';
import { notSupportedExpression } from '../statements/not-supported';
import { runFunctionBody } from './function-body';
import { checkObjectPermission } from '../sql/permissions';

export type FunctionArgument = Typed | 'default';

export function callUserFunction(scope: Scope, name: ObjectName, args: readonly FunctionArgument[]): Typed {
  const { def, database, display, schema, objectId } = findFunction(scope, name);
  checkObjectPermission(scope, { database, schema, name: def.name.name, objectId, kind: 'function' }, 'EXECUTE');
  if (def.returns.kind !== 'scalar') throw notSupportedExpression(`table-valued function ${display} in an expression`);
  if (args.length > def.params.length) throw sqlError(8144, display);
  if (args.length < def.params.length) throw sqlError(313, display);
  const nestLevel = scope.frame.nestLevel + 1;
  if (nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  const frame = new Frame(def.name.name, nestLevel);
  const inner = withFrame(scope, frame);
  def.params.forEach((p, i) => {
    const type = resolveTypeRef(p.type);
    const a = args[i]!;
    let value: Typed;
    if (a === 'default') {
      if (!p.default) throw sqlError(313, display);
      value = evaluate(p.default, { scope });
    } else value = a;
    frame.declare(p.name, type, null).value = convertForAssignment(value, type, scope);
  });
  const { session } = scope;
  const callerDatabase = session.database;
  session.database = database;
  try {
    return runFunctionBody(def.returns.body, inner, resolveTypeRef(def.returns.type));
  } catch (e) {
    if (e instanceof SqlError && e.procName === '') e.procName = def.name.name;
    throw e;
  } finally {
    session.database = callerDatabase;
    dropFrameTableVariables(scope, frame);
  }
}

function findFunction(scope: Scope, name: ObjectName): { def: FunctionStatement; database: string; display: string; schema: string; objectId: number } {
  if (name.server) throw notSupportedExpression('four-part function names');
  const s = storageOf(scope);
  const database = name.database ?? scope.session.database;
  const schema = name.schema ?? DEFAULT_SCHEMA;
  const display = `${schema}.${name.name}`;
  const obj = scope.engine.store.databaseExists(database) ? findObject(s, s.sqliteSchema(database), schema, name.name) : undefined;
  if (!obj || !['FN', 'IF', 'TF'].includes(obj.type) || obj.definition === null) throw unknownFunction(name, schema);
  const stmt = parseCached(obj.definition, scope.engine).statements[0];
  if (stmt?.kind !== 'createFunction') throw unknownFunction(name, schema);
  return { def: stmt, database: scope.engine.store.getDatabase(database)?.name ?? database, display, schema: obj.schema, objectId: obj.objectId };
}

// SQL Server could not bind the call either as a column (its first part taken as a table or
// alias) or as a function: 4121 names that first part as the column and the whole name as
// written as the function ("nope" and "nope.dbo.f1" for nope.dbo.f1(41)).
function unknownFunction(name: ObjectName, schema: string): SqlError {
  if (name.database === undefined) return sqlError(4121, schema, `${schema}.${name.name}`);
  return sqlError(4121, name.database, `${name.database}.${name.schema ?? ''}.${name.name}`);
}

export interface UserFunctionSignature {
  readonly returns: SqlType;
  readonly params: readonly { readonly name: string; readonly type: SqlType; readonly hasDefault: boolean }[];
}

/** The declared types of a scalar function (for the translator to type a per-row call); 4121 if unknown. */
export function userFunctionSignature(scope: Scope, name: ObjectName): UserFunctionSignature {
  const { def, display } = findFunction(scope, name);
  if (def.returns.kind !== 'scalar') throw notSupportedExpression(`table-valued function ${display} in an expression`);
  return {
    returns: resolveTypeRef(def.returns.type),
    params: def.params.map((p) => ({ name: p.name, type: resolveTypeRef(p.type), hasDefault: p.default !== undefined })),
  };
}

/** The evaluator's hook: a schema-qualified call in an expression. */
export function evaluateUserFunctionCall(call: FunctionCall, ctx: EvalContext): Typed {
  const args = call.args.map((a): FunctionArgument => (a.kind === 'default' ? 'default' : evaluate(a, ctx)));
  return callUserFunction(ctx.scope, call.name, args);
}
