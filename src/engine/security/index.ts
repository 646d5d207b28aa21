// Installs the catalogue and security pieces into the engine's seams: the catalog views (query
// engine's system-view registry) and the object permission checker (sql/permissions.ts).
import { registerCatalogViews } from '../catalog/index';
import { setPermissionChecker } from '../sql/permissions';
import { checkObjectPermission } from './object-permission';

export function installCatalogAndSecurity(): void {
  registerCatalogViews();
  setPermissionChecker(checkObjectPermission);
}

export { readCredentialSecret, type CredentialSecret } from './credentials';
export { checkColumnPermissions, checkObjectPermission } from './object-permission';
export { executeSecurityDrop, isSecurityDrop } from './drop-security';
export { checkDatabaseAccess } from './security-context';
