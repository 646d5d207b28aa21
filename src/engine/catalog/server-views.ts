// Server-level views over master: sys.server_principals, sys.sql_logins, sys.server_role_members,
// sys.credentials (never the secret), and the empty Always On views SSMS reads.
import type { SystemViewContext, SystemViewDefinition } from '../sql/system-view-registry';
import {
  BIT, char, columns, DATETIME, INT, nvarchar, SYSNAME, TINYINT, UNIQUEIDENTIFIER, varbinary, type ColumnSpec,
} from './view-columns';

const PRINCIPAL_COLUMNS: readonly ColumnSpec[] = [
  ['name', SYSNAME], ['principal_id', INT], ['sid', varbinary(85), true], ['type', char(1)], ['type_desc', nvarchar(60), true],
  ['is_disabled', BIT, true], ['create_date', DATETIME], ['modify_date', DATETIME], ['default_database_name', SYSNAME, true],
  ['default_language_name', SYSNAME, true], ['credential_id', INT, true], ['owning_principal_id', INT, true],
  ['is_fixed_role', BIT],
];

const principalColumnsSql = `p.name, p.principal_id, p.sid, p.type,
  CASE p.type WHEN 'S' THEN 'SQL_LOGIN' WHEN 'R' THEN 'SERVER_ROLE' END, p.is_disabled, p.create_date, p.modify_date,
  p.default_database, p.default_language, NULL, CASE WHEN p.type = 'R' THEN 1 ELSE NULL END, p.is_fixed_role`;

/**
 * Metadata visibility ("sys.server_principals", Permissions): any login sees its own login, the
 * system logins (sa, the ##...## logins) and the server roles; seeing other logins takes ALTER ANY
 * LOGIN (sysadmin, securityadmin). Reading the session's login binds the translation to the session.
 */
function visibleLogins(ctx: SystemViewContext): string {
  if (ctx.isSysadmin) return 'TRUE';
  const login = ctx.bind(ctx.loginName.toLowerCase());
  const master = ctx.masterSchema;
  return `(p.type = 'R' OR p.principal_id = 1 OR p.name LIKE '##%##' OR lower(p.name) = ${login}
    OR EXISTS (SELECT 1 FROM ${master}.__msxd_server_role_members m
      JOIN ${master}.__msxd_server_principals r ON r.principal_id = m.role_principal_id
      JOIN ${master}.__msxd_server_principals me ON me.principal_id = m.member_principal_id
      WHERE r.name = 'securityadmin' AND lower(me.name) = ${login}))`;
}

export const sysServerPrincipals: SystemViewDefinition = {
  schema: 'sys', name: 'server_principals', columns: columns(PRINCIPAL_COLUMNS),
  sql: (ctx) => `SELECT ${principalColumnsSql} FROM ${ctx.masterSchema}.__msxd_server_principals p WHERE ${visibleLogins(ctx)}
    ORDER BY p.principal_id`,
};

/** CHECK_POLICY/CHECK_EXPIRATION of a login, kept in __msxd_server_meta (store server-principal-rows.ts). */
const policyFlag = (ctx: SystemViewContext, letter: string, absent: number): string =>
  `coalesce((SELECT CASE WHEN instr(m.value, '${letter}') > 0 THEN 1 ELSE 0 END FROM ${ctx.masterSchema}.__msxd_server_meta m
    WHERE m.key = 'login_policy:' || p.principal_id), ${absent})`;

export const sysSqlLogins: SystemViewDefinition = {
  schema: 'sys', name: 'sql_logins',
  columns: columns([...PRINCIPAL_COLUMNS, ['is_policy_checked', BIT, true], ['is_expiration_checked', BIT, true],
    ['password_hash', varbinary(256), true]]),
  // password_hash stays NULL: msxd's scrypt hashes are not SQL Server's format and need not leave the node.
  sql: (ctx) => `SELECT ${principalColumnsSql}, ${policyFlag(ctx, 'P', 1)}, ${policyFlag(ctx, 'E', 0)}, NULL
    FROM ${ctx.masterSchema}.__msxd_server_principals p WHERE p.type = 'S' AND ${visibleLogins(ctx)} ORDER BY p.principal_id`,
};

export const sysServerRoleMembers: SystemViewDefinition = {
  schema: 'sys', name: 'server_role_members',
  columns: columns([['role_principal_id', INT], ['member_principal_id', INT]]),
  sql: (ctx) => `SELECT role_principal_id, member_principal_id FROM ${ctx.masterSchema}.__msxd_server_role_members`,
};

export const sysCredentials: SystemViewDefinition = {
  schema: 'sys', name: 'credentials',
  columns: columns([
    ['credential_id', INT], ['name', SYSNAME], ['credential_identity', nvarchar(4000), true], ['create_date', DATETIME],
    ['modify_date', DATETIME], ['target_type', nvarchar(100), true], ['target_id', INT, true],
  ]),
  sql: (ctx) => `SELECT credential_id, name, credential_identity, create_date, modify_date, NULL, NULL
    FROM ${ctx.masterSchema}.__msxd_credentials ORDER BY credential_id`,
};

/** An empty view with SQL Server's columns: `SELECT NULL, ... WHERE 0`. */
function emptyView(name: string, specs: readonly ColumnSpec[]): SystemViewDefinition {
  return {
    schema: 'sys', name, columns: columns(specs),
    sql: () => `SELECT ${specs.map((s) => `NULL AS "${s[0]}"`).join(', ')} WHERE 0`,
  };
}

export const sysAvailabilityGroups = emptyView('availability_groups', [
  ['group_id', UNIQUEIDENTIFIER], ['name', SYSNAME, true], ['resource_id', nvarchar(40), true],
  ['resource_group_id', nvarchar(40), true], ['failure_condition_level', INT, true], ['health_check_timeout', INT, true],
  ['automated_backup_preference', TINYINT, true], ['automated_backup_preference_desc', nvarchar(60), true],
  ['version', SYSNAME, true], ['basic_features', BIT, true], ['dtc_support', BIT, true], ['db_failover', BIT, true],
  ['is_distributed', BIT, true], ['cluster_type', TINYINT, true], ['cluster_type_desc', nvarchar(60), true],
  ['required_synchronized_secondaries_to_commit', INT, true], ['sequence_number', { kind: 'bigint' }, true],
  ['is_contained', BIT, true],
]);

export const sysAvailabilityReplicas = emptyView('availability_replicas', [
  ['replica_id', UNIQUEIDENTIFIER, true], ['group_id', UNIQUEIDENTIFIER, true], ['replica_metadata_id', INT, true],
  ['replica_server_name', nvarchar(256), true], ['owner_sid', varbinary(85), true], ['endpoint_url', nvarchar(128), true],
  ['availability_mode', TINYINT, true], ['availability_mode_desc', nvarchar(60), true], ['failover_mode', TINYINT, true],
  ['failover_mode_desc', nvarchar(60), true], ['session_timeout', INT, true], ['primary_role_allow_connections', TINYINT, true],
  ['primary_role_allow_connections_desc', nvarchar(60), true], ['secondary_role_allow_connections', TINYINT, true],
  ['secondary_role_allow_connections_desc', nvarchar(60), true], ['create_date', DATETIME, true], ['modify_date', DATETIME, true],
  ['backup_priority', INT, true], ['read_only_routing_url', nvarchar(256), true], ['seeding_mode', TINYINT, true],
  ['seeding_mode_desc', nvarchar(60), true], ['read_write_routing_url', nvarchar(256), true],
]);
