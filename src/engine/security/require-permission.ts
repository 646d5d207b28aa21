// Who may run security statements. SQL Server's finer grants (ALTER ANY LOGIN, securityadmin,
// db_securityadmin ...) are reduced to: server-level changes need sysadmin; database-level ones
// need sysadmin or db_owner (dbo) of that database. Everyone else gets 15247.
import { sqlError } from '../../errors/catalog';
import type { Scope } from '../interpreter/scope';
import { databaseSecurity } from './security-context';

export function requireSysadmin(scope: Scope): void {
  if (!scope.session.isSysadmin) throw sqlError(15247);
}

export function requireDbOwner(scope: Scope, database: string): void {
  if (scope.session.isSysadmin) return;
  if (!databaseSecurity(scope, database).isDbOwner) throw sqlError(15247);
}

export function isDbOwner(scope: Scope, database: string): boolean {
  return scope.session.isSysadmin || databaseSecurity(scope, database).isDbOwner;
}
