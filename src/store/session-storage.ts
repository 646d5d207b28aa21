import type Database from 'better-sqlite3';
import { sqlError } from '../errors/catalog';
import type {
  ColumnDescription, DatabaseInfo, LockWait, RunResult, SessionStorage, SqlParams,
} from './api';
import type { MasterAccess } from './master-access';
import { configureAttached, isBusyError } from './connection';
import { retryWhileBusy, type LockWaker } from './lock-waiter';
import { quoteIdent, schemaAlias } from './sqlite-names';
import type { CachedStatement, StatementCache } from './statement-cache';
import {
  catalogCommitCount, commitCount, holdingReadSnapshot, noteCommit, releasedReadSnapshot, type ReadSnapshotHolder,
} from './commit-count';
import type { Attached, SessionConnection } from './session-connection';

/** What a session needs from its node store. */
export interface SessionHost {
  resolveDatabase(name: string): DatabaseInfo | undefined;
  readonly waker: LockWaker;
  /** the connection ends with the session: back to the node's pool (session-pool.ts) */
  sessionClosed(session: SqliteSessionStorage, conn: SessionConnection): void;
}

/**
 * Bumped whenever any session connection of this process may have changed a schema other
 * connections see: multi-statement SQL (`exec`: CREATE/DROP/ALTER) and rollbacks of a write that
 * changed a schema or the catalogue (which undo them). DDL on a connection's own temp schema
 * (`execLocal`) and rollbacks of writes without DDL change only that connection's
 * localGeneration: a session's #temp tables do not invalidate the node's translations. The engine's cached
 * translations compare it instead of asking SQLite for schema_version at every execution. One
 * node per data folder (exclusive lock file), so no other process changes these schemas.
 */
let generation = 0;

export function schemaGeneration(): number {
  return generation;
}

/** SQLite is built with MAX_ATTACHED=10. */
export const MAX_ATTACHED = 10;

/** attached before every explicit transaction, whatever the current database */
const ALWAYS_ATTACHED = ['master', 'msdb', 'tempdb'] as const;

// One T-SQL session = one SQLite connection over an empty in-memory main, with node databases
// attached by name (README "Session level"). Not re-entrant: the engine runs one request of a
// session at a time. The connection may come from the node's pool, reset, with its attachments
// and prepared statements; this object (and every engine cache keyed by it) is new per session.
export class SqliteSessionStorage implements SessionStorage, ReadSnapshotHolder {
  private readonly attached: Map<number, Attached>;
  private current: DatabaseInfo;
  /** catalogue commits of this connection (commit-count.ts) */
  private ownCatalogCommits = 0;
  /** the open transaction (or autocommit statement) changed a schema or the catalogue */
  private catalogChanged = false;
  /** a write naming master's schema since the last commit (statement-cache.ts writesMaster) */
  private masterWritten = false;
  private savepointCounter = 0;
  private closed = false;
  /** this connection's temp schema: execLocal and every rollback (localGeneration) */
  private localGen = 0;
  /**
   * commitCount() when the read transaction this connection keeps between statements began; -1:
   * none. Outside a T-SQL transaction each read statement would otherwise open and close its own
   * read transaction, taking and dropping the WAL read lock (two fcntl and an fstat, and a look at
   * the WAL index) every time: about a tenth of a point query's cost on the node. The snapshot
   * is what an autocommit read would see as long as nothing committed since it began, and every
   * commit of the node ends it (commit-count.ts); so does any write, ATTACH or transaction of
   * this session.
   */
  private snapshotAt = -1;

  /** `conn` is owned from here on: it goes back to the host at close (or on a failed open) */
  constructor(private readonly host: SessionHost, database: string, private readonly conn: SessionConnection) {
    this.attached = conn.attached;
    // Only the current database: each ATTACH costs ~0.1 ms and a login must stay under 2 ms.
    // Others attach on first use, and the system databases at BEGIN TRAN (beginTransaction).
    try {
      this.current = this.mustResolve(database);
      conn.revalidate((name) => host.resolveDatabase(name), this.current.databaseId);
      this.ensureAttached([this.current.name]);
    } catch (e) {
      this.closed = true;
      host.sessionClosed(this, conn);
      throw e;
    }
  }

  /**
   * After close the connection may already serve another session: every use of this object
   * then fails (as a closed better-sqlite3 connection did before connections were pooled).
   */
  private get db(): Database.Database {
    if (this.closed) throw new Error('store: session storage used after close');
    return this.conn.db;
  }

  private get cache(): StatementCache {
    if (this.closed) throw new Error('store: session storage used after close');
    return this.conn.cache;
  }

  get database(): string {
    return this.current.name;
  }

  get localGeneration(): number {
    return this.localGen;
  }

  /** a transaction that may write (BEGIN IMMEDIATE, or a write's own); not a held read snapshot */
  get inTransaction(): boolean {
    return !this.closed && this.writing;
  }

  private get writing(): boolean {
    return this.snapshotAt < 0 && this.conn.db.inTransaction;
  }

  /** Before a read statement outside a transaction: the held read snapshot, begun if need be. */
  private reading(): void {
    if (this.snapshotAt >= 0) {
      if (this.snapshotAt === commitCount()) return;
      this.endSnapshot();
    }
    if (this.db.inTransaction) return;
    this.db.exec('BEGIN');
    this.snapshotAt = commitCount();
    holdingReadSnapshot(this);
  }

  /** Before a write, ATTACH/DETACH or a transaction: autocommit again. */
  private endSnapshot(): void {
    if (this.snapshotAt < 0) return;
    // COMMIT first: if it fails (a statement of this connection still running) nothing changed
    if (this.conn.db.inTransaction) this.conn.db.exec('COMMIT');
    this.snapshotAt = -1;
    releasedReadSnapshot(this);
  }

  endReadSnapshot(): void {
    try {
      this.endSnapshot();
    } catch {
      // a commit made from inside a statement of this connection: the snapshot, now out of
      // date, is ended before this session's next statement (reading() compares the count)
    }
  }

  /** Databases attached right now (for tests and DROP DATABASE's in-use check). */
  attachedDatabaseIds(): number[] {
    return [...this.attached.keys()];
  }

  /** master's metadata tables through this session's connection (joins its transaction). */
  masterAccess(): MasterAccess {
    return {
      schema: this.sqliteSchema('master'),
      run: (sql, p) => this.run(sql, p),
      get: (sql, p) => this.get(sql, p),
      all: (sql, p) => this.all(sql, p),
      allBig: (sql, p) => this.allBig(sql, p),
    };
  }

  /** DROP DATABASE: detach it unless it is in use (current database or inside a transaction). */
  releaseDatabase(databaseId: number): boolean {
    const a = this.attached.get(databaseId);
    if (!a) return true;
    if (this.current.databaseId === databaseId || this.writing) return false;
    this.endSnapshot();
    this.conn.detach(databaseId);
    return true;
  }

  useDatabase(name: string): void {
    const info = this.mustResolve(name);
    this.ensureAttached([info.name]);
    this.current = info;
  }

  sqliteSchema(database: string): string {
    return this.attachment(database).quoted;
  }

  changeStamp(database: string): string {
    // the catalogue commits of other connections since this one opened (commit-count.ts)
    return `${this.attachment(database).serial}:${catalogCommitCount() - this.ownCatalogCommits}`;
  }

  markCatalogChanged(): void {
    this.catalogChanged = true;
  }

  ensureAttached(names: readonly string[]): void {
    const wanted = new Map<number, DatabaseInfo>();
    for (const n of names) {
      const info = this.mustResolve(n);
      wanted.set(info.databaseId, info);
    }
    wanted.set(this.current.databaseId, this.current);
    const missing = [...wanted.values()].filter((i) => !this.attached.has(i.databaseId));
    for (const id of wanted.keys()) {
      const a = this.attached.get(id);
      if (a) a.lastUsed = ++this.conn.useCounter;
    }
    if (missing.length === 0) return;
    if (wanted.size > MAX_ATTACHED) {
      throw sqlError(50000, `msxd: a batch can use at most ${MAX_ATTACHED} databases at once (SQLite ATTACH limit)`);
    }
    if (this.writing) {
      throw sqlError(50000, `msxd: database '${missing[0]?.name}' must be used before the transaction begins (SQLite cannot ATTACH inside a transaction)`);
    }
    this.endSnapshot();
    const evictable = [...this.attached.values()]
      .filter((a) => !wanted.has(a.info.databaseId))
      .sort((x, y) => x.lastUsed - y.lastUsed);
    while (this.attached.size + missing.length > MAX_ATTACHED) {
      const victim = evictable.shift();
      if (!victim) break;
      this.conn.detach(victim.info.databaseId);
    }
    for (const info of missing) {
      const alias = schemaAlias(info.name, info.databaseId);
      this.db.prepare(`ATTACH DATABASE ? AS ${quoteIdent(alias)}`).run(info.file);
      configureAttached(this.db, alias);
      this.attached.set(info.databaseId, {
        info, alias, quoted: quoteIdent(alias), lastUsed: ++this.conn.useCounter, serial: ++this.conn.attachCounter,
      });
    }
  }

  run(sql: string, params?: SqlParams): RunResult {
    this.endSnapshot();
    const cached = this.cache.cached(sql);
    // set before running: a failed statement inside a transaction may have written before failing
    if (cached.writesMaster) this.masterWritten = true;
    const result = this.busyAs1222(() => bind(cached.stmt, params, (s, a) => s.run(...a)));
    if (!this.db.inTransaction) this.committed();
    return result;
  }

  get<T>(sql: string, params?: SqlParams): T | undefined {
    const cached = this.cache.cached(sql);
    if (this.writesOutside(cached)) return this.writeThrough(cached, () => this.getNow<T>(cached.stmt, params));
    return this.getNow<T>(cached.stmt, params);
  }

  all<T>(sql: string, params?: SqlParams): T[] {
    const cached = this.cache.cached(sql);
    if (this.writesOutside(cached)) return this.writeThrough(cached, () => allRows<T>(cached.stmt, params));
    return allRows<T>(cached.stmt, params);
  }

  allBig<T>(sql: string, params?: SqlParams): T[] {
    // Every query of the engine comes here: no closures, no mode switch on the statement.
    const cached = this.cache.cached(sql);
    const stmt = this.cache.safeOf(cached);
    if (this.writesOutside(cached)) return this.writeThrough(cached, () => allRows<T>(stmt, params));
    return allRows<T>(stmt, params);
  }

  allArrays(sql: string, params: SqlParams | undefined, big: boolean): unknown[][] {
    const cached = this.cache.cached(sql);
    const stmt = this.cache.arraysOf(cached, big);
    if (this.writesOutside(cached)) return this.writeThrough(cached, () => allRows<unknown[]>(stmt, params));
    return allRows<unknown[]>(stmt, params);
  }

  /**
   * Before a statement run through a reading call: true when it may write and no transaction is
   * open (the caller runs it through writeThrough); otherwise the read snapshot is ready.
   */
  private writesOutside(cached: CachedStatement): boolean {
    if (!cached.readsOnly && !this.writing) return true;
    this.reading();
    return false;
  }

  private getNow<T>(stmt: Database.Statement, params: SqlParams | undefined): T | undefined {
    return this.busyAs1222(() => bind(stmt, params, (s, a) => s.get(...a) as T | undefined));
  }

  /**
   * A statement that may write, run through a reading call outside a transaction: in autocommit
   * as `run` does (never inside the held read snapshot, which would keep the write uncommitted),
   * and counted as a commit so that the other sessions' snapshots end.
   */
  private writeThrough<T>(cached: CachedStatement, fn: () => T): T {
    this.endSnapshot();
    if (cached.writesMaster) this.masterWritten = true;
    try {
      return fn();
    } finally {
      if (!this.db.inTransaction) this.committed();
    }
  }

  iterate<T>(sql: string, params?: SqlParams): IterableIterator<T> {
    // its own read transaction: an open iterator would keep a held snapshot from ending
    this.endSnapshot();
    return bind(this.cache.get(sql), params, (s, a) => s.iterate(...a) as IterableIterator<T>);
  }

  columns(sql: string): ColumnDescription[] {
    return this.cache.get(sql).columns().map((c) => ({ name: c.name, declaredType: c.type }));
  }

  /** Raw multi-statement SQL (DDL scripts); no parameters, not cached. */
  exec(sql: string): void {
    this.endSnapshot();
    generation++;
    this.catalogChanged = true;
    try {
      this.busyAs1222(() => this.db.exec(sql));
    } finally {
      if (!this.db.inTransaction) this.committed();
    }
  }

  execLocal(sql: string): void {
    this.endSnapshot();
    this.localGen++;
    try {
      this.busyAs1222(() => this.db.exec(sql));
    } finally {
      if (!this.db.inTransaction) this.committed();
    }
  }

  async beginTransaction(wait: LockWait): Promise<void> {
    if (this.writing) throw new Error('store: transaction already open');
    this.endSnapshot();
    // ATTACH is impossible inside a transaction, and clients open one before touching msdb
    // (pymssql's implicit BEGIN TRAN, the Agent, SMO): attach master/msdb/tempdb first.
    this.ensureAttached([...ALWAYS_ATTACHED]);
    await retryWhileBusy(() => this.db.exec('BEGIN IMMEDIATE'), wait, this.host.waker);
  }

  commit(): void {
    try {
      this.db.exec('COMMIT');
      this.committed();
    } finally {
      this.host.waker.notify();
    }
  }

  rollback(): void {
    this.rolledBack();
    this.catalogChanged = false;
    try {
      if (this.writing) this.db.exec('ROLLBACK');
      else this.endSnapshot();
    } finally {
      this.host.waker.notify();
    }
  }

  savepoint(name: string): void {
    // outside a transaction SQLite's SAVEPOINT begins one: not inside a held read snapshot
    if (!this.writing) this.endSnapshot();
    this.db.exec(`SAVEPOINT ${quoteIdent(name)}`);
  }

  rollbackTo(name: string): void {
    this.rolledBack();
    this.db.exec(`ROLLBACK TO ${quoteIdent(name)}`);
  }

  release(name: string): void {
    this.db.exec(`RELEASE ${quoteIdent(name)}`);
  }

  async withWriteLock<T>(fn: () => T | Promise<T>, wait: LockWait): Promise<T> {
    if (this.writing) return this.inStatementSavepoint(fn);
    this.endSnapshot();
    await retryWhileBusy(() => this.db.exec('BEGIN IMMEDIATE'), wait, this.host.waker);
    try {
      const result = await fn();
      this.db.exec('COMMIT');
      this.committed();
      return result;
    } catch (e) {
      this.rolledBack();
      this.catalogChanged = false;
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.host.waker.notify();
    }
  }

  /** Rolls back what is open; the connection goes back to the host (pooled after a reset). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.snapshotAt !== -1) releasedReadSnapshot(this);
    this.snapshotAt = -1;
    try {
      if (this.conn.db.inTransaction) this.conn.db.exec('ROLLBACK');
    } catch {
      // the pool's reset sees the transaction still open (or the connection busy) and closes it
    } finally {
      this.host.waker.notify();
      this.host.sessionClosed(this, this.conn);
    }
  }

  private async inStatementSavepoint<T>(fn: () => T | Promise<T>): Promise<T> {
    const name = `__msxd_stmt_${++this.savepointCounter}`;
    this.savepoint(name);
    try {
      const result = await fn();
      this.release(name);
      return result;
    } catch (e) {
      // Some errors (SQLITE_FULL, IOERR) roll the whole transaction back inside SQLite; the
      // savepoint is then gone and inTransaction tells the engine (XACT_STATE).
      if (this.db.inTransaction) {
        this.rollbackTo(name);
        this.release(name);
      }
      throw e;
    }
  }

  /**
   * A rollback (whole or to a savepoint) undoes schema changes only if the write made some:
   * catalogChanged covers exec and markCatalogChanged (every DDL statement) until the commit.
   * The temp schema may have changed either way (#temp tables created inside the transaction).
   */
  private rolledBack(): void {
    if (this.catalogChanged) generation++;
    this.localGen++;
  }

  private committed(): void {
    if (this.catalogChanged) this.ownCatalogCommits++;
    noteCommit(this.catalogChanged, this.masterWritten);
    this.catalogChanged = false;
    this.masterWritten = false;
  }

  private attachment(database: string): Attached {
    const info = this.mustResolve(database);
    if (!this.attached.has(info.databaseId)) this.ensureAttached([info.name]);
    const a = this.attached.get(info.databaseId);
    if (!a) throw new Error(`store: ${info.name} not attached`);
    a.lastUsed = ++this.conn.useCounter;
    return a;
  }

  private mustResolve(name: string): DatabaseInfo {
    const info = this.host.resolveDatabase(name);
    if (!info) throw sqlError(911, name);
    return info;
  }

  private busyAs1222<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (isBusyError(e)) throw sqlError(1222);
      throw e;
    }
  }
}

function bind<T>(stmt: Database.Statement, params: SqlParams | undefined, call: (s: Database.Statement, args: unknown[]) => T): T {
  if (params === undefined) return call(stmt, []);
  if (Array.isArray(params)) return call(stmt, params as unknown[]);
  return call(stmt, [params]);
}

/** a prepared statement's rows; SQLITE_BUSY becomes 1222 */
function allRows<T>(stmt: Database.Statement, params: SqlParams | undefined): T[] {
  try {
    if (params === undefined) return stmt.all() as T[];
    if (Array.isArray(params)) return stmt.all(...(params as unknown[])) as T[];
    return stmt.all(params) as T[];
  } catch (e) {
    if (isBusyError(e)) throw sqlError(1222);
    throw e;
  }
}
