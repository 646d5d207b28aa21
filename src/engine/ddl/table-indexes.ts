// The SQLite index statements of a catalogue table's PK/UQ constraints and CREATE INDEXes, built
// from the catalogue (after a rebuild, or to check what a column takes part in).
import type { ColumnInfo, SessionStorage } from '../../store/index';
import { childObjects, indexColumnIds, type CatalogObject } from './catalog-rows';
import { createIndexSql } from './sqlite-ddl';
import type { CatalogTable } from './table-writer';

export interface TableIndex {
  readonly object: CatalogObject;
  readonly unique: boolean;
  readonly columnIds: readonly number[];
}

export function tableIndexes(s: SessionStorage, t: CatalogTable): TableIndex[] {
  return childObjects(s, t.db, t.objectId)
    .filter((o) => o.type === 'PK' || o.type === 'UQ' || o.type === 'IX')
    .map((o) => ({
      object: o,
      unique: o.type !== 'IX' || (JSON.parse(o.definition ?? '{}') as { unique?: boolean }).unique === true,
      columnIds: indexColumnIds(s, t.db, o.objectId),
    }));
}

export function indexStatements(s: SessionStorage, t: CatalogTable, columns: readonly ColumnInfo[]): (table: string) => string[] {
  const indexes = tableIndexes(s, t);
  const desc = new Map(indexes.map((ix) => [ix.object.objectId, s.all<{ is_descending: number }>(
    `SELECT is_descending FROM ${t.db}.__msxd_index_columns WHERE object_id = ? ORDER BY key_ordinal`, [ix.object.objectId]).map((r) => r.is_descending !== 0)]));
  return (table) => indexes.map((ix) => createIndexSql(t.db, table, ix.object.name, ix.unique,
    ix.columnIds.map((id, i) => ({ name: columns.find((c) => c.columnId === id)?.name ?? '', desc: desc.get(ix.object.objectId)?.[i] ?? false })),
    columns));
}
