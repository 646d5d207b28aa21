import type Database from 'better-sqlite3';
import { quoteIdent } from './sqlite-names';

/** master's schema as every generated statement names it (its alias is its name, sqlite-names.ts) */
const MASTER_SCHEMA = `${quoteIdent('master')}.`;

/** what `run` needs of a cached statement */
export interface CachedStatement {
  readonly stmt: Database.Statement;
  /**
   * A write naming master's schema: its commit may change what the node reads from master
   * (databases, logins; node-store.ts asks data_version only after such a commit). Decided once
   * per text at prepare time. Generated SQL always qualifies its tables (a session connection's
   * main is an empty in-memory database), so a write to master names it.
   */
  readonly writesMaster: boolean;
  /** SQLite's sqlite3_stmt_readonly: a read may run in the session's held read snapshot */
  readonly readsOnly: boolean;
}

interface Entry extends CachedStatement {
  /** the same text prepared with safe integers on (allBig), made on first use */
  safe: Database.Statement | undefined;
  /** the same text returning rows as arrays (allArrays), without and with safe integers */
  arrays: Database.Statement | undefined;
  safeArrays: Database.Statement | undefined;
  /** used since the eviction hand last passed it */
  used: boolean;
}

// Prepared statements keyed by SQL text. Preparing is the expensive part of a small statement
// (parse + plan); the engine re-runs the same translated text constantly. A hit only marks its
// entry used (no reordering of the map on the point-query path); eviction is a clock sweep from
// the oldest insertion: a used entry gets a second chance (moved to the end, mark cleared), the
// first unused one goes. Texts run once (literals that change) therefore evict each other and
// leave the repeated ones in place.
export class StatementCache {
  private readonly map = new Map<string, Entry>();

  constructor(private readonly db: Database.Database, private readonly capacity = 500) {}

  get(sql: string): Database.Statement {
    return this.entry(sql).stmt;
  }

  /** the statement with what is known of it (run) */
  cached(sql: string): CachedStatement {
    return this.entry(sql);
  }

  /**
   * The statement in safe-integer mode (64-bit integers as BigInt). A statement of its own rather
   * than toggling the shared one around each run: toggling costs two native calls per execution.
   */
  /** `cached` is what cached() of this cache returned */
  safeOf(cached: CachedStatement): Database.Statement {
    const e = cached as Entry;
    if (e.safe === undefined) e.safe = this.db.prepare(e.stmt.source).safeIntegers(true);
    return e.safe;
  }

  /**
   * The statement returning each row as an array in column order (better-sqlite3's raw mode), with
   * integers as BigInt when `big`. Statements of their own, as safeOf's: an object per row costs
   * a property transition per column and the column names' lookup, an array does not.
   */
  arraysOf(cached: CachedStatement, big: boolean): Database.Statement {
    const e = cached as Entry;
    if (big) {
      if (e.safeArrays === undefined) e.safeArrays = this.db.prepare(e.stmt.source).safeIntegers(true).raw(true);
      return e.safeArrays;
    }
    if (e.arrays === undefined) e.arrays = this.db.prepare(e.stmt.source).raw(true);
    return e.arrays;
  }

  /** Schema changes (ATTACH/DETACH, DDL) may invalidate plans; SQLite re-prepares, but a
   *  detached schema's statements would fail, so they are dropped. */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }

  private entry(sql: string): Entry {
    const hit = this.map.get(sql);
    if (hit) {
      hit.used = true;
      return hit;
    }
    const stmt = this.db.prepare(sql);
    const readsOnly = stmt.readonly;
    const e: Entry = {
      stmt, writesMaster: !readsOnly && sql.includes(MASTER_SCHEMA), readsOnly, safe: undefined, arrays: undefined, safeArrays: undefined,
      used: false,
    };
    if (this.map.size >= this.capacity) this.evictOne();
    this.map.set(sql, e);
    return e;
  }

  private evictOne(): void {
    // Terminates: every used entry passed over is cleared, so the sweep finds an unused one
    // within one round.
    for (;;) {
      const first = this.map.entries().next();
      if (first.done === true) return;
      const [sql, e] = first.value;
      this.map.delete(sql);
      if (!e.used) return;
      e.used = false;
      this.map.set(sql, e);
    }
  }
}
