// CREATE ROLE name [AUTHORIZATION owner] in the current database. User-defined server roles
// (CREATE SERVER ROLE) are not supported: msxd has the fixed server roles only.
import { sqlError } from '../../errors/catalog';
import { ensureFixedDatabaseRoles, findDatabasePrincipal, insertDatabasePrincipal } from '../../store/index';
import type { CreateRoleStatement } from '../../tsql/ast';
import { writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { requireDbOwner, requireSysadmin } from '../security/require-permission';
import { DBO_USER_ID } from '../security/security-context';
import { notSupportedExpression } from './not-supported';

export async function executeCreateRole(stmt: CreateRoleStatement, scope: Scope): Promise<void> {
  if (stmt.server) {
    requireSysadmin(scope);
    throw notSupportedExpression('CREATE SERVER ROLE');
  }
  const database = scope.session.database;
  requireDbOwner(scope, database);
  await writeSecurity(scope, [database], (s) => {
    ensureFixedDatabaseRoles(s, database);
    if (findDatabasePrincipal(s, database, stmt.name)) throw sqlError(15023, stmt.name);
    let owner = DBO_USER_ID;
    if (stmt.authorization !== undefined) {
      const p = findDatabasePrincipal(s, database, stmt.authorization);
      if (!p) throw sqlError(15151, 'find', 'user', stmt.authorization);
      owner = p.principalId;
    }
    insertDatabasePrincipal(s, database, { name: stmt.name, type: 'R', sid: null, defaultSchema: null, owningPrincipalId: owner });
  });
}
