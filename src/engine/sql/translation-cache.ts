// Translations cached per session, keyed by the statement's AST node (the parse cache returns the
// same nodes for the same batch text) and validated by everything the SQL text depends on: the
// current database, the catalogue version (invalidateTranslations), the store's schema generation
// (any CREATE/DROP/ALTER or rollback in the process), the change stamps of the databases it reads
// (another connection's commit: a DDL transaction committing after the translation), the
// modify_date of inlined views, the types
// of the frame's variables and the SET options that change translation. Per session, because
// system views may bind session facts (spid, login) as fixed parameters.
import type { Scope } from '../interpreter/scope';
import type { SessionState } from '../session/session-state';
import { isOn } from '../session/set-options';
import { schemaGeneration } from '../../store/index';

const MAX_ENTRIES = 256;
let catalogVersion = 0;

/** DDL (CREATE/ALTER/DROP of tables, views, temp tables...) must call this. */
export function invalidateTranslations(): void {
  catalogVersion++;
}

export function catalogVersionNow(): number {
  return catalogVersion;
}

interface Entry<T> {
  readonly key: string;
  readonly value: T;
  /** store schemaGeneration() when translated: any DDL or rollback since invalidates */
  readonly generation: number;
  readonly views: readonly { readonly schema: string; readonly objectId: number; readonly modified: unknown }[];
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

function viewUnchanged(scope: Scope, v: Entry<unknown>['views'][number]): boolean {
  const row = scope.session.storage?.get<{ m: unknown }>(`SELECT modify_date AS m FROM ${v.schema}.__msxd_objects WHERE object_id = ?`, [v.objectId]);
  return row !== undefined && row.m === v.modified;
}

const caches = new WeakMap<SessionState, Map<object, Entry<unknown>>>();

function keyOf(scope: Scope): string {
  let vars = '';
  for (const v of scope.frame.all()) vars += `${v.name}:${JSON.stringify(v.type)};`;
  const o = scope.session.options;
  return `${catalogVersion}|${scope.session.database}|${isOn(o, 'CONCAT_NULL_YIELDS_NULL') ? 1 : 0}|${vars}`;
}

export interface Translated<T> {
  readonly value: T;
  readonly cacheable: boolean;
  readonly schemas: ReadonlySet<string>;
  readonly databases?: ReadonlySet<string>;
  readonly views?: Entry<unknown>['views'];
}

export function cachedTranslation<T>(node: object, scope: Scope, translate: () => Translated<T>): T {
  let cache = caches.get(scope.session);
  if (!cache) {
    cache = new Map();
    caches.set(scope.session, cache);
  }
  const key = keyOf(scope);
  const hit = cache.get(node);
  if (hit && hit.key === key && hit.generation === schemaGeneration() && stampsUnchanged(scope, hit.stamps)
    && hit.views.every((v) => viewUnchanged(scope, v))) {
    cache.delete(node);
    cache.set(node, hit);
    return hit.value as T;
  }
  const generation = schemaGeneration();
  const { value, cacheable, views = [], databases } = translate();
  if (cacheable) {
    // stamped after translating: the catalogue was read at these stamps or later
    const stamps = stampsOf(scope, databases);
    cache.delete(node);
    cache.set(node, { key, value, generation, views, stamps });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as object);
  }
  return value;
}
