// A user table's catalogue entry (findTable + listColumns: two queries, 13 JSON.parse for a
// 13-column table, ~40% of translating a new statement text) kept per store connection while
// nothing could have changed it: the same engine DDL counter (every DDL statement bumps it,
// writeDdl), the same store schema generation (exec, rollbacks) and the same change stamp of the
// database (a commit by another connection, e.g. another session's DDL committing later).
// Tables only; a name that is not a table is looked up again every time (views, 208).
import { findTable, listColumns, schemaGeneration, type ColumnInfo, type TableInfo } from '../../store/index';
import type { SessionStorage } from '../../store/api';
import { catalogVersionNow } from './translation-cache';

export interface CatalogTable {
  readonly table: TableInfo;
  readonly columns: readonly ColumnInfo[];
}

interface Entry {
  readonly stamp: string;
  readonly value: CatalogTable;
}

const MAX_ENTRIES = 256;
const caches = new WeakMap<SessionStorage, Map<string, Entry>>();

/** findTable + listColumns of `database.schema.name`, cached; undefined when it is not a table. */
export function catalogTable(s: SessionStorage, database: string, schema: string, name: string): CatalogTable | undefined {
  let cache = caches.get(s);
  if (!cache) {
    cache = new Map();
    caches.set(s, cache);
  }
  // lower case is enough for a key: names that differ only in case are the same name (CI_AS)
  const key = `${database}\u0000${schema}\u0000${name}`.toLowerCase();
  const stamp = `${catalogVersionNow()}|${schemaGeneration()}|${s.changeStamp(database)}`;
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value;
  const table = findTable(s, database, schema, name);
  if (!table) {
    cache.delete(key);
    return undefined;
  }
  const value: CatalogTable = { table, columns: listColumns(s, database, table.objectId) };
  cache.delete(key);
  cache.set(key, { stamp, value });
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}
