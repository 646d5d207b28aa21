import { sqlError } from '../errors/catalog';
import type { SqlType } from '../types/sql-type';
import type { LockWait, SessionStorage } from './api';
import { ciKey } from './collation-key';
import { localNowTicks } from './datetime-ticks';
import { quoteIdent, sqliteTableName } from './sqlite-names';
import { declaredType, isCharacterType } from './storage-types';
import { SERVER_COLLATION } from '../types/collation';

// Tables and their columns in the per-database catalogue (catalog-schema.ts). createTable makes
// the SQLite table and the catalogue rows under one write lock, so they never disagree.

export interface IdentitySpec {
  readonly seed: bigint;
  readonly increment: bigint;
}

export interface ColumnDefinition {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly identity?: IdentitySpec;
  /** T-SQL text of the DEFAULT, e.g. '(getdate())' */
  readonly defaultDefinition?: string;
}

export interface TableDefinition {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly ColumnDefinition[];
  readonly primaryKey?: { readonly name?: string; readonly columns: readonly string[] };
  readonly isMsShipped?: boolean;
}

export interface TableInfo {
  readonly objectId: number;
  readonly schemaId: number;
  readonly schema: string;
  readonly name: string;
  /** quoted `"db"."schema.name"` for SQL */
  readonly sqliteName: string;
}

export interface ColumnInfo {
  readonly columnId: number;
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly identity: IdentitySpec | null;
  readonly defaultDefinition: string | null;
  readonly collationName: string | null;
}

/** The catalogue hands out object ids from here up; ids below are never stored (database-procedures.ts uses them). */
export const FIRST_USER_OBJECT_ID = 1_000_000;

export async function createTable(s: SessionStorage, database: string, def: TableDefinition, wait: LockWait): Promise<TableInfo> {
  return s.withWriteLock(() => {
    const db = s.sqliteSchema(database);
    const schemaRow = s.get<{ schema_id: number; name: string }>(
      `SELECT schema_id, name FROM ${db}.__msxd_schemas WHERE name_key = ?`, [ciKey(def.schema)]);
    if (!schemaRow) throw sqlError(2760, def.schema);
    if (s.get(`SELECT 1 FROM ${db}.__msxd_objects WHERE schema_id = ? AND name_key = ? AND parent_object_id = 0`,
      [schemaRow.schema_id, ciKey(def.name)])) throw sqlError(2714, def.name);
    const seen = new Set<string>();
    for (const c of def.columns) {
      if (seen.has(ciKey(c.name))) throw sqlError(2705, c.name, def.name);
      seen.add(ciKey(c.name));
    }
    const table = sqliteTableName(schemaRow.name, def.name);
    const cols = def.columns.map((c) => `${quoteIdent(c.name)} ${declaredType(c.type)}${c.nullable ? '' : ' NOT NULL'}`);
    s.exec(`CREATE TABLE ${db}.${quoteIdent(table)} (${cols.join(', ')})`);

    const now = localNowTicks();
    const objectId = nextObjectId(s, db);
    s.run(`INSERT INTO ${db}.__msxd_objects (object_id, schema_id, name, name_key, type, sqlite_name, is_ms_shipped, create_date, modify_date)
           VALUES (?, ?, ?, ?, 'U', ?, ?, ?, ?)`,
    [objectId, schemaRow.schema_id, def.name, ciKey(def.name), table, def.isMsShipped ? 1 : 0, now, now]);
    def.columns.forEach((c, i) => {
      s.run(`INSERT INTO ${db}.__msxd_columns (object_id, column_id, name, name_key, sql_type, is_nullable, is_identity,
               identity_seed, identity_increment, default_definition, collation_name)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [objectId, i + 1, c.name, ciKey(c.name), JSON.stringify(c.type), c.nullable ? 1 : 0, c.identity ? 1 : 0,
        c.identity?.seed.toString() ?? null, c.identity?.increment.toString() ?? null, c.defaultDefinition ?? null,
        isCharacterType(c.type) ? SERVER_COLLATION.name : null]);
    });
    if (def.primaryKey) createPrimaryKey(s, db, objectId, schemaRow.schema_id, table, def, now);
    return { objectId, schemaId: schemaRow.schema_id, schema: schemaRow.name, name: def.name, sqliteName: `${db}.${quoteIdent(table)}` };
  }, wait);
}

// Key columns that hold strings are unique under CI_AS, so the index is on their collation key.
function createPrimaryKey(s: SessionStorage, db: string, tableId: number, schemaId: number, table: string, def: TableDefinition, now: bigint): void {
  const pk = def.primaryKey;
  if (!pk) return;
  const name = pk.name ?? `PK__${def.name}`;
  const keyExprs = pk.columns.map((n) => {
    const col = def.columns.find((c) => ciKey(c.name) === ciKey(n));
    if (!col) throw sqlError(50000, `msxd: primary key column '${n}' is not a column of '${def.name}'`);
    return isCharacterType(col.type) ? `msxd_ci_key(${quoteIdent(col.name)})` : quoteIdent(col.name);
  });
  s.exec(`CREATE UNIQUE INDEX ${db}.${quoteIdent(`${table}$${name}`)} ON ${quoteIdent(table)} (${keyExprs.join(', ')})`);
  const pkId = nextObjectId(s, db);
  s.run(`INSERT INTO ${db}.__msxd_objects (object_id, schema_id, name, name_key, type, parent_object_id, create_date, modify_date)
         VALUES (?, ?, ?, ?, 'PK', ?, ?, ?)`, [pkId, schemaId, name, ciKey(name), tableId, now, now]);
  pk.columns.forEach((n, i) => {
    const columnId = def.columns.findIndex((c) => ciKey(c.name) === ciKey(n)) + 1;
    s.run(`INSERT INTO ${db}.__msxd_index_columns (object_id, key_ordinal, column_id) VALUES (?, ?, ?)`, [pkId, i + 1, columnId]);
  });
}

function nextObjectId(s: SessionStorage, db: string): number {
  const row = s.get<{ id: number }>(`SELECT max(coalesce(max(object_id) + 1, 0), ${FIRST_USER_OBJECT_ID}) AS id FROM ${db}.__msxd_objects`);
  return row?.id ?? FIRST_USER_OBJECT_ID;
}

export function findTable(s: SessionStorage, database: string, schema: string, name: string): TableInfo | undefined {
  const db = s.sqliteSchema(database);
  const row = s.get<{ object_id: number; schema_id: number; schema_name: string; name: string; sqlite_name: string }>(
    `SELECT o.object_id, o.schema_id, sc.name AS schema_name, o.name, o.sqlite_name
       FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
      WHERE sc.name_key = ? AND o.name_key = ? AND o.type = 'U' AND o.parent_object_id = 0`, [ciKey(schema), ciKey(name)]);
  if (!row) return undefined;
  return { objectId: row.object_id, schemaId: row.schema_id, schema: row.schema_name, name: row.name, sqliteName: `${db}.${quoteIdent(row.sqlite_name)}` };
}

export function listColumns(s: SessionStorage, database: string, objectId: number): ColumnInfo[] {
  const db = s.sqliteSchema(database);
  return s.all<{ column_id: number; name: string; sql_type: string; is_nullable: number; is_identity: number;
    identity_seed: string | null; identity_increment: string | null; default_definition: string | null; collation_name: string | null }>(
    `SELECT column_id, name, sql_type, is_nullable, is_identity, identity_seed, identity_increment, default_definition, collation_name
       FROM ${db}.__msxd_columns WHERE object_id = ? ORDER BY column_id`, [objectId]).map((r) => ({
    columnId: r.column_id,
    name: r.name,
    type: JSON.parse(r.sql_type) as SqlType,
    nullable: r.is_nullable !== 0,
    identity: r.is_identity ? { seed: BigInt(r.identity_seed ?? '1'), increment: BigInt(r.identity_increment ?? '1') } : null,
    defaultDefinition: r.default_definition,
    collationName: r.collation_name,
  }));
}

/** The next IDENTITY value of a table; call under the write lock of the INSERT. */
export function nextIdentity(s: SessionStorage, database: string, objectId: number): bigint {
  const db = s.sqliteSchema(database);
  const row = s.get<{ column_id: number; identity_seed: string; identity_increment: string; identity_last: string | null }>(
    `SELECT column_id, identity_seed, identity_increment, identity_last FROM ${db}.__msxd_columns WHERE object_id = ? AND is_identity = 1`,
    [objectId]);
  if (!row) throw new Error(`store: object ${objectId} has no identity column`);
  const next = row.identity_last === null ? BigInt(row.identity_seed) : BigInt(row.identity_last) + BigInt(row.identity_increment);
  s.run(`UPDATE ${db}.__msxd_columns SET identity_last = ? WHERE object_id = ? AND column_id = ?`, [next.toString(), objectId, row.column_id]);
  return next;
}
