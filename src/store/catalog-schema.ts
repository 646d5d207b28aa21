// Per-database system tables: the catalogue msxd serves sys.schemas / sys.objects / sys.columns /
// sys.database_principals / sys.database_permissions / sys.sql_modules from, and that keeps SQL
// Server types across restarts (SQLite's declared types cannot). Created in every database
// (master, tempdb, model, msdb, users). Names are matched through name_key (CI_AS key computed
// in JS) so the files stay readable by a plain sqlite3 shell. Append-only: changes are new steps.
import { EXTENDED_PROPERTIES_SQL } from './extended-property-rows';

export const CATALOG_SCHEMA_VERSION = 1;

export const CATALOG_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS __msxd_catalog_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS __msxd_principals (
  principal_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,                 -- S SQL user, R database role, (sys.database_principals.type)
  sid BLOB,
  default_schema_name TEXT,
  owning_principal_id INTEGER,
  create_date INTEGER NOT NULL,
  modify_date INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS __msxd_role_members (
  role_principal_id INTEGER NOT NULL,
  member_principal_id INTEGER NOT NULL,
  PRIMARY KEY (role_principal_id, member_principal_id)
);
CREATE TABLE IF NOT EXISTS __msxd_schemas (
  schema_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  principal_id INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS __msxd_objects (
  object_id INTEGER PRIMARY KEY,
  schema_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  type TEXT NOT NULL,                 -- sys.objects.type: U, V, P, FN, IF, TF, TR, PK, UQ, F, C, D
  parent_object_id INTEGER NOT NULL DEFAULT 0,
  sqlite_name TEXT,                   -- the SQLite table/view name, for U and V
  definition TEXT,                    -- T-SQL text (views, procedures, functions, triggers, CHECK, DEFAULT)
  is_ms_shipped INTEGER NOT NULL DEFAULT 0,
  create_date INTEGER NOT NULL,
  modify_date INTEGER NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS __msxd_objects_name ON __msxd_objects (schema_id, name_key)
  WHERE parent_object_id = 0;
CREATE INDEX IF NOT EXISTS __msxd_objects_parent ON __msxd_objects (parent_object_id);
CREATE TABLE IF NOT EXISTS __msxd_columns (
  object_id INTEGER NOT NULL REFERENCES __msxd_objects(object_id) ON DELETE CASCADE,
  column_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  sql_type TEXT NOT NULL,             -- SqlType as JSON (types/sql-type.ts)
  is_nullable INTEGER NOT NULL,
  is_identity INTEGER NOT NULL DEFAULT 0,
  identity_seed TEXT,                 -- decimal text: identity may be bigint/decimal
  identity_increment TEXT,
  identity_last TEXT,                 -- NULL until the first row (IDENT_CURRENT)
  default_object_id INTEGER NOT NULL DEFAULT 0,
  default_definition TEXT,            -- T-SQL text, e.g. (getdate())
  computed_definition TEXT,
  collation_name TEXT,
  PRIMARY KEY (object_id, column_id),
  UNIQUE (object_id, name_key)
);
CREATE TABLE IF NOT EXISTS __msxd_index_columns (
  object_id INTEGER NOT NULL,         -- the constraint (PK/UQ) object
  key_ordinal INTEGER NOT NULL,
  column_id INTEGER NOT NULL,
  is_descending INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (object_id, key_ordinal)
);
CREATE TABLE IF NOT EXISTS __msxd_permissions (
  class INTEGER NOT NULL,             -- sys.database_permissions.class: 0 database, 1 object, 3 schema
  major_id INTEGER NOT NULL,
  minor_id INTEGER NOT NULL DEFAULT 0,
  grantee_principal_id INTEGER NOT NULL,
  grantor_principal_id INTEGER NOT NULL,
  permission_name TEXT NOT NULL,      -- EXECUTE, SELECT, ...
  state TEXT NOT NULL,                -- G grant, D deny, W grant with grant option
  PRIMARY KEY (class, major_id, minor_id, grantee_principal_id, permission_name)
);
CREATE TABLE IF NOT EXISTS __msxd_migrations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  applied_at INTEGER NOT NULL
);
${EXTENDED_PROPERTIES_SQL}
`;

/** Rows every database starts with (SQL Server's fixed ids); keys are computed in catalog-init.ts. */
export const SEED_PRINCIPALS = [
  { id: 0, name: 'public', type: 'R', sid: null, defaultSchema: null },
  { id: 1, name: 'dbo', type: 'S', sid: Buffer.from([1]), defaultSchema: 'dbo' },
  { id: 2, name: 'guest', type: 'S', sid: Buffer.from([0]), defaultSchema: 'guest' },
  { id: 3, name: 'INFORMATION_SCHEMA', type: 'S', sid: null, defaultSchema: null },
  { id: 4, name: 'sys', type: 'S', sid: null, defaultSchema: null },
  { id: 16384, name: 'db_owner', type: 'R', sid: null, defaultSchema: null },
] as const;

export const SEED_SCHEMAS = [
  { id: 1, name: 'dbo', owner: 1 },
  { id: 2, name: 'guest', owner: 2 },
  { id: 3, name: 'INFORMATION_SCHEMA', owner: 3 },
  { id: 4, name: 'sys', owner: 4 },
] as const;
