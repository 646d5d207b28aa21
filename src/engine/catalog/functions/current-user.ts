// The name of the database user the session maps to in its current database (CURRENT_USER,
// USER, SESSION_USER); undefined without a store connection.
import type { Scope } from '../../interpreter/scope';
import { databaseSecurity } from '../../security/security-context';

export function currentUserName(scope: Scope): string | undefined {
  if (!scope.session.storage || scope.session.isSysadmin) return scope.session.isSysadmin ? 'dbo' : undefined;
  return databaseSecurity(scope, scope.session.database).userName ?? 'guest';
}
