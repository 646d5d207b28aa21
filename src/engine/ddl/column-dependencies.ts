// What depends on a column (SQL Server refuses DROP/ALTER COLUMN with 5074 for each, then 4922):
// PK/UQ/indexes on it, its DEFAULT, CHECKs that mention it, FOREIGN KEYs from or to it.
import { ciKey, type ColumnInfo, type SessionStorage } from '../../store/index';
import { childObjects, type CatalogObject } from './catalog-rows';
import { columnsOfText } from './column-refs';
import { foreignKeysReferencing } from './drop-objects';
import type { ForeignKeyDefinition } from './foreign-keys';
import { tableIndexes } from './table-indexes';
import type { CatalogTable } from './table-writer';

export function columnDependents(s: SessionStorage, t: CatalogTable, column: ColumnInfo): CatalogObject[] {
  const out: CatalogObject[] = [];
  for (const ix of tableIndexes(s, t)) if (ix.columnIds.includes(column.columnId)) out.push(ix.object);
  for (const o of childObjects(s, t.db, t.objectId)) {
    if (o.type === 'D' && defaultOwner(s, t, o) === column.columnId) out.push(o);
    if (o.type === 'C' && columnsOfText(o.definition ?? '(1)').has(column.name.toLowerCase())) out.push(o);
    if (o.type === 'F' && fk(o).columns.some((c) => ciKey(c) === ciKey(column.name))) out.push(o);
  }
  for (const o of foreignKeysReferencing(s, t.db, t)) {
    if (fk(o).refColumns.some((c) => ciKey(c) === ciKey(column.name)) && !out.includes(o)) out.push(o);
  }
  return out;
}

function fk(o: CatalogObject): ForeignKeyDefinition {
  return JSON.parse(o.definition ?? '{}') as ForeignKeyDefinition;
}

function defaultOwner(s: SessionStorage, t: CatalogTable, d: CatalogObject): number | undefined {
  return s.get<{ column_id: number }>(`SELECT column_id FROM ${t.db}.__msxd_columns WHERE object_id = ? AND default_object_id = ?`,
    [t.objectId, d.objectId])?.column_id;
}
