// is_ms_shipped: SQL Server sets it on every object its own setup scripts create (msdb's Agent
// tables, views, functions, their constraints), so a DBA's "user objects" query (WHERE
// is_ms_shipped = 0) lists none of them. msxd's scripts are ordinary T-SQL run by the engine, which
// creates every object as a user's; the caller names the shipped ones afterwards. Idempotent, so
// it runs at every start and also marks data folders created before it existed.
import type { LockWait, SessionStorage } from './api';
import { ciKey } from './collation-key';

/**
 * Sets is_ms_shipped on the named top-level objects of `schema` in `database` and on their
 * children (constraints, defaults, indexes); returns how many rows changed (0 once marked). A
 * name with no object is skipped: a later script may create it.
 */
export async function markShippedObjects(s: SessionStorage, database: string, schema: string, names: readonly string[],
  wait: LockWait): Promise<number> {
  const db = s.sqliteSchema(database);
  const keys = JSON.stringify(names.map(ciKey));
  const shipped = `SELECT o.object_id FROM ${db}.__msxd_objects o JOIN ${db}.__msxd_schemas sc ON sc.schema_id = o.schema_id
    WHERE sc.name_key = ? AND o.parent_object_id = 0 AND o.name_key IN (SELECT value FROM json_each(?))`;
  return s.withWriteLock(() => {
    const changed = s.run(`UPDATE ${db}.__msxd_objects SET is_ms_shipped = 1
      WHERE is_ms_shipped = 0 AND (object_id IN (${shipped}) OR parent_object_id IN (${shipped}))`,
    [ciKey(schema), keys, ciKey(schema), keys]).changes;
    // other connections' caches of catalogue reads must see the flag (a no-op start changes nothing)
    if (changed > 0) s.markCatalogChanged();
    return changed;
  }, wait);
}
