// The table a DDL statement names: a session #temp table or a catalogue table (user database,
// or tempdb for ##global tables). Views and routines are found with catalog-rows.findObject.
import { sqlError } from '../../errors/catalog';
import type { SessionStorage } from '../../store/api';
import type { ObjectName } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import { findObject, type CatalogObject } from './catalog-rows';
import type { LocalTable } from './local-table';
import { qualify, type QualifiedName } from './object-names';
import { tempTableEntry } from './temp-tables';
import type { CatalogTable } from './table-writer';

export type DdlTable =
  | { readonly kind: 'local'; readonly q: QualifiedName; readonly local: LocalTable }
  | { readonly kind: 'catalog'; readonly q: QualifiedName; readonly table: CatalogTable };

export function findDdlTable(scope: Scope, s: SessionStorage, n: ObjectName): DdlTable | undefined {
  const q = qualify(scope, n);
  if (q.temp === 'local') {
    const local = tempTableEntry(scope.session, q.name);
    return local ? { kind: 'local', q, local } : undefined;
  }
  const found = findCatalogObject(s, q);
  if (!found || found.obj.type !== 'U') return undefined;
  return { kind: 'catalog', q, table: catalogTable(q.database, found.db, found.obj) };
}

export function findCatalogObject(s: SessionStorage, q: QualifiedName): { db: string; obj: CatalogObject } | undefined {
  const db = s.sqliteSchema(q.database);
  const obj = findObject(s, db, q.schema, q.name);
  return obj ? { db, obj } : undefined;
}

export function catalogTable(database: string, db: string, o: CatalogObject): CatalogTable {
  return {
    database, db, objectId: o.objectId, schemaId: o.schemaId, schema: o.schema, name: o.name,
    sqliteTable: o.sqliteName ?? `${o.schema}.${o.name}`,
  };
}

/** The name as the user wrote it (SQL Server echoes it in 3701, 4902, ...). */
export function writtenName(n: ObjectName): string {
  return [n.server, n.database, n.database && !n.schema ? '' : n.schema, n.name].filter((p) => p !== undefined).join('.');
}

export function mustFindTable(scope: Scope, s: SessionStorage, n: ObjectName, notFound: number): DdlTable {
  const t = findDdlTable(scope, s, n);
  if (!t) throw sqlError(notFound, writtenName(n));
  return t;
}

