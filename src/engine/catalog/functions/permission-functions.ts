// HAS_PERMS_BY_NAME(securable, class, permission [, sub_securable, sub_class]) for the OBJECT,
// DATABASE and SERVER classes, answered by the same rules as the statements' checks.
import { typed } from '../../../types/typed-value';
import type { ObjectPermission } from '../../sql/permissions';
import { hasObjectPermission } from '../../security/object-permission';
import { databaseSecurity } from '../../security/security-context';
import { findObjectByText } from '../object-lookup';
import { arity, argText, INT, type MetadataFunction } from './arguments';
import type { Scope } from '../../interpreter/scope';

const OBJECT_PERMISSIONS: readonly string[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'EXECUTE'];
/** Server permissions every login holds. */
const PUBLIC_SERVER_PERMISSIONS = new Set(['CONNECT SQL', 'VIEW ANY DATABASE']);

export const HAS_PERMS_BY_NAME: MetadataFunction = (call, ctx) => {
  arity(call, 3, 5);
  const securable = argText(call, 0, ctx);
  // HAS_PERMS_BY_NAME(NULL, NULL, 'VIEW SERVER STATE') asks about the server (documented form).
  const cls = argText(call, 1, ctx)?.toUpperCase() ?? (securable === null ? 'SERVER' : undefined);
  const permission = argText(call, 2, ctx)?.toUpperCase().replace(/\s+/g, ' ');
  if (!cls || !permission) return typed(INT, null);
  return typed(INT, permissionAnswer(ctx.scope, securable ?? null, cls, permission));
};

/**
 * 1 when the session holds `permission` on the securable, 0 when not, null when the securable or
 * class is unknown: the answer of HAS_PERMS_BY_NAME and of sys.fn_my_permissions, by the same
 * rules as the statements' checks.
 */
export function permissionAnswer(scope: Scope, securable: string | null, cls: string, permission: string): 0 | 1 | null {
  switch (cls) {
    case 'SERVER':
      if (securable !== null) return null;
      return scope.session.isSysadmin || PUBLIC_SERVER_PERMISSIONS.has(permission) ? 1 : 0;
    case 'DATABASE': {
      const info = scope.engine.store.getDatabase(securable ?? scope.session.database);
      if (!info) return null;
      const sec = databaseSecurity(scope, info.name);
      if (sec.userId === null) return 0;
      return sec.isDbOwner || permission === 'CONNECT' || permission === 'ANY' ? 1 : 0;
    }
    case 'OBJECT': {
      if (!securable) return null;
      const o = findObjectByText(scope, securable);
      if (!o) return null;
      const object = { database: o.database, schema: o.schema, name: o.name, objectId: o.objectId, kind: o.type === 'P' ? 'procedure' as const : 'table' as const };
      const wanted = permission === 'ANY' ? OBJECT_PERMISSIONS : [permission];
      const known = wanted.filter((p) => OBJECT_PERMISSIONS.includes(p)) as ObjectPermission[];
      if (known.length === 0) return databaseSecurity(scope, o.database).isDbOwner ? 1 : 0;
      return known.some((p) => hasObjectPermission(scope, object, p)) ? 1 : 0;
    }
    default:
      return null;
  }
}
