// Who may back up and restore ("BACKUP (Transact-SQL)" and "RESTORE Statements (Transact-SQL)",
// Permissions): BACKUP DATABASE needs sysadmin, db_owner or db_backupoperator of the database
// (262); RESTORE of an existing database needs sysadmin, dbcreator or the database's owner
// (3110), of a new one CREATE DATABASE permission, i.e. sysadmin or dbcreator (262 in master);
// RESTORE HEADERONLY / FILELISTONLY / VERIFYONLY need CREATE DATABASE permission as well.
import { serverRolesOf } from '../../store/index';
import { sqlError } from '../../errors/catalog';
import { readCatalog } from '../catalog/catalog-reader';
import type { Scope } from '../interpreter/scope';
import { databaseSecurity, DBO_USER_ID, loginRow } from '../security/security-context';

const DBCREATOR_ROLE_ID = 9;
const DB_BACKUPOPERATOR_ROLE_ID = 16389;

export function checkBackupPermission(scope: Scope, database: string): void {
  if (scope.session.isSysadmin) return;
  const sec = databaseSecurity(scope, database);
  if (sec.isDbOwner || sec.roles.includes(DB_BACKUPOPERATOR_ROLE_ID)) return;
  throw sqlError(262, 'BACKUP DATABASE', sec.database);
}

/** `existing`: the database restored over, undefined when RESTORE creates it */
export function checkRestorePermission(scope: Scope, database: string, existing: boolean): void {
  if (scope.session.isSysadmin || isDbCreator(scope)) return;
  if (!existing) throw sqlError(262, 'CREATE DATABASE', 'master');
  if (databaseSecurity(scope, database).userId !== DBO_USER_ID) throw sqlError(3110, database);
}

export function checkReadMediaPermission(scope: Scope): void {
  if (scope.session.isSysadmin || isDbCreator(scope)) return;
  throw sqlError(262, 'CREATE DATABASE', 'master');
}

function isDbCreator(scope: Scope): boolean {
  const login = loginRow(scope);
  if (!login) return false;
  return readCatalog(scope, (s) => serverRolesOf(s, login.principalId).includes(DBCREATOR_ROLE_ID)) ?? false;
}
