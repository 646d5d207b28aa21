// Reading and writing the per-database catalogue (store catalog-schema.ts) for objects the store's
// own helpers do not cover yet: constraints, defaults, indexes, views, routines, drops. Every call
// takes the quoted SQLite schema of the database (`s.sqliteSchema(db)`).
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { ciKey, FIRST_USER_OBJECT_ID } from '../../store/index';
import type { SessionStorage } from '../../store/api';

/** sys.objects.type values msxd writes; 'IX' marks a CREATE INDEX (sys.indexes, not sys.objects). */
export const OBJECT_TYPES = ['U', 'V', 'P', 'FN', 'IF', 'TF', 'PK', 'UQ', 'C', 'D', 'F', 'IX'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export interface CatalogObject {
  readonly objectId: number;
  readonly schemaId: number;
  readonly schema: string;
  readonly name: string;
  readonly type: ObjectType;
  readonly parentObjectId: number;
  readonly sqliteName: string | null;
  readonly definition: string | null;
}

interface ObjectRow {
  object_id: number; schema_id: number; schema_name: string; name: string; type: string;
  parent_object_id: number; sqlite_name: string | null; definition: string | null;
}

const SELECT_OBJECT = `SELECT o.object_id, o.schema_id, sc.name AS schema_name, o.name, o.type, o.parent_object_id,
  o.sqlite_name, o.definition`;

function toObject(r: ObjectRow): CatalogObject {
  return {
    objectId: r.object_id, schemaId: r.schema_id, schema: r.schema_name, name: r.name, type: r.type as ObjectType,
    parentObjectId: r.parent_object_id, sqliteName: r.sqlite_name, definition: r.definition,
  };
}

export function schemaId(s: SessionStorage, db: string, schema: string): { id: number; name: string } {
  const row = s.get<{ schema_id: number; name: string }>(`SELECT schema_id, name FROM ${db}.__msxd_schemas WHERE name_key = ?`, [ciKey(schema)]);
  if (!row) throw sqlError(2760, schema);
  return { id: row.schema_id, name: row.name };
}

/** A top-level object (table, view, routine) or, with `anyParent`, a constraint of that schema. */
export function findObject(s: SessionStorage, db: string, schema: string, name: string, anyParent = false): CatalogObject | undefined {
  const row = s.get<ObjectRow>(`${SELECT_OBJECT} FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE sc.name_key = ? AND o.name_key = ?${anyParent ? ` AND o.type <> 'IX'` : ' AND o.parent_object_id = 0'}
    ORDER BY o.parent_object_id LIMIT 1`, [ciKey(schema), ciKey(name)]);
  return row ? toObject(row) : undefined;
}

export function objectById(s: SessionStorage, db: string, objectId: number): CatalogObject | undefined {
  const row = s.get<ObjectRow>(`${SELECT_OBJECT} FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE o.object_id = ?`, [objectId]);
  return row ? toObject(row) : undefined;
}

export function childObjects(s: SessionStorage, db: string, parentId: number): CatalogObject[] {
  return s.all<ObjectRow>(`${SELECT_OBJECT} FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE o.parent_object_id = ? ORDER BY o.object_id`, [parentId]).map(toObject);
}

/** Every object of a type in the database (FOREIGN KEYs referencing a table, ...). */
export function objectsOfType(s: SessionStorage, db: string, type: ObjectType): CatalogObject[] {
  return s.all<ObjectRow>(`${SELECT_OBJECT} FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE o.type = ? ORDER BY o.object_id`, [type]).map(toObject);
}

export function nextObjectId(s: SessionStorage, db: string): number {
  const row = s.get<{ id: number }>(`SELECT max(coalesce(max(object_id) + 1, 0), ${FIRST_USER_OBJECT_ID}) AS id FROM ${db}.__msxd_objects`);
  return row?.id ?? FIRST_USER_OBJECT_ID;
}

export interface NewObject {
  readonly schemaId: number;
  readonly name: string;
  readonly type: ObjectType;
  readonly parentObjectId?: number;
  readonly sqliteName?: string;
  readonly definition?: string;
}

export function insertObject(s: SessionStorage, db: string, o: NewObject, now: bigint): number {
  const id = nextObjectId(s, db);
  s.run(`INSERT INTO ${db}.__msxd_objects (object_id, schema_id, name, name_key, type, parent_object_id, sqlite_name, definition,
           is_ms_shipped, create_date, modify_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  [id, o.schemaId, o.name, ciKey(o.name), o.type, o.parentObjectId ?? 0, o.sqliteName ?? null, o.definition ?? null, now, now]);
  return id;
}

export function updateDefinition(s: SessionStorage, db: string, objectId: number, definition: string, now: bigint): void {
  s.run(`UPDATE ${db}.__msxd_objects SET definition = ?, modify_date = ? WHERE object_id = ?`, [definition, now, objectId]);
}

export function touchObject(s: SessionStorage, db: string, objectId: number, now: bigint): void {
  s.run(`UPDATE ${db}.__msxd_objects SET modify_date = ? WHERE object_id = ?`, [now, objectId]);
}

export function insertIndexColumns(s: SessionStorage, db: string, objectId: number, cols: readonly { columnId: number; desc: boolean }[]): void {
  cols.forEach((c, i) => s.run(`INSERT INTO ${db}.__msxd_index_columns (object_id, key_ordinal, column_id, is_descending) VALUES (?, ?, ?, ?)`,
    [objectId, i + 1, c.columnId, c.desc ? 1 : 0]));
}

export function indexColumnIds(s: SessionStorage, db: string, objectId: number): number[] {
  return s.all<{ column_id: number }>(`SELECT column_id FROM ${db}.__msxd_index_columns WHERE object_id = ? ORDER BY key_ordinal`, [objectId])
    .map((r) => r.column_id);
}

/** Removes one object's catalogue rows (not its children: drop those first). */
export function deleteObjectRows(s: SessionStorage, db: string, objectId: number): void {
  s.run(`DELETE FROM ${db}.__msxd_index_columns WHERE object_id = ?`, [objectId]);
  s.run(`DELETE FROM ${db}.__msxd_columns WHERE object_id = ?`, [objectId]);
  s.run(`DELETE FROM ${db}.__msxd_permissions WHERE class = 1 AND major_id = ?`, [objectId]);
  s.run(`DELETE FROM ${db}.__msxd_objects WHERE object_id = ?`, [objectId]);
}

/** A constraint name must be unique among the schema's objects (SQL Server: 2714 then 1750). */
export function assertNameFree(s: SessionStorage, db: string, schemaIdValue: number, name: string): void {
  const row = s.get(`SELECT 1 FROM ${db}.__msxd_objects WHERE schema_id = ? AND name_key = ? AND type <> 'IX'`, [schemaIdValue, ciKey(name)]);
  if (row) throw sqlErrorWithState(2714, 5, name);
}
