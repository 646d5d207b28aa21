// GRANT / DENY / REVOKE permission [, ...] [ON [OBJECT::|SCHEMA::|DATABASE::]securable [(columns)]]
// TO|FROM principal [, ...] in the current database (__msxd_permissions, sys.database_permissions).
// Server-level permissions (VIEW SERVER STATE ...) and other securable classes are refused (40517).
import { sqlError } from '../../errors/catalog';
import {
  ciKey, deletePermission, findDatabasePrincipal, findSchema, PERMISSION_CLASS, setPermission,
  type PermissionClass, type PermissionState, type SessionStorage,
} from '../../store/index';
import type { PermissionStatement, SecurableRef } from '../../tsql/ast';
import { findObject } from '../ddl/catalog-rows';
import { writeSecurity } from '../security/write-security';
import type { Scope } from '../interpreter/scope';
import { databaseSecurity } from '../security/security-context';
import { requireDbOwner } from '../security/require-permission';
import { notSupportedExpression } from './not-supported';

const SERVER_PERMISSIONS = new Set([
  'VIEW SERVER STATE', 'ALTER ANY LOGIN', 'CONTROL SERVER', 'ALTER ANY DATABASE', 'CREATE ANY DATABASE',
  'ALTER SERVER STATE', 'VIEW ANY DATABASE', 'VIEW ANY DEFINITION', 'ALTER ANY CREDENTIAL', 'SHUTDOWN',
  'CONNECT SQL', 'IMPERSONATE ANY LOGIN', 'ALTER SETTINGS', 'ALTER TRACE', 'AUTHENTICATE SERVER',
]);

/** What ALL means for an object of each type (SQL Server's deprecated ALL PRIVILEGES). */
const ALL_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  U: ['DELETE', 'INSERT', 'REFERENCES', 'SELECT', 'UPDATE'],
  V: ['DELETE', 'INSERT', 'REFERENCES', 'SELECT', 'UPDATE'],
  P: ['EXECUTE'],
  FN: ['EXECUTE', 'REFERENCES'],
};

interface Securable {
  readonly class: PermissionClass;
  readonly majorId: number;
  /** column ids (empty: the whole securable) */
  readonly minorIds: readonly number[];
  readonly objectType?: string;
}

function resolveSecurable(s: SessionStorage, database: string, on: SecurableRef | undefined): Securable {
  if (!on) return { class: PERMISSION_CLASS.database, majorId: 0, minorIds: [] };
  const cls = on.class ?? 'OBJECT';
  const name = on.name;
  if (cls === 'DATABASE') return { class: PERMISSION_CLASS.database, majorId: 0, minorIds: [] };
  if (cls === 'SCHEMA') {
    const schema = findSchema(s, database, name.name);
    if (!schema) throw sqlError(15151, 'find', 'schema', name.name);
    return { class: PERMISSION_CLASS.schema, majorId: schema.schemaId, minorIds: [] };
  }
  if (cls !== 'OBJECT') throw notSupportedExpression(`${cls}::`);
  if (name.database !== undefined && ciKey(name.database) !== ciKey(database)) throw notSupportedExpression('a securable in another database');
  const obj = findObject(s, s.sqliteSchema(database), name.schema ?? 'dbo', name.name);
  if (!obj) throw sqlError(15151, 'find', 'object', name.name);
  const ids = on.columns.map((c) => {
    const row = s.get<{ column_id: number }>(
      `SELECT column_id FROM ${s.sqliteSchema(database)}.__msxd_columns WHERE object_id = ? AND name_key = ?`, [obj.objectId, ciKey(c)]);
    if (!row) throw sqlError(15151, 'find', 'column', c);
    return row.column_id;
  });
  return { class: PERMISSION_CLASS.object, majorId: obj.objectId, minorIds: ids, objectType: obj.type };
}

function expandPermissions(stmt: PermissionStatement, securable: Securable): string[] {
  const out: string[] = [];
  for (const p of stmt.permissions) {
    if (SERVER_PERMISSIONS.has(p)) throw notSupportedExpression(`server permission ${p}`);
    if (p === 'ALL' || p === 'ALL PRIVILEGES') out.push(...(ALL_BY_TYPE[securable.objectType ?? ''] ?? ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'EXECUTE']));
    else out.push(p);
  }
  return out;
}

function granteeId(s: SessionStorage, database: string, name: string): number {
  const p = findDatabasePrincipal(s, database, name);
  if (!p) throw sqlError(15151, 'find', 'user', name);
  if (p.principalId >= 16384 || p.principalId === 1 || p.principalId === 3 || p.principalId === 4) throw sqlError(4617);
  return p.principalId;
}

export async function executePermission(stmt: PermissionStatement, scope: Scope): Promise<void> {
  const database = scope.session.database;
  requireDbOwner(scope, database);
  if (stmt.as !== undefined) throw notSupportedExpression('AS principal');
  const grantor = databaseSecurity(scope, database).userId ?? 1;
  await writeSecurity(scope, [database], (s) => {
    const securable = resolveSecurable(s, database, stmt.on);
    const permissions = expandPermissions(stmt, securable);
    const minors = securable.minorIds.length > 0 ? securable.minorIds : [0];
    for (const principal of stmt.principals) {
      const grantee = granteeId(s, database, principal);
      for (const permission of permissions) {
        for (const minorId of minors) {
          if (stmt.kind === 'revoke') {
            if (stmt.grantOptionFor) {
              setPermission(s, database, { class: securable.class, majorId: securable.majorId, minorId, granteeId: grantee, grantorId: grantor, permission, state: 'G' });
            } else {
              deletePermission(s, database, securable.class, securable.majorId, securable.minorIds.length > 0 ? minorId : undefined, grantee, permission);
            }
            continue;
          }
          const state: PermissionState = stmt.kind === 'deny' ? 'D' : stmt.withGrantOption ? 'W' : 'G';
          setPermission(s, database, { class: securable.class, majorId: securable.majorId, minorId, granteeId: grantee, grantorId: grantor, permission, state });
        }
      }
    }
  });
}
