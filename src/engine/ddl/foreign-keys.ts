// FOREIGN KEY definitions: the referenced table must exist in the same database (1767), the
// columns on both sides must exist (1769/1770) and the referenced columns must be exactly a
// PRIMARY KEY or UNIQUE constraint (1776). Stored as JSON in __msxd_objects.definition (type F),
// the shape src/engine/sql reads (README there).
import { sqlError } from '../../errors/catalog';
import { ciKey, findTable, listColumns } from '../../store/index';
import type { SessionStorage } from '../../store/api';
import type { ForeignKeyReference, IndexColumn } from '../../tsql/ast';
import { childObjects, indexColumnIds } from './catalog-rows';

export interface ForeignKeyDefinition {
  readonly columns: readonly string[];
  readonly refSchema: string;
  readonly refTable: string;
  readonly refColumns: readonly string[];
  readonly onDelete: string;
  readonly onUpdate: string;
}

/** What the referencing side knows about the referenced table when it is the table being created. */
export interface SelfReference {
  readonly schema: string;
  readonly name: string;
  readonly columns: readonly string[];
  readonly keys: readonly (readonly IndexColumn[])[];
}

export function resolveForeignKey(s: SessionStorage, database: string, fkName: string, childTable: string,
  childColumns: readonly string[], columns: readonly string[], ref: ForeignKeyReference, self?: SelfReference): ForeignKeyDefinition {
  if (ref.table.database && ciKey(ref.table.database) !== ciKey(database)) throw sqlError(1767, fkName, ref.table.name);
  const refSchema = ref.table.schema ?? 'dbo';
  let refName: string;
  let refCols: readonly string[];
  let keys: (readonly string[])[];
  if (self && ciKey(refSchema) === ciKey(self.schema) && ciKey(ref.table.name) === ciKey(self.name)) {
    refName = self.name;
    refCols = self.columns;
    keys = self.keys.map((k) => k.map((c) => c.name));
  } else {
    const t = findTable(s, database, refSchema, ref.table.name);
    if (!t) throw sqlError(1767, fkName, ref.table.name);
    refName = t.name;
    const cols = listColumns(s, database, t.objectId);
    refCols = cols.map((c) => c.name);
    const db = s.sqliteSchema(database);
    keys = childObjects(s, db, t.objectId).filter((o) => o.type === 'PK' || o.type === 'UQ' || o.type === 'IX')
      .filter((o) => o.type !== 'IX' || JSON.parse(o.definition ?? '{}').unique === true)
      .map((o) => indexColumnIds(s, db, o.objectId).map((id) => cols.find((c) => c.columnId === id)?.name ?? ''));
  }
  for (const c of columns) {
    if (!childColumns.some((n) => ciKey(n) === ciKey(c))) throw sqlError(1769, fkName, c, childTable);
  }
  let target = ref.columns;
  if (target.length === 0) {
    const pk = keys[0];
    if (!pk) throw sqlError(1776, refName, fkName);
    target = pk;
  }
  for (const c of target) {
    if (!refCols.some((n) => ciKey(n) === ciKey(c))) throw sqlError(1770, fkName, c, refName);
  }
  const sameSet = (k: readonly string[]): boolean => k.length === target.length && k.every((n) => target.some((t) => ciKey(t) === ciKey(n)));
  if (!keys.some(sameSet) || target.length !== columns.length) throw sqlError(1776, refName, fkName);
  return {
    columns: [...columns], refSchema, refTable: refName,
    refColumns: target.map((c) => refCols.find((n) => ciKey(n) === ciKey(c)) ?? c),
    onDelete: ref.onDelete ?? 'NO ACTION', onUpdate: ref.onUpdate ?? 'NO ACTION',
  };
}
