// A catalogue table as DML sees it: columns plus the constraints the DDL engineer records in
// __msxd_objects (PK/UQ/IX key columns, CHECK text, FOREIGN KEY JSON; README "Catalogue
// constraints"). Everything but nextIdentity is the same for every session of the node (a dozen
// catalogue queries: query/target-cache.ts keeps it per node); nextIdentity reads and moves the
// catalogue counter through one session's connection, so a shared table is bound to the storage
// of the session that writes (withStorage).
import type { SessionStorage } from '../../store/api';
import { findTable, listColumns, nextIdentity, type ColumnInfo, type TableInfo } from '../../store/index';
import { childObjects, indexColumnIds, objectById, objectsOfType } from '../ddl/catalog-rows';
import { quoteIdent } from '../../store/index';
import type { ForeignKeyInfo, ReferencingKey, WritableTable } from './source-types';

interface FkJson {
  columns: string[];
  refSchema: string;
  refTable: string;
  refColumns: string[];
}

export function loadWritableTable(s: SessionStorage, database: string, t: TableInfo, columns: readonly ColumnInfo[]): WritableTable {
  const db = s.sqliteSchema(database);
  const children = childObjects(s, db, t.objectId);
  const nameOf = (id: number): string => columns.find((c) => c.columnId === id)?.name ?? '';
  const uniques = children
    .filter((o) => o.type === 'PK' || o.type === 'UQ' || (o.type === 'IX' && isUniqueIndex(o.definition)))
    .map((o) => ({ name: o.name, kind: o.type as 'PK' | 'UQ' | 'IX', columns: indexColumnIds(s, db, o.objectId).map(nameOf) }));
  const checks = children.filter((o) => o.type === 'C' && o.definition).map((o) => ({ name: o.name, definition: o.definition as string }));
  const foreignKeys: ForeignKeyInfo[] = [];
  for (const o of children.filter((x) => x.type === 'F' && x.definition)) {
    const fk = JSON.parse(o.definition as string) as FkJson;
    const ref = findTable(s, database, fk.refSchema, fk.refTable);
    if (!ref) continue;
    const refCols = listColumns(s, database, ref.objectId);
    foreignKeys.push({
      name: o.name,
      columns: fk.columns,
      referencedSqliteName: ref.sqliteName,
      referencedDisplayName: `${ref.schema}.${ref.name}`,
      referencedColumns: fk.refColumns,
      referencedTypes: fk.refColumns.map((n) => refCols.find((c) => c.name.toLowerCase() === n.toLowerCase())?.type ?? { kind: 'int' }),
    });
  }
  const computed = s.all<{ name: string; computed_definition: string }>(
    `SELECT name, computed_definition FROM ${db}.__msxd_columns WHERE object_id = ? AND computed_definition IS NOT NULL ORDER BY column_id`,
    [t.objectId]).map((r) => ({ name: r.name, definition: r.computed_definition }));
  return {
    sqliteName: t.sqliteName, database, schema: t.schema, name: t.name, objectId: t.objectId, columns,
    nextIdentity: identityThrough(s, database, t.objectId),
    checks, uniques, foreignKeys, computed, referencedBy: referencingKeys(s, database, t),
  };
}

function identityThrough(s: SessionStorage, database: string, objectId: number): () => bigint {
  return () => nextIdentity(s, database, objectId);
}

/** `t` (a catalogue table loaded by any session) with its identity counter read through `s` */
export function withStorage(t: WritableTable, s: SessionStorage): WritableTable {
  // #temp tables and table variables count in their own closure, never in the catalogue
  if (t.objectId <= 0) return t;
  return { ...t, nextIdentity: identityThrough(s, t.database, t.objectId) };
}

function referencingKeys(s: SessionStorage, database: string, t: TableInfo): ReferencingKey[] {
  const db = s.sqliteSchema(database);
  const out: ReferencingKey[] = [];
  for (const o of objectsOfType(s, db, 'F')) {
    if (!o.definition) continue;
    const fk = JSON.parse(o.definition) as FkJson & { onDelete?: string; onUpdate?: string };
    if (fk.refSchema.toLowerCase() !== t.schema.toLowerCase() || fk.refTable.toLowerCase() !== t.name.toLowerCase()) continue;
    const child = objectById(s, db, o.parentObjectId);
    if (!child?.sqliteName) continue;
    const childCols = listColumns(s, database, child.objectId);
    out.push({
      name: o.name,
      childSqliteName: `${db}.${quoteIdent(child.sqliteName)}`,
      childDisplayName: `${child.schema}.${child.name}`,
      childColumns: fk.columns,
      childTypes: fk.columns.map((n) => childCols.find((c) => c.name.toLowerCase() === n.toLowerCase())?.type ?? { kind: 'int' }),
      columns: fk.refColumns,
      onDelete: fk.onDelete ?? 'NO ACTION',
      onUpdate: fk.onUpdate ?? 'NO ACTION',
    });
  }
  return out;
}

function isUniqueIndex(definition: string | null): boolean {
  if (!definition) return false;
  try {
    return (JSON.parse(definition) as { unique?: boolean }).unique === true;
  } catch {
    return false;
  }
}
