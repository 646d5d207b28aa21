// T-SQL procedures stored in a database's catalogue (type P), as ProcedureDefinitions that EXEC and
// RPC can call. The stored text is parsed (through the engine's parse cache) at each call, so an
// ALTER is seen by the next EXEC; parameter defaults are constants evaluated at bind time.
import type { SessionStorage } from '../../store/api';
import type { Expr, ProcedureStatement, RoutineParam, Statement } from '../../tsql/ast';
import { findObject } from '../ddl/catalog-rows';
import { DEFAULT_SCHEMA } from '../ddl/object-names';
import { evaluate, resolveTypeRef } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { parseCached } from '../parse';
import type { ProcedureDefinition, ProcedureName, ProcedureParameter } from '../procedure-registry';
import { convertForAssignment } from '../statements/assign';

export interface TsqlProcedureDefinition extends ProcedureDefinition {
  readonly tsql: {
    readonly database: string;
    readonly schema: string;
    readonly objectId: number;
    readonly body: readonly Statement[];
  };
}

export function isTsqlProcedure(d: ProcedureDefinition): d is TsqlProcedureDefinition {
  return 'tsql' in d;
}

export function findTsqlProcedure(scope: Scope, name: ProcedureName): TsqlProcedureDefinition | undefined {
  const s: SessionStorage | undefined = scope.session.storage;
  if (!s) return undefined;
  const database = name.database ?? scope.session.database;
  if (!scope.engine.store.databaseExists(database)) return undefined;
  const db = s.sqliteSchema(database);
  const obj = findObject(s, db, name.schema ?? DEFAULT_SCHEMA, name.name);
  if (!obj || obj.type !== 'P' || obj.definition === null) return undefined;
  const stmt = parseCached(obj.definition, scope.engine).statements[0];
  if (stmt?.kind !== 'createProcedure') return undefined;
  return {
    name: obj.name,
    home: 'master',
    permission: 'public',
    parameters: stmt.params.map((p) => parameter(p, scope)),
    run: () => {
      throw new Error('T-SQL procedures run through callProcedure');
    },
    tsql: { database: canonicalDatabase(scope, database), schema: obj.schema, objectId: obj.objectId, body: bodyOf(stmt) },
  };
}

function bodyOf(stmt: ProcedureStatement): readonly Statement[] {
  return stmt.body;
}

function canonicalDatabase(scope: Scope, name: string): string {
  return scope.engine.store.getDatabase(name)?.name ?? name;
}

function parameter(p: RoutineParam, scope: Scope): ProcedureParameter {
  const type = resolveTypeRef(p.type);
  const base = { name: p.name, type, ...(p.output ? { output: true } : {}) };
  if (!p.default) return base;
  return { ...base, default: convertForAssignment(evaluate(constant(p.default), { scope }), type, scope) };
}

/** `@p varchar(10) = abc`: SQL Server takes a bare word default as a string. */
function constant(e: Expr): Expr {
  if (e.kind === 'column' && e.qualifier.length === 0) return { kind: 'literal', line: e.line, form: 'string', text: e.name, unicode: false };
  return e;
}
