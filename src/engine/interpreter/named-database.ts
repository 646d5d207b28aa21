// `EXEC otherdb.sys.sp_executesql N'...'`, `EXEC otherdb..sp_help N't'`: a system procedure
// called with a database in its name runs in that database, as SQL Server runs the sp_
// procedures of master/the resource database "in the context of" the named database (tools
// rely on it: SSMS and scripts run `[db].sys.sp_executesql` to reach a database without USE).
// No ENVCHANGE: the caller's database is back when the call returns, as after a procedure in
// another database.
import { sqlError } from '../../errors/catalog';
import type { ProcedureDefinition, ProcedureName } from '../procedure-registry';
import { checkDatabaseAccess } from '../security/security-context';
import type { Scope } from './scope';

/**
 * Runs `call` with the session in the database `name` names when the procedure is a system one
 * (`def` undefined = the engine's own sp_executesql family); otherwise runs it as it is.
 */
export async function inNamedDatabase<T>(name: ProcedureName, def: ProcedureDefinition | undefined, scope: Scope,
  call: () => Promise<T>): Promise<T> {
  if (name.database === undefined || (def !== undefined && def.home !== 'system')) return call();
  const db = scope.engine.store.listDatabases().find((d) => d.name.toLowerCase() === name.database!.toLowerCase());
  if (!db) throw sqlError(911, name.database);
  checkDatabaseAccess(scope, db.name);
  const { session } = scope;
  const callerDatabase = session.database;
  if (db.name === callerDatabase) return call();
  session.database = db.name;
  try {
    return await call();
  } finally {
    session.database = callerDatabase;
  }
}
