// Running a T-SQL procedure's body in its own frame: parameters become variables, the session's
// database is the procedure's own while it runs (unqualified names resolve there, as in SQL
// Server), RETURN n is the status, and what the procedure created for itself (#temp tables,
// table variables) is dropped when it ends.
import type { SqlValue } from '../../types/values';
import { dropFrameTableVariables } from '../ddl/table-variables';
import { dropTempTablesFrom } from '../ddl/temp-tables';
import { executeStatements } from '../interpreter/interpreter';
import type { Scope } from '../interpreter/scope';
import { ReturnSignal } from '../interpreter/signals';
import type { TsqlProcedureDefinition } from './tsql-procedure';
import { checkObjectPermission } from '../sql/permissions';

export async function runTsqlProcedure(def: TsqlProcedureDefinition, scope: Scope, values: Map<string, SqlValue>): Promise<number> {
  const { frame, session } = scope;
  const { database, schema, objectId } = def.tsql;
  checkObjectPermission(scope, { database, schema, name: def.name, objectId, kind: 'procedure' }, 'EXECUTE');
  for (const p of def.parameters) {
    const v = frame.declare(p.name, p.type, null);
    v.value = values.get(p.name.toLowerCase()) ?? null;
  }
  const callerDatabase = session.database;
  session.database = def.tsql.database;
  let status = 0;
  try {
    await executeStatements(def.tsql.body, scope);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
    status = e.status ?? 0;
  } finally {
    session.database = callerDatabase;
    dropFrameTableVariables(scope, frame);
    if (session.storage) dropTempTablesFrom(scope, frame.nestLevel);
  }
  for (const p of def.parameters) values.set(p.name.toLowerCase(), frame.get(p.name).value);
  return status;
}
