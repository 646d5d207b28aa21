// DML statements resolve their target table (columns, constraints, referencing keys) from the
// catalogue: a dozen queries. Per session the result is kept and reused while the database's
// catalogue is unchanged: same translation-cache version (invalidateTranslations: every DDL
// statement of this process, constraints and views included), same store schema generation
// (CREATE/DROP/ALTER, rollbacks) and same change stamp of the database (another connection's
// commit, e.g. a DDL transaction of another session committing after this session looked).
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
  return `${catalogVersionNow()}|${schemaGeneration()}|${s.changeStamp(database)}`;
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
