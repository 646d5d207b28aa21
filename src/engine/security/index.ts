// Installs the catalogue and security pieces into the engine's seams: the catalog views (query
// engine's system-view registry) and the object permission checker (sql/permissions.ts).
import { METADATA_FUNCTION_NAMES } from '../catalog/functions/index';
import { registerCatalogViews } from '../catalog/index';
import { SESSION_FUNCTIONS } from '../sql/function-kinds';
import { setPermissionChecker } from '../sql/permissions';
import { checkColumnPermissions, checkObjectPermission } from './object-permission';

export function installCatalogAndSecurity(): void {
  registerCatalogViews();
  // The translator passes the columns a SELECT reads: column GRANT/DENY then decide (230).
  setPermissionChecker((scope, object, permission, columns) => {
    if (columns && columns.length > 0) checkColumnPermissions(scope, object, permission, columns);
    else checkObjectPermission(scope, object, permission);
  });
  // The translator evaluates these through the interpreter (per row when they take columns).
  for (const name of METADATA_FUNCTION_NAMES) SESSION_FUNCTIONS.add(name);
}

export { readCredentialSecret, type CredentialSecret } from './credentials';
export { checkColumnPermissions, checkObjectPermission } from './object-permission';
export { executeSecurityDrop, isSecurityDrop } from './drop-security';
export { checkDatabaseAccess } from './security-context';
export { loginCanAccessDatabase } from './database-access';
