import type Database from 'better-sqlite3';
import type { DatabaseInfo } from './api';
import { openConnection } from './connection';
import { FIRST_USER_DATABASE_ID } from './server-schema';
import { quoteIdent } from './sqlite-names';
import { StatementCache } from './statement-cache';

export interface Attached {
  readonly info: DatabaseInfo;
  readonly alias: string;
  /** `alias` quoted for SQL (sqliteSchema answers it several times per statement) */
  readonly quoted: string;
  lastUsed: number;
  /** which ATTACH of this connection: a detached and re-attached database starts afresh */
  readonly serial: number;
}

/** a session's temp objects, in drop order: triggers, views, then tables (their indexes go with them) */
const TEMP_OBJECTS = `SELECT type, name FROM temp.sqlite_master WHERE type IN ('view', 'trigger', 'table')
  ORDER BY CASE type WHEN 'trigger' THEN 0 WHEN 'view' THEN 1 ELSE 2 END`;
/** a clean connection has nothing in its temp schema nor in its in-memory main */
const LEFTOVERS = 'SELECT (SELECT count(*) FROM temp.sqlite_master) + (SELECT count(*) FROM main.sqlite_master) AS n';

/**
 * A session's SQLite connection with what outlives one session when it is pooled
 * (session-pool.ts): the registered functions and pragmas (openConnection), the prepared
 * statements, and the attached databases. Everything of a T-SQL session itself (transaction,
 * #temp tables, table variables) is undone by `resetForReuse` before another session gets it;
 * SET options, current database and security context are engine state, never the connection's.
 */
export class SessionConnection {
  readonly db: Database.Database;
  readonly cache: StatementCache;
  readonly attached = new Map<number, Attached>();
  useCounter = 0;
  attachCounter = 0;

  constructor() {
    this.db = openConnection(':memory:');
    this.cache = new StatementCache(this.db);
  }

  detach(databaseId: number): void {
    const a = this.attached.get(databaseId);
    if (!a) return;
    this.db.exec(`DETACH DATABASE ${quoteIdent(a.alias)}`);
    this.attached.delete(databaseId);
    this.cache.clear();
  }

  /**
   * Brings the connection back to the state of a fresh one (but for attachments and prepared
   * statements). False when that cannot be established: the caller closes it instead.
   */
  resetForReuse(): boolean {
    try {
      // exec refuses to run while an iterator is open (the statement would keep a read
      // snapshot); such a connection is not reused.
      this.db.exec(this.db.inTransaction ? 'ROLLBACK' : 'SELECT 0');
      if (this.db.inTransaction) return false;
      // most sessions leave nothing behind: one query decides, the drops are looked up only then
      if (this.leftovers() === 0) return true;
      const objects = this.cache.get(TEMP_OBJECTS).all() as { type: string; name: string }[];
      for (const o of objects) {
        this.db.exec(`DROP ${dropKind(o.type)} IF EXISTS temp.${quoteIdent(o.name)}`);
      }
      return this.leftovers() === 0 && !this.db.inTransaction;
    } catch {
      return false;
    }
  }

  private leftovers(): number {
    return (this.cache.get(LEFTOVERS).get() as { n: number }).n;
  }

  /**
   * Before another session uses it: detach every database whose file or name is no longer what
   * the node says (dropped, renamed, re-created under the same id while the connection was idle),
   * and the user databases other than `current`: BEGIN IMMEDIATE write-locks every attached
   * database, so an inherited attachment would widen the new session's write locks. The system
   * databases stay (every explicit transaction attaches master, msdb and tempdb anyway).
   */
  revalidate(resolve: (name: string) => DatabaseInfo | undefined, current: number): void {
    for (const [id, a] of [...this.attached]) {
      const now = resolve(a.info.name);
      const stale = !now || now.databaseId !== id || now.file !== a.info.file || now.name !== a.info.name;
      if (stale || (id >= FIRST_USER_DATABASE_ID && id !== current)) this.detach(id);
    }
  }

  close(): void {
    this.db.close();
  }
}

function dropKind(type: string): string {
  switch (type) {
    case 'view': return 'VIEW';
    case 'trigger': return 'TRIGGER';
    default: return 'TABLE';
  }
}
