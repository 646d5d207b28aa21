// The catalog views msxd serves, registered once with the query engine's system-view registry.
import { registerSystemView, type SystemViewDefinition } from '../sql/system-view-registry';
import { sysAllColumns, sysAllObjects, sysSystemColumns, sysSystemObjects } from './all-views';
import { sysColumns, sysTypes } from './column-views';
import { sysConfigurations } from './configurations-view';
import { sysMessages, sysSysmessages } from './messages-view';
import { sysDatabases } from './databases-view';
import { sysDatabaseFiles, sysDataSpaces, sysFilegroups, sysMasterFiles } from './file-views';
import { sysAllocationUnits, sysDmDbPartitionStats, sysPartitions } from './partition-stats-view';
import { sysIdentityColumns } from './identity-columns-view';
import {
  sysCheckConstraints, sysDefaultConstraints, sysForeignKeyColumns, sysForeignKeys, sysKeyConstraints,
} from './constraint-views';
import { sysIndexColumns, sysIndexes } from './index-views';
import { sysParameters } from './parameters-view';
import { isColumns, isRoutines, isSchemata, isTables, isViews } from './information-schema';
import { sysObjects, sysProcedures, sysSchemas, sysSqlModules, sysTables, sysViews } from './object-views';
import { sysDatabasePermissions, sysDatabasePrincipals, sysDatabaseRoleMembers } from './principal-views';
import {
  sysAvailabilityGroups, sysAvailabilityReplicas, sysCredentials, sysServerPrincipals, sysServerRoleMembers, sysSqlLogins,
} from './server-views';
import {
  sysAssemblies, sysCertificates, sysComputedColumns, sysFulltextCatalogs, sysSequences, sysServerTriggers, sysStats,
  sysSymmetricKeys, sysSynonyms, sysTriggers,
} from './absent-object-views';
import { sysServerPermissions } from './server-permissions-view';
import { sysExtendedProperties } from './extended-properties-view';

export const CATALOG_VIEWS: readonly SystemViewDefinition[] = [
  sysDatabases, sysSchemas, sysObjects, sysTables, sysViews, sysProcedures, sysColumns, sysTypes, sysIndexes,
  sysIndexColumns, sysSqlModules, sysServerPrincipals, sysDatabasePrincipals, sysDatabaseRoleMembers,
  sysDatabasePermissions, sysServerRoleMembers, sysSqlLogins, sysCredentials, sysAvailabilityGroups,
  sysAvailabilityReplicas, isTables, isColumns, isRoutines, isSchemata, isViews, sysParameters, sysDefaultConstraints,
  sysCheckConstraints, sysKeyConstraints, sysForeignKeys, sysForeignKeyColumns, sysAllObjects, sysSystemObjects,
  sysAllColumns, sysSystemColumns, sysIdentityColumns, sysConfigurations,
  sysMasterFiles, sysDatabaseFiles, sysFilegroups, sysDataSpaces, sysDmDbPartitionStats,
  sysPartitions, sysAllocationUnits, sysMessages, sysSysmessages,
  sysServerPermissions, sysTriggers, sysServerTriggers, sysSynonyms, sysSequences, sysAssemblies, sysCertificates, sysSymmetricKeys, sysFulltextCatalogs, sysComputedColumns, sysStats,
  sysExtendedProperties,
];

/**
 * The resolver binds view columns by name, so the SELECT's columns are renamed positionally to the
 * view's column names through a CTE column list (expressions need no aliases in the view SQL).
 */
export function namedColumns(def: SystemViewDefinition): SystemViewDefinition {
  const names = def.columns.map((c) => `"${c.name.replace(/"/g, '""')}"`).join(', ');
  return { ...def, sql: (ctx) => `WITH __msxd_view(${names}) AS (${def.sql(ctx)}) SELECT * FROM __msxd_view` };
}

let registered = false;

export function registerCatalogViews(): void {
  if (registered) return;
  registered = true;
  for (const v of CATALOG_VIEWS) registerSystemView(namedColumns(v));
}
