import type Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionStorage } from './api';
import { ciKey } from './collation-key';

// Extended properties (sp_addextendedproperty, sys.extended_properties) of one database. The
// table joined the per-database catalogue after databases already existed: new databases get it
// from CATALOG_SCHEMA_SQL, older ones when the node starts (ensureExtendedPropertyTables) and,
// for a database restored from an older backup while the node runs, at its first property write.

export const EXTENDED_PROPERTIES_SQL = `
CREATE TABLE IF NOT EXISTS __msxd_extended_properties (
  class INTEGER NOT NULL,             -- sys.extended_properties.class: 0 database, 1 object/column, 3 schema, 4 principal
  major_id INTEGER NOT NULL,
  minor_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  value TEXT,                         -- sql_variant in the store's encoding (storage-types.ts)
  PRIMARY KEY (class, major_id, minor_id, name_key)
);`;

export interface ExtendedPropertyRow {
  readonly class: number;
  readonly majorId: number;
  readonly minorId: number;
  readonly name: string;
  /** sql_variant in the store's encoding, or null */
  readonly value: string | null;
}

/** The properties' place: (class, major_id, minor_id). */
export interface PropertyTarget {
  readonly class: number;
  readonly majorId: number;
  readonly minorId: number;
}

/** At the node's start: the table in every database of master's list (idempotent). */
export function ensureExtendedPropertyTables(dataDir: string, master: Database.Database, open: (path: string, fn: (db: Database.Database) => void) => void): void {
  const files = master.prepare('SELECT file FROM __msxd_databases').all() as { file: string }[];
  for (const f of files) {
    const path = join(dataDir, f.file);
    // a database whose file is missing stays as it is (its own error shows when it is used)
    if (existsSync(path)) open(path, (db) => db.exec(EXTENDED_PROPERTIES_SQL));
  }
}

function hasTable(s: SessionStorage, database: string): boolean {
  return s.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${s.sqliteSchema(database)}.sqlite_master WHERE name = '__msxd_extended_properties'`)?.n === 1;
}

export function listExtendedProperties(s: SessionStorage, database: string): ExtendedPropertyRow[] {
  if (!hasTable(s, database)) return [];
  return s.all<{ class: number; major_id: number; minor_id: number; name: string; value: string | null }>(
    `SELECT class, major_id, minor_id, name, value FROM ${s.sqliteSchema(database)}.__msxd_extended_properties
      ORDER BY class, major_id, minor_id, name_key`)
    .map((r) => ({ class: r.class, majorId: r.major_id, minorId: r.minor_id, name: r.name, value: r.value }));
}

export function findExtendedProperty(s: SessionStorage, database: string, t: PropertyTarget, name: string): ExtendedPropertyRow | undefined {
  return listExtendedProperties(s, database).find((r) => r.class === t.class && r.majorId === t.majorId && r.minorId === t.minorId
    && ciKey(r.name) === ciKey(name));
}

/** Insert or replace; the caller holds the write lock and has checked existence. */
export function putExtendedProperty(s: SessionStorage, database: string, t: PropertyTarget, name: string, value: string | null): void {
  const db = s.sqliteSchema(database);
  if (!hasTable(s, database)) s.run(EXTENDED_PROPERTIES_SQL.replace('__msxd_extended_properties', `${db}.__msxd_extended_properties`));
  s.run(`INSERT OR REPLACE INTO ${db}.__msxd_extended_properties (class, major_id, minor_id, name, name_key, value) VALUES (?, ?, ?, ?, ?, ?)`,
    [t.class, t.majorId, t.minorId, name, ciKey(name), value]);
}

export function deleteExtendedProperty(s: SessionStorage, database: string, t: PropertyTarget, name: string): void {
  if (!hasTable(s, database)) return;
  s.run(`DELETE FROM ${s.sqliteSchema(database)}.__msxd_extended_properties WHERE class = ? AND major_id = ? AND minor_id = ? AND name_key = ?`,
    [t.class, t.majorId, t.minorId, ciKey(name)]);
}
