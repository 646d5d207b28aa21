// The translations every session of one node shares (translation-cache.ts decides what goes here).
// A target's poll is a new connection running the same constant texts as every other target: a
// per-session cache re-translated each of them at every poll. Kept per engine (not per process:
// several nodes may live in one process, as in the tests), keyed by the statement's AST node (the
// parse cache hands every session the same nodes for the same text) and a key string of the
// session facts a translation depends on. LRU by node, bounded in entries and in estimated size.
import type { EngineContext } from '../engine-context';
import type { NodeStamp } from './shared-translation-state';

export interface SharedEntry {
  /** database, SET options and variable types the text was translated under (keyOf) */
  readonly key: string;
  readonly stamp: NodeStamp;
  readonly value: unknown;
  /** inlined views with their modify_date when translated (ALTER VIEW changes only rows) */
  readonly views: readonly { readonly schema: string; readonly objectId: number; readonly modified: unknown }[];
  /** [database, quoted SQLite alias] the text names: attached, and still the same, where it runs */
  readonly attach: readonly (readonly [string, string])[];
  /** estimated characters held */
  readonly size: number;
}

/** a few variants of one statement (other databases, variable types) before the oldest goes */
const PER_NODE = 8;

export class SharedTranslationCache {
  /** insertion order is recency: a hit re-inserts its node */
  private readonly byNode = new Map<object, SharedEntry[]>();
  private entries = 0;
  private chars = 0;

  constructor(readonly maxEntries = 4096, readonly maxChars = 32_000_000) {}

  get count(): number {
    return this.entries;
  }

  get size(): number {
    return this.chars;
  }

  get(node: object, key: string): SharedEntry | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    for (const e of list) {
      if (e.key !== key) continue;
      this.byNode.delete(node);
      this.byNode.set(node, list);
      return e;
    }
    return undefined;
  }

  set(node: object, entry: SharedEntry): void {
    if (entry.size > this.maxChars / 64) return;
    let list = this.byNode.get(node);
    if (list) {
      this.byNode.delete(node);
      const i = list.findIndex((e) => e.key === entry.key);
      if (i >= 0) this.forget(list, i);
    } else {
      list = [];
    }
    list.push(entry);
    this.entries++;
    this.chars += entry.size;
    if (list.length > PER_NODE) this.forget(list, 0);
    this.byNode.set(node, list);
    this.evict();
  }

  delete(node: object, key: string): void {
    const list = this.byNode.get(node);
    const i = list ? list.findIndex((e) => e.key === key) : -1;
    if (!list || i < 0) return;
    this.forget(list, i);
    if (list.length === 0) this.byNode.delete(node);
  }

  /** DBCC FREEPROCCACHE / FREESYSTEMCACHE: forget every translation */
  clear(): void {
    this.byNode.clear();
    this.entries = 0;
    this.chars = 0;
  }

  private forget(list: SharedEntry[], i: number): void {
    const [gone] = list.splice(i, 1);
    if (!gone) return;
    this.entries--;
    this.chars -= gone.size;
  }

  private evict(): void {
    while (this.entries > this.maxEntries || this.chars > this.maxChars) {
      const oldest = this.byNode.entries().next();
      if (oldest.done) return;
      const [node, list] = oldest.value;
      this.byNode.delete(node);
      for (const e of list) {
        this.entries--;
        this.chars -= e.size;
      }
    }
  }
}

const caches = new WeakMap<EngineContext, SharedTranslationCache>();

/** the node's shared cache (one per engine context) */
export function sharedTranslations(engine: EngineContext): SharedTranslationCache {
  let cache = caches.get(engine);
  if (!cache) {
    cache = new SharedTranslationCache();
    caches.set(engine, cache);
  }
  return cache;
}

/** rough size of a cached value: its SQL text plus a fixed allowance for columns and slots */
export function estimatedSize(value: unknown): number {
  const sql = typeof value === 'object' && value !== null && 'sql' in value ? (value as { sql: unknown }).sql : undefined;
  const slots = typeof value === 'object' && value !== null && 'slots' in value ? (value as { slots: unknown }).slots : undefined;
  return 512 + (typeof sql === 'string' ? sql.length : 0) + (Array.isArray(slots) ? slots.length * 64 : 0);
}
