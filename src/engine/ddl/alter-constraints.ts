// ALTER TABLE ADD [CONSTRAINT] PK/UQ/CHECK/FK/DEFAULT ... FOR and DROP CONSTRAINT on a catalogue
// table. WITH CHECK (the default for new constraints) validates the existing rows: CHECK through
// the interpreter's predicate evaluation over each row, FOREIGN KEY by looking the parent up.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import {
  ciKey, decodeValue, isCharacterType, listColumns, quoteIdent, type ColumnInfo, type SessionStorage,
} from '../../store/index';
import type { ColumnRef } from '../../tsql/ast';
import { typed } from '../../types/typed-value';
import type { RowScope } from '../expressions/eval-context';
import { predicate } from '../expressions/predicate';
import type { Scope } from '../interpreter/scope';
import { assertNameFree, childObjects, deleteObjectRows, findObject, insertObject } from './catalog-rows';
import { defaultExpression } from './column-defaults';
import { foreignKeysReferencing } from './drop-objects';
import { asCause } from './follow-up';
import type { ForeignKeyDefinition } from './foreign-keys';
import { dropIndexSql } from './sqlite-ddl';
import { defaultText, generatedName, type PlannedConstraint } from './table-plan';
import { addConstraint, type CatalogTable } from './table-writer';

export function addDefault(s: SessionStorage, t: CatalogTable, name: string | undefined, column: string,
  expr: Parameters<typeof defaultText>[0], now: bigint): void {
  const c = listColumns(s, t.database, t.objectId).find((x) => ciKey(x.name) === ciKey(column));
  if (!c || c.identity) throw asCause(sqlError(1752, column, t.name));
  if (c.defaultDefinition !== null) throw asCause(sqlError(1781));
  const n = name ?? generatedName('DF', t.name, c.name);
  assertFree(s, t, n);
  const text = defaultText(expr);
  const id = insertObject(s, t.db, { schemaId: t.schemaId, name: n, type: 'D', parentObjectId: t.objectId, definition: text }, now);
  s.run(`UPDATE ${t.db}.__msxd_columns SET default_object_id = ?, default_definition = ? WHERE object_id = ? AND column_id = ?`,
    [id, text, t.objectId, c.columnId]);
}

function assertFree(s: SessionStorage, t: CatalogTable, name: string): void {
  try {
    assertNameFree(s, t.db, t.schemaId, name);
  } catch (e) {
    throw e instanceof SqlError ? asCause(e) : e;
  }
}

export function addTableConstraint(scope: Scope, s: SessionStorage, t: CatalogTable, k: PlannedConstraint, withCheck: boolean, now: bigint): void {
  const columns = listColumns(s, t.database, t.objectId);
  assertFree(s, t, k.name);
  if (k.kind === 'PK') {
    if (childObjects(s, t.db, t.objectId).some((o) => o.type === 'PK')) throw asCause(sqlError(1779, t.name));
    for (const ic of k.columns) {
      const c = columns.find((x) => ciKey(x.name) === ciKey(ic.name));
      if (!c) throw sqlError(1911, ic.name);
      if (c.nullable) throw asCause(sqlError(8111, t.name));
    }
  }
  if (withCheck && k.kind === 'C') validateCheck(scope, s, `${t.db}.${quoteIdent(t.sqliteTable)}`, columns, k.name, k.definition, t.database, `${t.schema}.${t.name}`);
  addConstraint(s, t, columns, k, now);
  if (withCheck && k.kind === 'F') validateForeignKey(s, t, columns, k.name);
}

function rowScope(columns: readonly ColumnInfo[], row: Readonly<Record<string, unknown>>): RowScope {
  return {
    column(ref: ColumnRef) {
      const c = columns.find((x) => ciKey(x.name) === ciKey(ref.name));
      if (!c) throw sqlError(207, ref.name);
      return typed(c.type, decodeValue(c.type, row[c.name]));
    },
  };
}

/** WITH CHECK: every existing row of `from` (quoted SQLite table) must satisfy the CHECK (547). */
export function validateCheck(scope: Scope, s: SessionStorage, from: string, columns: readonly ColumnInfo[], name: string,
  definition: string, database: string, display: string): void {
  const expr = defaultExpression(definition);
  for (const row of s.allBig<Record<string, unknown>>(`SELECT * FROM ${from}`)) {
    if (predicate(expr, { scope, row: rowScope(columns, row) }) === false) {
      throw sqlError(547, 'ALTER TABLE', 'CHECK', name, database, display, '', '', '');
    }
  }
}

function validateForeignKey(s: SessionStorage, t: CatalogTable, columns: readonly ColumnInfo[], name: string): void {
  const fk = findObject(s, t.db, t.schema, name, true);
  const def = JSON.parse(fk?.definition ?? '{}') as ForeignKeyDefinition;
  const parent = findObject(s, t.db, def.refSchema, def.refTable);
  if (!parent?.sqliteName) return;
  const parentColumns = listColumns(s, t.database, parent.objectId);
  const key = (cols: readonly ColumnInfo[], n: string, alias: string): string => {
    const c = cols.find((x) => ciKey(x.name) === ciKey(n));
    const ref = `${alias}.${quoteIdent(c?.name ?? n)}`;
    return c && isCharacterType(c.type) ? `msxd_ci_key(${ref})` : ref;
  };
  const notNull = def.columns.map((c) => `${key(columns, c, 'c')} IS NOT NULL`).join(' AND ');
  const match = def.columns.map((c, i) => `${key(parentColumns, def.refColumns[i] ?? '', 'p')} = ${key(columns, c, 'c')}`).join(' AND ');
  const orphan = s.get(`SELECT 1 FROM ${t.db}.${quoteIdent(t.sqliteTable)} c WHERE ${notNull}
    AND NOT EXISTS (SELECT 1 FROM ${t.db}.${quoteIdent(parent.sqliteName)} p WHERE ${match}) LIMIT 1`);
  if (orphan) {
    throw sqlError(547, 'ALTER TABLE', 'FOREIGN KEY', name, t.database, `${parent.schema}.${parent.name}`, ", column '", def.refColumns[0] ?? '', "'");
  }
}

export function dropConstraint(s: SessionStorage, t: CatalogTable, name: string, ifExists: boolean): void {
  const k = childObjects(s, t.db, t.objectId).find((o) => ciKey(o.name) === ciKey(name) && o.type !== 'IX');
  if (!k) {
    if (ifExists) return;
    throw asCause(sqlError(3728, name));
  }
  if (k.type === 'PK' || k.type === 'UQ') {
    const keyIds = s.all<{ column_id: number }>(`SELECT column_id FROM ${t.db}.__msxd_index_columns WHERE object_id = ?`, [k.objectId]).map((r) => r.column_id);
    const keyNames = listColumns(s, t.database, t.objectId).filter((c) => keyIds.includes(c.columnId)).map((c) => ciKey(c.name));
    for (const fk of foreignKeysReferencing(s, t.db, t)) {
      const def = JSON.parse(fk.definition ?? '{}') as ForeignKeyDefinition;
      if (def.refColumns.length === keyNames.length && def.refColumns.every((c) => keyNames.includes(ciKey(c)))) {
        const owner = s.get<{ name: string }>(`SELECT name FROM ${t.db}.__msxd_objects WHERE object_id = ?`, [fk.parentObjectId])?.name ?? '';
        throw asCause(sqlError(3725, k.name, `${fk.schema}.${owner}`, fk.name));
      }
    }
    s.exec(dropIndexSql(t.db, t.sqliteTable, k.name));
  }
  if (k.type === 'D') {
    s.run(`UPDATE ${t.db}.__msxd_columns SET default_object_id = 0, default_definition = NULL WHERE object_id = ? AND default_object_id = ?`,
      [t.objectId, k.objectId]);
  }
  deleteObjectRows(s, t.db, k.objectId);
}
