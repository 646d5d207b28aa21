// USE db: ENVCHANGE database + INFO 5701, or 911 for an unknown database.
import { sqlErrorWithState } from '../../errors/catalog';
import { sqlError } from '../../errors/catalog';
import type { UseStatement } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { checkDatabaseAccess } from '../security/security-context';

export function executeUse(stmt: UseStatement, scope: Scope): void {
  changeDatabase(stmt.database, scope, stmt.line);
}

/** `line`: the USE statement's, which the 5701 info carries (0 when not from a statement). */
export function changeDatabase(name: string, scope: Scope, line = 0): void {
  const { engine, session, run } = scope;
  const db = engine.store.listDatabases().find((d) => d.name.toLowerCase() === name.toLowerCase());
  if (!db) throw sqlError(911, name);
  checkDatabaseAccess(scope, db.name);
  const old = session.database;
  session.database = db.name;
  run.sink.envChange({ kind: 'database', newValue: db.name, oldValue: old });
  // SQL Server sends 5701 with state 1 after USE (state 2 at login).
  const info = sqlErrorWithState(5701, 1, db.name);
  info.lineNumber = line;
  run.sink.message(info);
  session.rowCount = 0;
}
