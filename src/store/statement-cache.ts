import type Database from 'better-sqlite3';

// Prepared statements keyed by SQL text, least-recently-used out. Preparing is the expensive part
// of a small statement (parse + plan); the engine re-runs the same translated text constantly.
export class StatementCache {
  private readonly map = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database, private readonly capacity = 500) {}

  get(sql: string): Database.Statement {
    const hit = this.map.get(sql);
    if (hit) {
      this.map.delete(sql);
      this.map.set(sql, hit);
      return hit;
    }
    const stmt = this.db.prepare(sql);
    this.map.set(sql, stmt);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
    return stmt;
  }

  /** Schema changes (ATTACH/DETACH, DDL) may invalidate plans; SQLite re-prepares, but a
   *  detached schema's statements would fail, so they are dropped. */
  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}
