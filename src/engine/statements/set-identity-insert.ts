// SET IDENTITY_INSERT table ON|OFF: one table per session (8107); the table must exist (1088) and
// have an identity column (8106). The DML engine reads the state through ddl/identity-insert.ts.
import { sqlError } from '../../errors/catalog';
import { listColumns } from '../../store/index';
import type { SetIdentityInsertStatement } from '../../tsql/ast';
import { mustFindTable } from '../ddl/ddl-target';
import { identityInsertTable, setIdentityInsert } from '../ddl/identity-insert';
import { storageOf } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';

export function executeSetIdentityInsert(stmt: SetIdentityInsertStatement, scope: Scope): void {
  const s = storageOf(scope);
  const t = mustFindTable(scope, s, stmt.table, 1088);
  const target = t.kind === 'local'
    ? { database: 'tempdb', schema: 'dbo', name: t.local.table.name }
    : { database: t.q.database, schema: t.table.schema, name: t.table.name };
  const columns = t.kind === 'local' ? t.local.table.columns : listColumns(s, t.q.database, t.table.objectId);
  if (!columns.some((c) => c.identity)) throw sqlError(8106, target.name);
  const current = identityInsertTable(scope.session);
  if (stmt.on && current && !(current.database === target.database && current.schema === target.schema && current.name === target.name)) {
    throw sqlError(8107, current.database, current.schema, current.name, target.name);
  }
  setIdentityInsert(scope.session, target, stmt.on);
}
