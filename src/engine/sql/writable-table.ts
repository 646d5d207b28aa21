// A catalogue table as DML sees it: columns plus the constraints the DDL engineer records in
// __msxd_objects (PK/UQ/IX key columns, CHECK text, FOREIGN KEY JSON; README "Catalogue
// constraints").
import type { SessionStorage } from '../../store/api';
import { findTable, listColumns, nextIdentity, type ColumnInfo, type TableInfo } from '../../store/index';
import { childObjects, indexColumnIds } from '../ddl/catalog-rows';
import type { ForeignKeyInfo, WritableTable } from './source-types';

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
  return {
    sqliteName: t.sqliteName, database, schema: t.schema, name: t.name, objectId: t.objectId, columns,
    nextIdentity: () => nextIdentity(s, database, t.objectId),
    checks, uniques, foreignKeys,
  };
}

function isUniqueIndex(definition: string | null): boolean {
  if (!definition) return false;
  try {
    return (JSON.parse(definition) as { unique?: boolean }).unique === true;
  } catch {
    return false;
  }
}
