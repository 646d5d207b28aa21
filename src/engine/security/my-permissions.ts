// sys.fn_my_permissions(securable, class): the permissions the session effectively holds on a
// server, database or object, each asked of permissionAnswer (HAS_PERMS_BY_NAME's rules, which
// are the statements' own checks) and, for an object's columns, of checkColumnPermissions: no
// second permission model. The candidate names are SQL Server's (fn_builtin_permissions) for the
// classes msxd has; other classes give no rows.
import { SqlError } from '../../errors/sql-error';
import type { Scope } from '../interpreter/scope';
import { findObjectByText, objectColumns } from '../catalog/object-lookup';
import { permissionAnswer } from '../catalog/functions/permission-functions';
import type { PermissionObject } from '../sql/permissions';
import { checkColumnPermissions } from './object-permission';
import { databaseSecurity } from './security-context';

/** [entity_name, subentity_name, permission_name] */
export type PermissionRow = readonly [string, string, string];

const SERVER_PERMISSIONS = [
  'ADMINISTER BULK OPERATIONS', 'ALTER ANY AVAILABILITY GROUP', 'ALTER ANY CONNECTION', 'ALTER ANY CREDENTIAL',
  'ALTER ANY DATABASE', 'ALTER ANY ENDPOINT', 'ALTER ANY EVENT NOTIFICATION', 'ALTER ANY EVENT SESSION',
  'ALTER ANY LINKED SERVER', 'ALTER ANY LOGIN', 'ALTER ANY SERVER AUDIT', 'ALTER ANY SERVER ROLE', 'ALTER RESOURCES',
  'ALTER SERVER STATE', 'ALTER SETTINGS', 'ALTER TRACE', 'AUTHENTICATE SERVER', 'CONNECT ANY DATABASE', 'CONNECT SQL',
  'CONTROL SERVER', 'CREATE ANY DATABASE', 'CREATE AVAILABILITY GROUP', 'CREATE DDL EVENT NOTIFICATION',
  'CREATE ENDPOINT', 'CREATE SERVER ROLE', 'CREATE TRACE EVENT NOTIFICATION', 'EXTERNAL ACCESS ASSEMBLY',
  'IMPERSONATE ANY LOGIN', 'SELECT ALL USER SECURABLES', 'SHUTDOWN', 'UNSAFE ASSEMBLY', 'VIEW ANY DATABASE',
  'VIEW ANY DEFINITION', 'VIEW SERVER STATE',
] as const;

const DATABASE_PERMISSIONS = [
  'ALTER', 'ALTER ANY APPLICATION ROLE', 'ALTER ANY ROLE', 'ALTER ANY SCHEMA', 'ALTER ANY USER', 'AUTHENTICATE',
  'BACKUP DATABASE', 'BACKUP LOG', 'CHECKPOINT', 'CONNECT', 'CONTROL', 'CREATE FUNCTION', 'CREATE PROCEDURE',
  'CREATE ROLE', 'CREATE SCHEMA', 'CREATE TABLE', 'CREATE VIEW', 'DELETE', 'EXECUTE', 'INSERT', 'REFERENCES', 'SELECT',
  'SHOWPLAN', 'TAKE OWNERSHIP', 'UPDATE', 'VIEW DATABASE STATE', 'VIEW DEFINITION',
] as const;

const TABLE_PERMISSIONS = [
  'ALTER', 'CONTROL', 'DELETE', 'INSERT', 'REFERENCES', 'SELECT', 'TAKE OWNERSHIP', 'UPDATE', 'VIEW CHANGE TRACKING',
  'VIEW DEFINITION',
] as const;
const MODULE_PERMISSIONS = ['ALTER', 'CONTROL', 'EXECUTE', 'TAKE OWNERSHIP', 'VIEW DEFINITION'] as const;
/** the permissions SQL Server also reports per column */
const COLUMN_PERMISSIONS = ['REFERENCES', 'SELECT', 'UPDATE'] as const;

const MODULE_TYPES = new Set(['P', 'FN', 'IF', 'TF', 'X', 'PC', 'FS', 'FT']);
const TABLE_TYPES = new Set(['U', 'V', 'S', 'IT']);

export function myPermissions(scope: Scope, securable: string | null, securableClass: string | null): PermissionRow[] {
  const cls = (securableClass ?? '').trim().toUpperCase();
  const held = (entity: string, names: readonly string[], target: string | null, asked: string): PermissionRow[] =>
    names.filter((p) => permissionAnswer(scope, target, asked, p) === 1).map((p) => [entity, '', p] as const);
  switch (cls) {
    case 'SERVER':
      return securable === null ? held('server', SERVER_PERMISSIONS, null, 'SERVER') : [];
    case 'DATABASE':
      return held('database', DATABASE_PERMISSIONS, securable, 'DATABASE');
    case 'OBJECT':
      return securable === null ? [] : objectPermissions(scope, securable);
    default:
      return [];
  }
}

function objectPermissions(scope: Scope, securable: string): PermissionRow[] {
  const o = findObjectByText(scope, securable);
  if (!o || (!MODULE_TYPES.has(o.type) && !TABLE_TYPES.has(o.type))) return [];
  const entity = `${o.schema}.${o.name}`;
  const names = MODULE_TYPES.has(o.type) ? MODULE_PERMISSIONS : TABLE_PERMISSIONS;
  const rows: PermissionRow[] = names.filter((p) => permissionAnswer(scope, securable, 'OBJECT', p) === 1).map((p) => [entity, '', p]);
  if (MODULE_TYPES.has(o.type)) return rows;
  const object: PermissionObject = { database: o.database, schema: o.schema, name: o.name, objectId: o.objectId, kind: o.type === 'V' ? 'view' : 'table' };
  const owner = databaseSecurity(scope, o.database).isDbOwner || scope.session.isSysadmin;
  for (const c of objectColumns(scope, o.database, o.objectId)) {
    for (const p of COLUMN_PERMISSIONS) {
      if (p === 'REFERENCES' ? owner : columnAllowed(scope, object, p, c.name)) rows.push([entity, c.name, p]);
    }
  }
  return rows;
}

function columnAllowed(scope: Scope, object: PermissionObject, permission: 'SELECT' | 'UPDATE', column: string): boolean {
  try {
    checkColumnPermissions(scope, object, permission, [column]);
    return true;
  } catch (e) {
    if (e instanceof SqlError) return false;
    throw e;
  }
}
