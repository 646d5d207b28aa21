// Server-level metadata in master.sqlite (what sys.databases, sys.server_principals,
// sys.sql_logins, sys.server_role_members and sys.credentials are served from). Names are
// compared through name_key (the CI_AS collation key computed in JS) so the file stays readable
// by a plain sqlite3 shell, which lacks our functions. Append-only: a change is a new step.
export const SERVER_SCHEMA_VERSION = 1;

export const SERVER_SCHEMA_SQL = `
CREATE TABLE __msxd_server_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE __msxd_databases (
  database_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,              -- relative to the data folder
  owner_sid BLOB NOT NULL,
  create_date INTEGER NOT NULL,    -- datetime ticks since 0001-01-01
  collation_name TEXT NOT NULL,
  compatibility_level INTEGER NOT NULL DEFAULT 160
);
CREATE TABLE __msxd_server_principals (
  principal_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  sid BLOB NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('S', 'R')),   -- SQL login, server role
  is_disabled INTEGER NOT NULL DEFAULT 0,
  is_fixed_role INTEGER NOT NULL DEFAULT 0,
  default_database TEXT,
  default_language TEXT,
  password_hash TEXT,              -- scrypt$N$r$p$salt$hash, logins only
  password_generation INTEGER NOT NULL DEFAULT 0,
  create_date INTEGER NOT NULL,
  modify_date INTEGER NOT NULL
);
CREATE TABLE __msxd_server_role_members (
  role_principal_id INTEGER NOT NULL REFERENCES __msxd_server_principals(principal_id) ON DELETE CASCADE,
  member_principal_id INTEGER NOT NULL REFERENCES __msxd_server_principals(principal_id) ON DELETE CASCADE,
  PRIMARY KEY (role_principal_id, member_principal_id)
);
CREATE TABLE __msxd_credentials (
  credential_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  credential_identity TEXT NOT NULL,
  secret BLOB,                     -- encryptSecret() blob, never plain text
  create_date INTEGER NOT NULL,
  modify_date INTEGER NOT NULL
);
`;

/** Fixed server roles with SQL Server's principal_ids (their SID is the id as one byte). */
export const FIXED_SERVER_ROLES = [
  { id: 2, name: 'public' },
  { id: 3, name: 'sysadmin' },
  { id: 4, name: 'securityadmin' },
  { id: 5, name: 'serveradmin' },
  { id: 6, name: 'setupadmin' },
  { id: 7, name: 'processadmin' },
  { id: 8, name: 'diskadmin' },
  { id: 9, name: 'dbcreator' },
  { id: 10, name: 'bulkadmin' },
] as const;

export const SYSADMIN_ROLE_ID = 3;
export const SA_PRINCIPAL_ID = 1;
export const SA_SID = Buffer.from([0x01]);
/** SQL Server numbers user-created logins from 256 up. */
export const FIRST_USER_PRINCIPAL_ID = 256;

export const SYSTEM_DATABASES = [
  { id: 1, name: 'master', file: 'master.sqlite' },
  { id: 2, name: 'tempdb', file: 'tempdb.sqlite' },
  { id: 3, name: 'model', file: 'model.sqlite' },
  { id: 4, name: 'msdb', file: 'msdb.sqlite' },
] as const;
export const FIRST_USER_DATABASE_ID = 5;
export const USER_DATABASE_FOLDER = 'databases';
