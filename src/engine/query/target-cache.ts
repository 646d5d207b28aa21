// DML statements resolve their target table (columns, constraints, referencing keys) from the
// catalogue: a dozen queries. Per session the result is kept and reused while the database's
// catalogue is unchanged: same translation-cache version (invalidateTranslations), same store
// schema generation (CREATE/DROP/ALTER, rollbacks) and same (count, max modify_date) of __msxd_objects (constraints and views are catalogue rows only).
import type { ObjectName } from '../../tsql/ast';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { catalogVersionNow } from '../sql/translation-cache';
import { schemaGeneration } from '../../store/index';

const MAX = 128;
const caches = new WeakMap<SessionState, Map<string, { fingerprint: string; value: unknown }>>();

function fingerprint(scope: Scope, database: string): string | undefined {
  const s = scope.session.storage;
  if (!s || !scope.engine.store.databaseExists(database)) return undefined;
  const db = s.sqliteSchema(database);
  const v = schemaGeneration();
  const o = s.get<{ n: number; m: number | bigint | null }>(`SELECT count(*) AS n, max(modify_date) AS m FROM ${db}.__msxd_objects`);
  return `${catalogVersionNow()}|${v}|${o?.n}|${String(o?.m)}`;
}

/** `compute` once per catalogue state of the object's database */
export function cachedByCatalog<T>(scope: Scope, kind: string, name: ObjectName, compute: () => T): T {
  const database = name.database ?? scope.session.database;
  const fp = fingerprint(scope, database);
  if (fp === undefined) return compute();
  let cache = caches.get(scope.session);
  if (!cache) {
    cache = new Map();
    caches.set(scope.session, cache);
  }
  const key = `${kind}|${database}|${name.schema ?? ''}|${name.name}`.toLowerCase();
  const hit = cache.get(key);
  if (hit && hit.fingerprint === fp) return hit.value as T;
  const value = compute();
  cache.delete(key);
  cache.set(key, { fingerprint: fp, value });
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return value;
}
