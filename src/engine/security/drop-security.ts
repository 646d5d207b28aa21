// DROP LOGIN | USER | ROLE | SERVER ROLE | SCHEMA | CREDENTIAL [IF EXISTS] name. The DROP statement
// is dispatched by the DDL executor, which hands these object types here (isSecurityDrop).
import { sqlError } from '../../errors/catalog';
import {
  countOwnedSchemas, countRoleMembers, deleteCredential, deleteDatabasePrincipal, deleteLoginPolicy, deleteSchema,
  findCredential, findDatabasePrincipal, findSchema, findServerPrincipal, firstObjectInSchema,
} from '../../store/index';
import type { DropObjectType, DropStatement, ObjectName } from '../../tsql/ast';
import { lockWait, storageOf } from '../ddl/storage-of';
import { attachForSecurity, writeSecurity } from './write-security';
import type { Scope } from '../interpreter/scope';
import { notSupportedExpression } from '../statements/not-supported';
import { requireDbOwner, requireSysadmin } from './require-permission';
import { liveSessions } from './session-registry';

const SECURITY_DROPS: readonly DropObjectType[] = ['LOGIN', 'USER', 'ROLE', 'SERVER ROLE', 'SCHEMA', 'CREDENTIAL'];

export function isSecurityDrop(type: DropObjectType): boolean {
  return SECURITY_DROPS.includes(type);
}

/** Fixed principals and schemas (ids below 5 and from 16384) cannot be dropped. */
const isFixedId = (id: number): boolean => id < 5 || id >= 16384;

export async function executeSecurityDrop(stmt: DropStatement, scope: Scope): Promise<void> {
  for (const name of stmt.names) await dropOne(stmt, name, scope);
}

async function dropOne(stmt: DropStatement, n: ObjectName, scope: Scope): Promise<void> {
  const name = n.name;
  const database = scope.session.database;
  const s = storageOf(scope);
  switch (stmt.objectType) {
    case 'LOGIN': {
      if (!scope.session.isSysadmin) throw sqlError(15151, 'drop', 'login', name);
      attachForSecurity(scope);
      const login = findServerPrincipal(s, name);
      if (!login || login.type !== 'S') {
        if (stmt.ifExists) return;
        throw sqlError(15151, 'drop', 'login', name);
      }
      if (login.principalId === 1) throw sqlError(15151, 'drop', 'login', name);
      if (liveSessions(scope.engine).some((x) => x.login.loginName.toLowerCase() === login.name.toLowerCase())) {
        throw sqlError(15434, login.name);
      }
      await scope.engine.store.dropLogin(login.name, { session: s, wait: lockWait(scope) });
      await writeSecurity(scope, [database], (w) => deleteLoginPolicy(w, login.principalId));
      return;
    }
    case 'USER':
    case 'ROLE': {
      requireDbOwner(scope, database);
      const word = stmt.objectType === 'USER' ? 'user' : 'role';
      await writeSecurity(scope, [database], (w) => {
        const p = findDatabasePrincipal(w, database, name);
        if (!p || (p.type === 'R') !== (stmt.objectType === 'ROLE')) {
          if (stmt.ifExists) return;
          throw sqlError(15151, 'drop', word, name);
        }
        if (isFixedId(p.principalId)) throw sqlError(15150, 'drop', word, name);
        if (countOwnedSchemas(w, database, p.principalId) > 0) throw sqlError(15138, 'schema');
        if (p.type === 'R' && countRoleMembers(w, database, p.principalId) > 0) throw sqlError(15144);
        deleteDatabasePrincipal(w, database, p.principalId);
      });
      return;
    }
    case 'SCHEMA': {
      requireDbOwner(scope, database);
      await writeSecurity(scope, [database], (w) => {
        const schema = findSchema(w, database, name);
        if (!schema) {
          if (stmt.ifExists) return;
          throw sqlError(15151, 'drop', 'schema', name);
        }
        if (isFixedId(schema.schemaId)) throw sqlError(15150, 'drop', 'schema', name);
        const used = firstObjectInSchema(w, database, schema.schemaId);
        if (used !== undefined) throw sqlError(3729, 'drop schema', schema.name, used);
        deleteSchema(w, database, schema.schemaId);
      });
      return;
    }
    case 'CREDENTIAL': {
      requireSysadmin(scope);
      await writeSecurity(scope, [database], (w) => {
        const c = findCredential(w, name);
        if (!c) {
          if (stmt.ifExists) return;
          throw sqlError(15151, 'drop', 'credential', name);
        }
        deleteCredential(w, c.credentialId);
      });
      return;
    }
    case 'SERVER ROLE':
      requireSysadmin(scope);
      throw notSupportedExpression('DROP SERVER ROLE');
    default:
      throw new Error(`not a security drop: ${stmt.objectType}`);
  }
}
