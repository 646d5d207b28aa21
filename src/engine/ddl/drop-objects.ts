// Removing catalogue objects: a table (its SQLite table and indexes, constraints, defaults), a
// view or a routine. FOREIGN KEYs of other tables that reference a table block its drop (3726).
import { sqlError } from '../../errors/catalog';
import { ciKey, quoteIdent } from '../../store/index';
import type { SessionStorage } from '../../store/api';
import { childObjects, deleteObjectRows, objectsOfType, type CatalogObject } from './catalog-rows';
import type { ForeignKeyDefinition } from './foreign-keys';
import { dropIndexSql } from './sqlite-ddl';
import type { CatalogTable } from './table-writer';

export function foreignKeysReferencing(s: SessionStorage, db: string, table: { schema: string; name: string; objectId: number }): CatalogObject[] {
  return objectsOfType(s, db, 'F').filter((fk) => {
    const def = JSON.parse(fk.definition ?? '{}') as ForeignKeyDefinition;
    return ciKey(def.refSchema ?? '') === ciKey(table.schema) && ciKey(def.refTable ?? '') === ciKey(table.name);
  });
}

/** 3726 when another table's FOREIGN KEY references it (its own self-references do not count). */
export function assertNotReferenced(s: SessionStorage, t: CatalogTable, display: string): void {
  if (foreignKeysReferencing(s, t.db, t).some((fk) => fk.parentObjectId !== t.objectId)) throw sqlError(3726, display);
}

export function dropCatalogTable(s: SessionStorage, t: CatalogTable): void {
  for (const child of childObjects(s, t.db, t.objectId)) {
    if (child.type === 'PK' || child.type === 'UQ' || child.type === 'IX') s.exec(dropIndexSql(t.db, t.sqliteTable, child.name));
    deleteObjectRows(s, t.db, child.objectId);
  }
  s.exec(`DROP TABLE IF EXISTS ${t.db}.${quoteIdent(t.sqliteTable)}`);
  deleteObjectRows(s, t.db, t.objectId);
}

export function dropModule(s: SessionStorage, db: string, o: CatalogObject): void {
  for (const child of childObjects(s, db, o.objectId)) deleteObjectRows(s, db, child.objectId);
  deleteObjectRows(s, db, o.objectId);
}
