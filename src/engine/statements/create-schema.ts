// CREATE SCHEMA name [AUTHORIZATION owner] in the current database (2714 when it exists).
import { sqlError } from '../../errors/catalog';
import { findDatabasePrincipal, findSchema, insertSchema } from '../../store/index';
import type { CreateSchemaStatement } from '../../tsql/ast';
import { writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { requireDbOwner } from '../security/require-permission';
import { DBO_USER_ID } from '../security/security-context';

export async function executeCreateSchema(stmt: CreateSchemaStatement, scope: Scope): Promise<void> {
  const database = scope.session.database;
  requireDbOwner(scope, database);
  await writeSecurity(scope, [database], (s) => {
    if (findSchema(s, database, stmt.name)) throw sqlError(2714, stmt.name);
    let owner = DBO_USER_ID;
    if (stmt.authorization !== undefined) {
      const p = findDatabasePrincipal(s, database, stmt.authorization);
      if (!p) throw sqlError(15151, 'find', 'user', stmt.authorization);
      owner = p.principalId;
    }
    insertSchema(s, database, stmt.name, owner);
  });
}
