// DML statements resolve their target table (columns, constraints, referencing keys) from the
// catalogue: a dozen queries, the largest engine cost of a new connection's first UPDATE (a
// multiserver target's poll is a new connection whose heartbeat UPDATE paid it every time).
//
// Node-wide (per engine: several nodes may live in one process) while the node's catalogue state
// is unchanged and the session sees the committed catalogue (shared-translation-state.ts:
// nodeStamp/mayShare, as catalog-cache.ts), where the database is attached under the same alias.
// A resolved catalogue table is the same for every session but for its identity counter, which
// reads through the writing session's connection: each use binds it (writable-table.ts
// withStorage). Otherwise per session, while the same translation-cache version
// (invalidateTranslations: every DDL statement of this process), store schema generation and
// change stamp of the database (another connection's commit, e.g. a DDL transaction of another
// session committing after this session looked) hold. #temp tables and table variables never come
// here (dml-common.ts resolves them directly: they are the session's own).
import type { ObjectName } from '../../tsql/ast';
import type { EngineContext } from '../engine-context';
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import type { SessionStorage } from '../../store/api';
import type { WritableTable } from '../sql/source-types';
import { catalogVersionNow } from '../sql/translation-cache';
import { mayShare, nodeStamp, sameStamp, type NodeStamp } from '../sql/shared-translation-state';
import { withStorage } from '../sql/writable-table';
import { schemaGeneration } from '../../store/index';

/** how each lookup of this process ended (tests and benchmarks read the deltas) */
export const targetCounters = { node: 0, session: 0, resolved: 0 };

const MAX = 128;
const MAX_NODE = 2048;
const caches = new WeakMap<SessionState, Map<string, { fingerprint: string; value: unknown }>>();

interface NodeEntry {
  readonly stamp: NodeStamp;
  /** the database's quoted SQLite alias the value's names use */
  readonly alias: string;
  readonly value: unknown;
}

const nodeCaches = new WeakMap<EngineContext, Map<string, NodeEntry>>();

function fingerprint(scope: Scope, database: string): string | undefined {
  const s = scope.session.storage;
  if (!s || !scope.engine.store.databaseExists(database)) return undefined;
  return `${catalogVersionNow()}|${schemaGeneration()}|${s.changeStamp(database)}`;
}

/** `compute` once per catalogue state of the object's database */
export function cachedByCatalog<T>(scope: Scope, kind: string, name: ObjectName, compute: () => T): T {
  const database = name.database ?? scope.session.database;
  const s = scope.session.storage;
  const id = s ? scope.engine.store.getDatabase(database)?.databaseId : undefined;
  if (s && id !== undefined) {
    const now = nodeStamp();
    if (mayShare(scope, now)) return nodeCached(scope, s, now, `${kind}|${id}|${name.schema ?? ''}|${name.name}`.toLowerCase(), database, compute);
  }
  const fp = fingerprint(scope, database);
  if (fp === undefined) return compute();
  let cache = caches.get(scope.session);
  if (!cache) {
    cache = new Map();
    caches.set(scope.session, cache);
  }
  const key = `${kind}|${database}|${name.schema ?? ''}|${name.name}`.toLowerCase();
  const hit = cache.get(key);
  if (hit && hit.fingerprint === fp) {
    targetCounters.session++;
    return hit.value as T;
  }
  targetCounters.resolved++;
  const value = compute();
  cache.delete(key);
  if (!shareable(value)) return value;
  cache.set(key, { fingerprint: fp, value });
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return value;
}

function nodeCached<T>(scope: Scope, s: SessionStorage, now: NodeStamp, key: string, database: string, compute: () => T): T {
  let cache = nodeCaches.get(scope.engine);
  if (!cache) {
    cache = new Map();
    nodeCaches.set(scope.engine, cache);
  }
  let alias: string;
  try {
    alias = s.sqliteSchema(database);
  } catch {
    // cannot be attached inside this transaction: resolving says why
    return compute();
  }
  const hit = cache.get(key);
  if (hit && sameStamp(hit.stamp, now) && hit.alias === alias) {
    targetCounters.node++;
    return bound(hit.value as T, s);
  }
  targetCounters.resolved++;
  const value = compute();
  cache.delete(key);
  if (!shareable(value)) return value;
  cache.set(key, { stamp: now, alias, value });
  if (cache.size > MAX_NODE) cache.delete(cache.keys().next().value as string);
  return bound(value, s);
}

/** a CTE of one statement named like a table is no fact of the catalogue */
function shareable(value: unknown): boolean {
  return !(typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'cte');
}

/** a resolved source carrying a catalogue table: its identity counter through this session */
function bound<T>(value: T, s: SessionStorage): T {
  if (typeof value !== 'object' || value === null) return value;
  const target = (value as { target?: WritableTable }).target;
  if (!target) return value;
  return { ...value, target: withStorage(target, s) };
}
