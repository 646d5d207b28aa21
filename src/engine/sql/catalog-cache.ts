// A user table's catalogue entry (findTable + listColumns: two queries, 13 JSON.parse for a
// 13-column table, ~40% of translating a new statement text) kept per store connection while
// nothing could have changed it: the same engine DDL counter (every DDL statement bumps it,
// writeDdl), the same store schema generation (exec, rollbacks) and the same change stamp of the
// database (a commit by another connection, e.g. another session's DDL committing later).
// Tables only; a name that is not a table is looked up again every time (views, 208).
// With the session's scope, the entry is the node's (every new connection of a poll resolves the
// same tables): kept per engine while the node's catalogue state is unchanged, read by a session
// that sees the committed catalogue (shared-translation-state.ts).
import { findTable, listColumns, schemaGeneration, type ColumnInfo, type TableInfo } from '../../store/index';
import type { SessionStorage } from '../../store/api';
import type { EngineContext } from '../engine-context';
import type { Scope } from '../interpreter/scope';
import { catalogVersionNow, mayShare, nodeStamp, sameStamp, type NodeStamp } from './shared-translation-state';

export interface CatalogTable {
  readonly table: TableInfo;
  readonly columns: readonly ColumnInfo[];
}

interface Entry {
  readonly stamp: string;
  readonly value: CatalogTable;
}

const MAX_ENTRIES = 256;
const MAX_NODE_ENTRIES = 2048;
const caches = new WeakMap<SessionStorage, Map<string, Entry>>();
const nodeCaches = new WeakMap<EngineContext, Map<string, { readonly stamp: NodeStamp; readonly value: CatalogTable }>>();

/** findTable + listColumns of `database.schema.name`, cached; undefined when it is not a table. */
export function catalogTable(s: SessionStorage, database: string, schema: string, name: string, scope?: Scope): CatalogTable | undefined {
  if (!scope) return connectionTable(s, database, schema, name);
  const now = nodeStamp();
  const id = scope.engine.store.getDatabase(database)?.databaseId;
  if (id === undefined || !mayShare(scope, now)) return connectionTable(s, database, schema, name);
  let cache = nodeCaches.get(scope.engine);
  if (!cache) {
    cache = new Map();
    nodeCaches.set(scope.engine, cache);
  }
  const key = `${id}\u0000${schema}\u0000${name}`.toLowerCase();
  const hit = cache.get(key);
  if (hit && sameStamp(hit.stamp, now)) return hit.value;
  const value = connectionTable(s, database, schema, name);
  cache.delete(key);
  if (!value) return undefined;
  cache.set(key, { stamp: now, value });
  if (cache.size > MAX_NODE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return value;
}

function connectionTable(s: SessionStorage, database: string, schema: string, name: string): CatalogTable | undefined {
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
