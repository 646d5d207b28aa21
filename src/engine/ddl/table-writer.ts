// Creating a catalogue table (permanent or ##global in tempdb): the SQLite table, its key indexes
// and every catalogue row (object, columns, DEFAULT/PK/UQ/CHECK/FK objects, index columns), all
// inside the caller's write lock so a failure leaves nothing behind.
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import { asCause } from './follow-up';
import { ciKey, isCharacterType, listColumns, quoteIdent, sqliteTableName } from '../../store/index';
import type { ColumnInfo } from '../../store/index';
import type { SessionStorage } from '../../store/api';
import { SERVER_COLLATION } from '../../types/collation';
import {
  assertNameFree, findObject, insertIndexColumns, insertObject, schemaId,
} from './catalog-rows';
import { firstDuplicateKey } from './duplicate-key';
import { resolveForeignKey, type SelfReference } from './foreign-keys';
import { createIndexSql, createTableSql } from './sqlite-ddl';
import type { PlannedColumn, PlannedConstraint, TablePlan } from './table-plan';

export interface CatalogTable {
  readonly database: string;
  /** quoted attach alias, e.g. "master" */
  readonly db: string;
  readonly objectId: number;
  readonly schemaId: number;
  readonly schema: string;
  readonly name: string;
  /** unquoted SQLite table name, "dbo.t" */
  readonly sqliteTable: string;
}

export function createCatalogTable(s: SessionStorage, database: string, schema: string, name: string, plan: TablePlan, now: bigint): CatalogTable {
  const db = s.sqliteSchema(database);
  const sc = schemaId(s, db, schema);
  if (findObject(s, db, sc.name, name)) throw sqlErrorWithState(2714, 6, name);
  const names = new Set<string>();
  for (const n of [...plan.constraints.map((k) => k.name), ...plan.columns.flatMap((c) => (c.defaultName ? [c.defaultName] : []))]) {
    if (names.has(ciKey(n))) throw asCause(sqlErrorWithState(2714, 5, n));
    names.add(ciKey(n));
    try {
      assertNameFree(s, db, sc.id, n);
    } catch (e) {
      throw e instanceof SqlError ? asCause(e) : e;
    }
  }
  const sqliteTable = sqliteTableName(sc.name, name);
  s.exec(createTableSql(db, sqliteTable, plan.columns));
  const objectId = insertObject(s, db, { schemaId: sc.id, name, type: 'U', sqliteName: sqliteTable }, now);
  const table: CatalogTable = { database, db, objectId, schemaId: sc.id, schema: sc.name, name, sqliteTable };
  plan.columns.forEach((c, i) => insertColumn(s, table, i + 1, c, now));
  const self: SelfReference = {
    schema: sc.name, name, columns: plan.columns.map((c) => c.name),
    keys: [...plan.constraints.filter((k) => k.kind === 'PK'), ...plan.constraints.filter((k) => k.kind === 'UQ')]
      .map((k) => (k.kind === 'PK' || k.kind === 'UQ' ? k.columns : [])),
  };
  for (const k of plan.constraints) addConstraint(s, table, listColumns(s, database, objectId), k, now, self);
  for (const ix of plan.indexes) {
    s.exec(createIndexSql(db, sqliteTable, ix.name, ix.unique, ix.columns, plan.columns));
    const id = insertObject(s, db, { schemaId: sc.id, name: ix.name, type: 'IX', parentObjectId: objectId, definition: JSON.stringify({ unique: ix.unique }) }, now);
    insertIndexColumns(s, db, id, ix.columns.map((c) => ({ columnId: columnIdOf(listColumns(s, database, objectId), c.name), desc: c.desc })));
  }
  return table;
}

export function insertColumn(s: SessionStorage, t: CatalogTable, columnId: number, c: PlannedColumn, now: bigint): void {
  let defaultId = 0;
  if (c.defaultDefinition !== undefined && c.defaultName !== undefined) {
    defaultId = insertObject(s, t.db, { schemaId: t.schemaId, name: c.defaultName, type: 'D', parentObjectId: t.objectId, definition: c.defaultDefinition }, now);
  }
  s.run(`INSERT INTO ${t.db}.__msxd_columns (object_id, column_id, name, name_key, sql_type, is_nullable, is_identity,
           identity_seed, identity_increment, default_object_id, default_definition, computed_definition, collation_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  [t.objectId, columnId, c.name, ciKey(c.name), JSON.stringify(c.type), c.nullable ? 1 : 0, c.identity ? 1 : 0,
    c.identity?.seed.toString() ?? null, c.identity?.increment.toString() ?? null, defaultId,
    c.defaultDefinition ?? null, c.computedDefinition ?? null, isCharacterType(c.type) ? SERVER_COLLATION.name : null]);
}

export function columnIdOf(columns: readonly ColumnInfo[], name: string): number {
  const c = columns.find((x) => ciKey(x.name) === ciKey(name));
  if (!c) throw sqlError(1911, name);
  return c.columnId;
}

/** PK/UQ (unique index on the CI key), CHECK (stored text), FOREIGN KEY (stored JSON). */
export function addConstraint(s: SessionStorage, t: CatalogTable, columns: readonly ColumnInfo[], k: PlannedConstraint, now: bigint,
  self?: SelfReference): void {
  switch (k.kind) {
    case 'PK':
    case 'UQ': {
      for (const c of k.columns) columnIdOf(columns, c.name);
      try {
        s.exec(createIndexSql(t.db, t.sqliteTable, k.name, true, k.columns, columns));
      } catch (e) {
        if (isUniqueFailure(e)) throw sqlError(1505, `${t.schema}.${t.name}`, k.name, firstDuplicateKey(s, quotedTable(t), k.columns, columns));
        throw e;
      }
      const id = insertObject(s, t.db, { schemaId: t.schemaId, name: k.name, type: k.kind, parentObjectId: t.objectId }, now);
      insertIndexColumns(s, t.db, id, k.columns.map((c) => ({ columnId: columnIdOf(columns, c.name), desc: c.desc })));
      return;
    }
    case 'C':
      insertObject(s, t.db, { schemaId: t.schemaId, name: k.name, type: 'C', parentObjectId: t.objectId, definition: k.definition }, now);
      return;
    case 'F': {
      const def = resolveForeignKey(s, t.database, k.name, t.name, columns.map((c) => c.name), k.columns, k.references, self);
      insertObject(s, t.db, { schemaId: t.schemaId, name: k.name, type: 'F', parentObjectId: t.objectId, definition: JSON.stringify(def) }, now);
      return;
    }
    default: {
      const never: never = k;
      throw new Error(`unknown constraint ${String(never)}`);
    }
  }
}

export function isUniqueFailure(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && String((e as { code: unknown }).code).startsWith('SQLITE_CONSTRAINT');
}

export function quotedTable(t: CatalogTable): string {
  return `${t.db}.${quoteIdent(t.sqliteTable)}`;
}
