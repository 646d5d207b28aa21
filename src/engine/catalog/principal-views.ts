// sys.database_principals, sys.database_role_members, sys.database_permissions over the
// database's __msxd_principals / __msxd_role_members / __msxd_permissions. Fixed database roles
// missing from an older catalogue are listed from the constant table.
import { FIXED_DATABASE_ROLES } from '../../store/index';
import type { SystemViewDefinition } from '../sql/system-view-registry';
import {
  BIT, char, columns, DATETIME, INT, lit, nvarchar, SYSNAME, TINYINT, varbinary,
} from './view-columns';

const PRINCIPAL_TYPE_DESC = { S: 'SQL_USER', R: 'DATABASE_ROLE', U: 'WINDOWS_USER', G: 'WINDOWS_GROUP', A: 'APPLICATION_ROLE' } as const;

export const sysDatabasePrincipals: SystemViewDefinition = {
  schema: 'sys', name: 'database_principals',
  columns: columns([
    ['name', SYSNAME], ['principal_id', INT], ['type', char(1)], ['type_desc', nvarchar(60), true],
    ['default_schema_name', SYSNAME, true], ['create_date', DATETIME], ['modify_date', DATETIME],
    ['owning_principal_id', INT, true], ['sid', varbinary(85), true], ['is_fixed_role', BIT],
    ['authentication_type', INT], ['authentication_type_desc', nvarchar(60), true], ['default_language_name', SYSNAME, true],
    ['default_language_lcid', INT, true], ['allow_encrypted_value_modifications', BIT],
  ]),
  sql: (ctx) => {
    const db = ctx.sqliteSchema;
    const fixed = FIXED_DATABASE_ROLES.map((r) => `(${lit(r.name)}, ${r.id})`).join(', ');
    const auth = `CASE WHEN p.type = 'S' AND p.sid IS NOT NULL AND EXISTS (SELECT 1 FROM ${ctx.masterSchema}.__msxd_server_principals sp WHERE sp.sid = p.sid) THEN 1 ELSE 0 END`;
    return `SELECT p.name, p.principal_id, p.type,
        CASE p.type ${Object.entries(PRINCIPAL_TYPE_DESC).map(([k, v]) => `WHEN ${lit(k)} THEN ${lit(v)}`).join(' ')} END,
        p.default_schema_name, p.create_date, p.modify_date, p.owning_principal_id, p.sid,
        CASE WHEN p.principal_id >= 16384 THEN 1 ELSE 0 END, ${auth},
        CASE ${auth} WHEN 1 THEN 'INSTANCE' ELSE 'NONE' END, NULL, NULL, 0
      FROM (SELECT principal_id, name, type, sid, default_schema_name, owning_principal_id, create_date, modify_date
              FROM ${db}.__msxd_principals
            UNION ALL
            SELECT v.column2, v.column1, 'R', NULL, NULL, 1, z.create_date, z.modify_date
              FROM (VALUES ${fixed}) v, (SELECT create_date, modify_date FROM ${db}.__msxd_principals WHERE principal_id = 0) z
             WHERE v.column2 NOT IN (SELECT principal_id FROM ${db}.__msxd_principals)) p
      ORDER BY p.principal_id`;
  },
};

export const sysDatabaseRoleMembers: SystemViewDefinition = {
  schema: 'sys', name: 'database_role_members',
  columns: columns([['role_principal_id', INT], ['member_principal_id', INT]]),
  // dbo is db_owner's member in every database (SQL Server lists that row).
  sql: (ctx) => `SELECT role_principal_id, member_principal_id FROM ${ctx.sqliteSchema}.__msxd_role_members
    UNION SELECT 16384, 1`,
};

const PERMISSION_TYPES: Readonly<Record<string, string>> = {
  SELECT: 'SL', INSERT: 'IN', UPDATE: 'UP', DELETE: 'DL', EXECUTE: 'EX', REFERENCES: 'RF', CONTROL: 'CL', ALTER: 'AL',
  'VIEW DEFINITION': 'VW', CONNECT: 'CO', 'CREATE TABLE': 'CRTB', 'CREATE VIEW': 'CRVW', 'CREATE PROCEDURE': 'CRPR',
  'CREATE FUNCTION': 'CRFN', 'CREATE SCHEMA': 'CRSM', 'TAKE OWNERSHIP': 'TO', 'SHOWPLAN': 'SPLN',
};

export const sysDatabasePermissions: SystemViewDefinition = {
  schema: 'sys', name: 'database_permissions',
  columns: columns([
    ['class', TINYINT], ['class_desc', nvarchar(60), true], ['major_id', INT], ['minor_id', INT],
    ['grantee_principal_id', INT], ['grantor_principal_id', INT], ['type', char(4)], ['permission_name', nvarchar(128), true],
    ['state', char(1)], ['state_desc', nvarchar(60), true],
  ]),
  sql: (ctx) => `SELECT class, CASE class WHEN 0 THEN 'DATABASE' WHEN 1 THEN 'OBJECT_OR_COLUMN' WHEN 3 THEN 'SCHEMA' END,
      major_id, minor_id, grantee_principal_id, grantor_principal_id,
      substr(CASE permission_name ${Object.entries(PERMISSION_TYPES).map(([k, v]) => `WHEN ${lit(k)} THEN ${lit(v)}`).join(' ')}
        ELSE upper(substr(permission_name, 1, 4)) END || '    ', 1, 4),
      permission_name, state, CASE state WHEN 'G' THEN 'GRANT' WHEN 'D' THEN 'DENY' WHEN 'W' THEN 'GRANT_WITH_GRANT_OPTION' END
    FROM ${ctx.sqliteSchema}.__msxd_permissions`,
};
