// Translations cached by the statement's AST node (the parse cache returns the same nodes for the
// same batch text) and validated by everything the SQL text depends on: the current database, the
// catalogue version (invalidateTranslations), the store's schema generation (any CREATE/DROP/ALTER
// in the process, a rollback of DDL), the connection's own temp-schema generation (its #temp tables
// and table variables: per-session entries only), the catalogue commits since (another connection's DDL transaction
// committing after the translation), the modify_date of inlined views, the types of the frame's
// variables and the SET options that change translation.
//
// Shared by every session of the node (shared-translation-cache.ts) unless the translation bound a
// fact of its session (Translated.sessionBound: #temp tables, table variables, a system view's
// spid/login): a new connection's first execution of a known text is then a lookup. Permissions
// are no part of a translation: the caller checks the reads at every execution (sql-query.ts).
// A session whose open transaction may hold uncommitted DDL sees a catalogue no other session
// sees: it neither reads nor publishes shared entries until the catalogue is quiet again.
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { isOn } from '../session/set-options';
import { databaseSecurity } from '../security/security-context';
import { estimatedSize, sharedTranslations, type SharedEntry } from './shared-translation-cache';
import { mayShare, nodeStamp, sameStamp, type NodeStamp } from './shared-translation-state';
import { frameVariablesKey } from './shared-translation-key';

const MAX_ENTRIES = 256;

/** how each lookup of this process ended (tests and benchmarks read the deltas) */
export const translationCounters = { shared: 0, session: 0, translated: 0 };

export { catalogVersionNow, invalidateTranslations } from './shared-translation-state';

type ViewStamp = SharedEntry['views'][number];

interface Entry<T> {
  readonly key: string;
  readonly value: T;
  /** store schemaGeneration() when translated: any DDL or rollback since invalidates */
  readonly generation: number;
  /** the connection's localGeneration when translated: its #temp tables and table variables
   *  (created, dropped, altered, rolled back) are no other session's concern */
  readonly local: number;
  readonly views: readonly ViewStamp[];
  /** [database, store changeStamp] of each database read, when translated */
  readonly stamps: readonly (readonly [string, string])[];
}

function stampsOf(scope: Scope, databases: ReadonlySet<string> | undefined): (readonly [string, string])[] {
  const s = scope.session.storage;
  if (!s || !databases) return [];
  return [...databases].map((d) => [d, s.changeStamp(d)] as const);
}

function stampsUnchanged(scope: Scope, stamps: Entry<unknown>['stamps']): boolean {
  const s = scope.session.storage;
  for (const [database, stamp] of stamps) {
    if (!s || s.changeStamp(database) !== stamp) return false;
  }
  return true;
}

function localGeneration(scope: Scope): number {
  return scope.session.storage?.localGeneration ?? 0;
}

function viewUnchanged(scope: Scope, v: ViewStamp): boolean {
  const row = scope.session.storage?.get<{ m: unknown }>(`SELECT modify_date AS m FROM ${v.schema}.__msxd_objects WHERE object_id = ?`, [v.objectId]);
  return row !== undefined && row.m === v.modified;
}

const caches = new WeakMap<SessionState, Map<object, Entry<unknown>>>();

/**
 * The session facts a translation depends on, catalogue state aside. The user's default schema
 * decides what an unqualified name means in SQL Server (msxd resolves it in dbo today): users
 * with different default schemas never share a text.
 */
function keyOf(scope: Scope): string {
  const { database, options } = scope.session;
  // A sysadmin is dbo in every database (databaseSecurity's answer without its lookup).
  const schema = scope.session.isSysadmin ? 'dbo' : databaseSecurity(scope, database).defaultSchema;
  const concatNull = isOn(options, 'CONCAT_NULL_YIELDS_NULL');
  const variables = frameVariablesKey(scope.frame);
  const last = lastKeys.get(scope.session);
  if (last !== undefined && last.database === database && last.schema === schema && last.concatNull === concatNull && last.variables === variables) {
    return last.key;
  }
  const key = `${database}|${schema}|${concatNull ? 1 : 0}|${variables}`;
  lastKeys.set(scope.session, { database, schema, concatNull, variables, key });
  return key;
}

/**
 * Each session's last key with what it was made of: a statement run again under the same facts
 * gets the same string, already hashed and flat, instead of a new concatenation that every
 * comparison with a cached key would flatten first.
 */
interface LastKey {
  readonly database: string;
  readonly schema: string;
  readonly concatNull: boolean;
  readonly variables: string;
  readonly key: string;
}

const lastKeys = new WeakMap<SessionState, LastKey>();

/** a shared entry is usable here: same catalogue, its databases attached under the same aliases */
function sharedValid(scope: Scope, e: SharedEntry, now: NodeStamp): boolean {
  if (!sameStamp(e.stamp, now)) return false;
  const s = scope.session.storage;
  if (!s) return false;
  try {
    for (const [database, alias] of e.attach) if (s.sqliteSchema(database) !== alias) return false;
  } catch {
    // dropped, or cannot be attached inside this transaction: translating again says why
    return false;
  }
  return e.views.every((v) => viewUnchanged(scope, v));
}

export interface Translated<T> {
  readonly value: T;
  readonly cacheable: boolean;
  /** the text binds facts of this session: cached for it alone */
  readonly sessionBound?: boolean;
  readonly schemas: ReadonlySet<string>;
  readonly databases?: ReadonlySet<string>;
  readonly views?: readonly ViewStamp[];
}

export function cachedTranslation<T>(node: object, scope: Scope, translate: () => Translated<T>): T {
  const base = keyOf(scope);
  const now = nodeStamp();
  const share = mayShare(scope, now);
  const shared = sharedTranslations(scope.engine);
  if (share) {
    const hit = shared.get(node, base);
    if (hit) {
      if (sharedValid(scope, hit, now)) {
        translationCounters.shared++;
        return hit.value as T;
      }
      shared.delete(node, base);
    }
  }
  const key = `${now.catalogVersion}|${base}`;
  const cache = caches.get(scope.session);
  const hit = cache?.get(node);
  if (cache && hit && hit.key === key && hit.generation === now.generation && hit.local === localGeneration(scope)
    && stampsUnchanged(scope, hit.stamps)
    && hit.views.every((v) => viewUnchanged(scope, v))) {
    cache.delete(node);
    cache.set(node, hit);
    translationCounters.session++;
    return hit.value as T;
  }
  translationCounters.translated++;
  const { value, cacheable, sessionBound = false, views = [], databases, schemas } = translate();
  if (!cacheable) return value;
  if (share && !sessionBound && !schemas.has('"temp"')) {
    const s = scope.session.storage;
    const attach = s && databases ? [...databases].map((d) => [d, s.sqliteSchema(d)] as const) : [];
    shared.set(node, { key: base, stamp: now, value, views, attach, size: estimatedSize(value) });
    cache?.delete(node);
    return value;
  }
  remember(scope.session, node, { key, value, generation: now.generation, local: localGeneration(scope), views, stamps: stampsOf(scope, databases) });
  return value;
}

function remember(session: SessionState, node: object, entry: Entry<unknown>): void {
  let cache = caches.get(session);
  if (!cache) {
    cache = new Map();
    caches.set(session, cache);
  }
  // stamped after translating: the catalogue was read at these stamps or later
  cache.delete(node);
  cache.set(node, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as object);
}
