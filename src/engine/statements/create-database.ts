// CREATE DATABASE name [COLLATE SQL_Latin1_General_CP1_CI_AS] [file specs / WITH options ignored]:
// a new SQLite file through the store. Never inside a transaction (226), as in SQL Server.
import { sqlError } from '../../errors/catalog';
import type { CreateDatabaseStatement } from '../../tsql/ast';
import { lockWait } from '../ddl/storage-of';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from './not-supported';

export const SERVER_COLLATION_NAME = 'SQL_Latin1_General_CP1_CI_AS';

export async function executeCreateDatabase(stmt: CreateDatabaseStatement, scope: Scope): Promise<void> {
  if (scope.session.transactions.trancount > 0) throw sqlError(226, 'CREATE DATABASE');
  if (stmt.collation && stmt.collation.toLowerCase() !== SERVER_COLLATION_NAME.toLowerCase()) {
    throw notSupportedExpression(`COLLATE ${stmt.collation}`);
  }
  await scope.engine.store.createDatabase(stmt.name, lockWait(scope));
}
