// sp_rename's write (src/procedures/sp_rename.ts reaches it as ProcedureContext.rename): renames a
// catalogue object, a column or an index of the current database under the DDL write lock.
// https://learn.microsoft.com/sql/relational-databases/system-stored-procedures/sp-rename-transact-sql
//
// SQL Server binds constraints, foreign keys and indexes by id, so a rename never breaks them;
// msxd keeps names in a few places, which are updated here:
// - a table's SQLite table is "schema.name": renamed with it (ALTER TABLE RENAME TO);
// - SQLite indexes are named "<table>$<index>": re-created from the catalogue after a table,
//   PRIMARY KEY / UNIQUE constraint or index rename;
// - FOREIGN KEY definitions (JSON) name their columns, referenced table and columns.
// Like SQL Server, the text of views, procedures and functions is not changed (they break when
// they use the old name). CHECK constraints and computed columns are text in msxd, so a column
// rename rewrites their references (column-rename-text.ts).
import { sqlError } from '../../errors/catalog';
import { ciKey, listColumns, quoteIdent, sqliteTableName, type SessionStorage } from '../../store/index';
import type { Scope } from '../interpreter/scope';
import type { RenameRequest } from '../procedure-registry';
import { childObjects, findObject, objectsOfType, type CatalogObject } from './catalog-rows';
import { renameColumnInText } from './column-rename-text';
import { catalogTable } from './ddl-target';
import type { ForeignKeyDefinition } from './foreign-keys';
import { nowTicks } from './now-ticks';
import { DEFAULT_SCHEMA } from './object-names';
import { writeDdl } from './storage-of';
import { indexStatements } from './table-indexes';

/** the word SQL Server's 15335 names the kind with */
const KIND_WORDS = { object: 'object', column: 'COLUMN', index: 'INDEX' } as const;

interface RenameTarget {
  readonly s: SessionStorage;
  readonly database: string;
  /** quoted SQLite schema of the database */
  readonly db: string;
  readonly ticks: bigint;
}

export async function renameObject(scope: Scope, request: RenameRequest): Promise<void> {
  const database = scope.session.database;
  const ticks = nowTicks(scope);
  await writeDdl(scope, (s) => {
    const t: RenameTarget = { s, database, db: s.sqliteSchema(database), ticks };
    const schema = request.schema ?? DEFAULT_SCHEMA;
    switch (request.kind) {
      case 'object':
        return renameCatalogObject(t, schema, request.name, request.newName);
      case 'column':
        return renameColumn(t, mustFindTable(t, schema, request.table, request.kind), request.item, request.newName);
      case 'index':
        return renameIndex(t, mustFindTable(t, schema, request.table, request.kind), request.item, request.newName);
      default: {
        const never: never = request;
        return never;
      }
    }
  });
}

function mustFindTable(t: RenameTarget, schema: string, name: string, kind: 'column' | 'index'): CatalogObject {
  const table = findObject(t.s, t.db, schema, name);
  if (!table || table.type !== 'U') throw sqlError(15248, KIND_WORDS[kind].toUpperCase());
  return table;
}

function setName(t: RenameTarget, objectId: number, newName: string): void {
  t.s.run(`UPDATE ${t.db}.__msxd_objects SET name = ?, name_key = ?, modify_date = ? WHERE object_id = ?`,
    [newName, ciKey(newName), t.ticks, objectId]);
}

function renameCatalogObject(t: RenameTarget, schema: string, name: string, newName: string): void {
  const obj = findObject(t.s, t.db, schema, name, true);
  if (!obj) throw sqlError(15248, 'OBJECT');
  const taken = findObject(t.s, t.db, obj.schema, newName, true);
  if (taken && taken.objectId !== obj.objectId) throw sqlError(15335, newName, KIND_WORDS.object);
  setName(t, obj.objectId, newName);
  if (obj.type === 'U') renameTable(t, obj, newName);
  if (obj.type === 'PK' || obj.type === 'UQ') recreateIndexes(t, obj.parentObjectId);
}

function renameTable(t: RenameTarget, table: CatalogObject, newName: string): void {
  const oldSqlite = table.sqliteName ?? sqliteTableName(table.schema, table.name);
  const newSqlite = sqliteTableName(table.schema, newName);
  if (oldSqlite !== newSqlite) {
    t.s.exec(`ALTER TABLE ${t.db}.${quoteIdent(oldSqlite)} RENAME TO ${quoteIdent(newSqlite)}`);
    t.s.run(`UPDATE ${t.db}.__msxd_objects SET sqlite_name = ? WHERE object_id = ?`, [newSqlite, table.objectId]);
  }
  recreateIndexes(t, table.objectId);
  rewriteForeignKeys(t, (fk) => (isReferenceTo(fk, table) ? { ...fk, refTable: newName } : fk));
}

function renameColumn(t: RenameTarget, table: CatalogObject, column: string, newName: string): void {
  const found = t.s.get<{ column_id: number; name: string }>(
    `SELECT column_id, name FROM ${t.db}.__msxd_columns WHERE object_id = ? AND name_key = ?`, [table.objectId, ciKey(column)]);
  if (!found) throw sqlError(15248, KIND_WORDS.column);
  const taken = t.s.get<{ column_id: number }>(
    `SELECT column_id FROM ${t.db}.__msxd_columns WHERE object_id = ? AND name_key = ?`, [table.objectId, ciKey(newName)]);
  if (taken && taken.column_id !== found.column_id) throw sqlError(15335, newName, KIND_WORDS.column);
  t.s.run(`UPDATE ${t.db}.__msxd_columns SET name = ?, name_key = ? WHERE object_id = ? AND column_id = ?`,
    [newName, ciKey(newName), table.objectId, found.column_id]);
  t.s.run(`UPDATE ${t.db}.__msxd_objects SET modify_date = ? WHERE object_id = ?`, [t.ticks, table.objectId]);
  if (found.name !== newName) {
    const sqliteTable = table.sqliteName ?? sqliteTableName(table.schema, table.name);
    t.s.exec(`ALTER TABLE ${t.db}.${quoteIdent(sqliteTable)} RENAME COLUMN ${quoteIdent(found.name)} TO ${quoteIdent(newName)}`);
  }
  renameInDefinitions(t, table.objectId, found.name, newName);
  const rename = (names: readonly string[]): string[] => names.map((n) => (ciKey(n) === ciKey(found.name) ? newName : n));
  rewriteForeignKeys(t, (fk, owner) => ({
    ...fk,
    columns: owner === table.objectId ? rename(fk.columns) : fk.columns,
    refColumns: isReferenceTo(fk, table) ? rename(fk.refColumns) : fk.refColumns,
  }));
}

/** the table's CHECK constraints and computed columns, which name the column in their text */
function renameInDefinitions(t: RenameTarget, tableId: number, oldName: string, newName: string): void {
  for (const c of childObjects(t.s, t.db, tableId).filter((o) => o.type === 'C' && o.definition !== null)) {
    const text = renameColumnInText(c.definition ?? '', oldName, newName);
    if (text !== c.definition) t.s.run(`UPDATE ${t.db}.__msxd_objects SET definition = ? WHERE object_id = ?`, [text, c.objectId]);
  }
  const computed = t.s.all<{ column_id: number; computed_definition: string }>(
    `SELECT column_id, computed_definition FROM ${t.db}.__msxd_columns WHERE object_id = ? AND computed_definition IS NOT NULL`, [tableId]);
  for (const c of computed) {
    const text = renameColumnInText(c.computed_definition, oldName, newName);
    if (text !== c.computed_definition) {
      t.s.run(`UPDATE ${t.db}.__msxd_columns SET computed_definition = ? WHERE object_id = ? AND column_id = ?`, [text, tableId, c.column_id]);
    }
  }
}

function renameIndex(t: RenameTarget, table: CatalogObject, index: string, newName: string): void {
  const indexes = childObjects(t.s, t.db, table.objectId).filter((o) => o.type === 'PK' || o.type === 'UQ' || o.type === 'IX');
  const found = indexes.find((o) => ciKey(o.name) === ciKey(index));
  if (!found) throw sqlError(15248, KIND_WORDS.index);
  if (indexes.some((o) => o.objectId !== found.objectId && ciKey(o.name) === ciKey(newName))) {
    throw sqlError(15335, newName, KIND_WORDS.index);
  }
  setName(t, found.objectId, newName);
  recreateIndexes(t, table.objectId);
}

/** Drops the table's SQLite indexes and makes them again from the catalogue, under their current names. */
function recreateIndexes(t: RenameTarget, tableId: number): void {
  const table = childlessTable(t, tableId);
  const ct = catalogTable(t.database, t.db, table);
  const names = t.s.all<{ name: string }>(
    `SELECT name FROM ${t.db}.sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`, [ct.sqliteTable]);
  for (const n of names) t.s.exec(`DROP INDEX ${t.db}.${quoteIdent(n.name)}`);
  for (const sql of indexStatements(t.s, ct, listColumns(t.s, t.database, tableId))(ct.sqliteTable)) t.s.exec(sql);
}

function childlessTable(t: RenameTarget, tableId: number): CatalogObject {
  const row = t.s.get<{ schema_id: number; schema_name: string; name: string; sqlite_name: string | null }>(
    `SELECT o.schema_id, sc.name AS schema_name, o.name, o.sqlite_name FROM ${t.db}.__msxd_objects o
      JOIN ${t.db}.__msxd_schemas sc ON sc.schema_id = o.schema_id WHERE o.object_id = ?`, [tableId]);
  if (!row) throw new Error(`renameObject: table ${tableId} vanished`);
  return {
    objectId: tableId, schemaId: row.schema_id, schema: row.schema_name, name: row.name, type: 'U', parentObjectId: 0,
    sqliteName: row.sqlite_name, definition: null,
  };
}

function isReferenceTo(fk: ForeignKeyDefinition, table: CatalogObject): boolean {
  return ciKey(fk.refSchema) === ciKey(table.schema) && ciKey(fk.refTable) === ciKey(table.name);
}

/** Applies `change` to every FOREIGN KEY definition of the database (owner = the referencing table). */
function rewriteForeignKeys(t: RenameTarget, change: (fk: ForeignKeyDefinition, owner: number) => ForeignKeyDefinition): void {
  for (const f of objectsOfType(t.s, t.db, 'F')) {
    if (f.definition === null) continue;
    const before = JSON.parse(f.definition) as ForeignKeyDefinition;
    const after = JSON.stringify(change(before, f.parentObjectId));
    if (after !== f.definition) t.s.run(`UPDATE ${t.db}.__msxd_objects SET definition = ? WHERE object_id = ?`, [after, f.objectId]);
  }
}
