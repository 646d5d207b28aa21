import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import type {
  ChangeContext, CreateLoginOptions, DatabaseImage, DatabaseInfo, LockWait, LoginInfoRow, NodeStore, OpenedNodeStore, OpenNodeStoreOptions,
  LoginCheck, SessionStorage, VerifiedLogin,
} from './api';
import { initCatalog } from './catalog-init';
import { ensureExtendedPropertyTables } from './extended-property-rows';
import { ciKey } from './collation-key';
import { createDatabaseFile, openConnection } from './connection';
import { copyDatabaseImage } from './database-image';
import { restoreDatabaseFile } from './database-restore';
import { masterCommitCount, noteCommit } from './commit-count';
import { CredentialCache } from './credential-cache';
import {
  deleteDatabaseRow, insertDatabase, listDatabaseRows, nextDatabaseId,
} from './database-rows';
import {
  createNodeDatabases, ensureFolders, isInitialized, removeDatabaseFiles, removeStaleImages, resetTempdb, SECRET_KEY_FILE,
  withConnection,
} from './data-folder';
import { retryWhileBusy, LockWaker } from './lock-waiter';
import { NodeLock } from './node-lock';
import {
  deleteLogin, findLoginSecret, insertLogin, listLoginRows, updateDisabled, updatePassword, type LoginSecretRow,
} from './login-rows';
import type { MasterAccess } from './master-access';
import { burnVerification, hashPassword, verifyPassword } from './password-hash';
import { decryptWith, encryptWith, loadOrCreateKey } from './secret-box';
import { FIRST_USER_DATABASE_ID, SA_SID, USER_DATABASE_FOLDER } from './server-schema';
import type { SessionConnection } from './session-connection';
import { SessionPool } from './session-pool';
import { setRunningValue, startConfigurations } from './server-configuration-rows';
import { startMessages } from './message-rows';
import { SqliteSessionStorage, type SessionHost } from './session-storage';
import { connectionRunner } from './sql-runner';

const DEFAULT_WAIT: LockWait = { lockTimeoutMs: 10_000 };

export async function openNodeStore(dataDir: string, options: OpenNodeStoreOptions): Promise<OpenedNodeStore> {
  ensureFolders(dataDir);
  const lock = NodeLock.acquire(dataDir);
  try {
    const created = !isInitialized(dataDir);
    if (created && options.initialSaPassword === undefined) throw new Error('store: first start needs initialSaPassword');
    const key = loadOrCreateKey(join(dataDir, SECRET_KEY_FILE));
    if (created) await createNodeDatabases(dataDir, options.initialSaPassword ?? '');
    resetTempdb(dataDir);
    removeStaleImages(dataDir);
    withConnection(join(dataDir, 'master.sqlite'), startConfigurations);
    withConnection(join(dataDir, 'master.sqlite'), startMessages);
    withConnection(join(dataDir, 'master.sqlite'), (m) => ensureExtendedPropertyTables(dataDir, m, withConnection));
    return { store: new SqliteNodeStore(dataDir, key, lock), created };
  } catch (e) {
    lock.release();
    throw e;
  }
}

class SqliteNodeStore implements NodeStore, SessionHost {
  readonly waker = new LockWaker();
  private readonly db: Database.Database;
  private readonly master: MasterAccess;
  private readonly credentials = new CredentialCache();
  private readonly sessions = new Set<SqliteSessionStorage>();
  private readonly pool = new SessionPool();
  private databases: DatabaseInfo[] = [];
  private databasesByKey = new Map<string, DatabaseInfo>();
  /** the same lookups by the name exactly as asked: most callers ask by one spelling, so the
   *  CI key (ciKey, the costly part of a lookup done several times per statement) is built once */
  private databasesByName = new Map<string, DatabaseInfo>();
  private databasesVersion = -1;
  /** ids of databases whose creation awaits its master commit (reserveDatabaseId) */
  private readonly pendingIds = new Set<number>();
  /** masterCommitCount() when data_version was last compared */
  private databasesCheckedAt = -1;
  /** login rows by CI key, valid while master.sqlite is unchanged (masterStamp) */
  private readonly loginRows = new Map<string, LoginSecretRow>();
  private loginRowsStamp = '';
  /** PRAGMA data_version when masterCommitCount() was masterCheckedAt */
  private masterDataVersion = -1;
  private masterCheckedAt = -1;
  /** commits on this.db: they do not move its own data_version */
  private ownMasterWrites = 0;

  /**
   * One idle connection per system database besides master's, open for the node's life. Every
   * session attaches msdb and tempdb; without a connection that stays, each session would be the
   * last one on those files when it closes, and SQLite would create and delete their -wal/-shm
   * files at every login (~0.5 ms each, measured).
   */
  private readonly keepers: Database.Database[];
  /** PRAGMA data_version, prepared once: listDatabases runs several times per statement. */
  private readonly dataVersion: Database.Statement;

  constructor(readonly dataDir: string, private readonly key: Buffer, private readonly lock: NodeLock) {
    this.db = openConnection(join(dataDir, 'master.sqlite'));
    this.master = connectionRunner(this.db, 'main');
    this.dataVersion = this.db.prepare('PRAGMA data_version').pluck();
    this.keepers = ['msdb.sqlite', 'tempdb.sqlite'].map((file) => {
      const keeper = openConnection(join(dataDir, file));
      keeper.prepare('SELECT count(*) FROM sqlite_master').get();
      return keeper;
    });
  }

  async checkLogin(name: string, password: string): Promise<LoginCheck> {
    const tag = this.credentials.tag(ciKey(name), password);
    const row = this.loginRow(name);
    const cached = this.credentials.get(tag);
    if (cached && row && cached.principalId === row.principal_id && cached.generation === row.password_generation) {
      return checked(row);
    }
    if (cached) this.credentials.delete(tag);
    if (!row || row.password_hash === null) {
      await burnVerification(password);
      return BAD_CREDENTIALS;
    }
    // A disabled login with a wrong password is a wrong password (SQL Server's 18456 state 7).
    if (!(await verifyPassword(row.password_hash, password))) return BAD_CREDENTIALS;
    // The row may have changed while scrypt ran: only cache what was verified against.
    this.credentials.set(tag, { principalId: row.principal_id, generation: row.password_generation });
    return checked(row);
  }

  async verifyLogin(name: string, password: string): Promise<VerifiedLogin | null> {
    const check = await this.checkLogin(name, password);
    return check.kind === 'ok' ? check.login : null;
  }

  async createLogin(name: string, password: string, options: CreateLoginOptions = {}, ctx: ChangeContext = {}): Promise<LoginInfoRow> {
    const hash = await hashPassword(password);
    return this.changeMaster(ctx, (m) => {
      if (findLoginSecret(m, name)) throw sqlError(15025, name);
      const id = insertLogin(m, name, hash, options);
      const row = listLoginRows(m).find((l) => l.principalId === id);
      if (!row) throw new Error('store: created login not found');
      return row;
    });
  }

  async changePassword(name: string, password: string, ctx: ChangeContext = {}): Promise<void> {
    const hash = await hashPassword(password);
    const id = await this.changeMaster(ctx, (m) => {
      const row = mustFindLogin(m, name);
      updatePassword(m, row.principal_id, hash);
      return row.principal_id;
    });
    this.credentials.forgetPrincipal(id);
  }

  async setLoginDisabled(name: string, disabled: boolean, ctx: ChangeContext = {}): Promise<void> {
    await this.changeMaster(ctx, (m) => updateDisabled(m, mustFindLogin(m, name).principal_id, disabled));
  }

  async dropLogin(name: string, ctx: ChangeContext = {}): Promise<void> {
    const id = await this.changeMaster(ctx, (m) => {
      const row = mustFindLogin(m, name);
      deleteLogin(m, row.principal_id);
      return row.principal_id;
    });
    this.credentials.forgetPrincipal(id);
  }

  listLogins(): LoginInfoRow[] {
    return listLoginRows(this.master);
  }

  /**
   * findLoginSecret, cached: every login reads its row (~4% of a login's CPU) and the rows
   * change only with master.sqlite, which any write there (CREATE/ALTER/DROP LOGIN, server role
   * membership, through a session or this connection) makes visible in masterStamp. Unknown
   * names are not cached (a flood of made-up names must not grow the map).
   */
  private loginRow(name: string): LoginSecretRow | undefined {
    const stamp = this.masterStamp();
    if (stamp !== this.loginRowsStamp) {
      this.loginRows.clear();
      this.loginRowsStamp = stamp;
    }
    const key = ciKey(name);
    const hit = this.loginRows.get(key);
    if (hit) return hit;
    const row = findLoginSecret(this.master, name);
    if (row) {
      if (this.loginRows.size >= LOGIN_ROWS_LIMIT) this.loginRows.clear();
      this.loginRows.set(key, row);
    }
    return row;
  }

  /**
   * Changes whenever master.sqlite may have changed: another connection's commit moves this
   * connection's data_version (asked only after a commit that may have written master,
   * commit-count.ts), and this connection's own commits are counted apart.
   */
  private masterStamp(): string {
    const commits = masterCommitCount();
    if (commits !== this.masterCheckedAt) {
      this.masterDataVersion = this.dataVersion.get() as number;
      this.masterCheckedAt = commits;
    }
    return `${this.masterDataVersion}:${this.ownMasterWrites}`;
  }

  listDatabases(): DatabaseInfo[] {
    // data_version changes whenever another connection commits to master.sqlite, so the list is
    // re-read only after a CREATE/DROP DATABASE (or any other master write).
    // Every commit that may have written master is counted (changeMaster below, a session's DDL,
    // or a session's write naming master's schema: commit-count.ts), so while none happened in
    // the node nothing here can have changed; plain data commits (an UPDATE by key) no longer
    // cost a data_version step.
    const commits = masterCommitCount();
    if (commits === this.databasesCheckedAt) return this.databases;
    const version = this.dataVersion.get() as number;
    if (version !== this.databasesVersion) {
      this.databases = listDatabaseRows(this.master, this.dataDir);
      this.databasesByKey = new Map(this.databases.map((d) => [ciKey(d.name), d]));
      this.databasesByName = new Map();
      this.databasesVersion = version;
    }
    this.databasesCheckedAt = commits;
    return this.databases;
  }

  databaseExists(name: string): boolean {
    return this.getDatabase(name) !== undefined;
  }

  getDatabase(name: string): DatabaseInfo | undefined {
    this.listDatabases();
    const known = this.databasesByName.get(name);
    if (known) return known;
    const info = this.databasesByKey.get(ciKey(name));
    // Only names of existing databases, and boundedly many spellings of them.
    if (info && this.databasesByName.size < DATABASE_SPELLINGS_LIMIT) this.databasesByName.set(name, info);
    return info;
  }

  resolveDatabase(name: string): DatabaseInfo | undefined {
    return this.getDatabase(name);
  }

  /** CREATE DATABASE (never inside a user transaction: SQL Server refuses it too, msg 226). */
  async createDatabase(name: string, wait: LockWait = DEFAULT_WAIT): Promise<DatabaseInfo> {
    if (this.databaseExists(name)) throw sqlErrorWithState(1801, 3, name);
    const id = this.reserveDatabaseId();
    const relative = join(USER_DATABASE_FOLDER, `${id}.sqlite`);
    const path = join(this.dataDir, relative);
    try {
      removeDatabaseFiles(path);
      createDatabaseFile(path);
      withConnection(path, initCatalog);
      await this.changeMaster({ wait }, (m) => {
        if (this.databaseExists(name)) throw sqlErrorWithState(1801, 3, name);
        insertDatabase(m, id, name, relative, SA_SID);
      });
    } catch (e) {
      removeDatabaseFiles(path);
      throw e;
    } finally {
      this.pendingIds.delete(id);
    }
    const info = this.getDatabase(name);
    if (!info) throw new Error('store: created database not found');
    return info;
  }

  async dropDatabase(name: string, wait: LockWait = DEFAULT_WAIT): Promise<void> {
    const info = this.getDatabase(name);
    if (!info) throw sqlError(911, name);
    if (info.databaseId < FIRST_USER_DATABASE_ID) throw sqlError(3708, 'drop', 'database', info.name, 'database');
    for (const s of this.sessions) if (!s.releaseDatabase(info.databaseId)) throw sqlError(3702, info.name);
    this.pool.releaseDatabase(info.databaseId);
    await this.changeMaster({ wait }, (m) => deleteDatabaseRow(m, info.databaseId));
    removeDatabaseFiles(info.file);
  }

  async backupDatabase(name: string): Promise<DatabaseImage> {
    const info = this.getDatabase(name);
    if (!info) throw sqlError(911, name);
    return copyDatabaseImage(info.file, join(this.dataDir, USER_DATABASE_FOLDER, `backup-${randomUUID()}.sqlite`));
  }

  /** RESTORE (database-restore.ts) */
  restoreDatabase(name: string, writeImage: (path: string) => Promise<void>, wait: LockWait = DEFAULT_WAIT): Promise<DatabaseInfo> {
    return restoreDatabaseFile({
      dataDir: this.dataDir,
      getDatabase: (n) => this.getDatabase(n),
      reserveDatabaseId: () => this.reserveDatabaseId(),
      releaseDatabaseId: (id) => this.pendingIds.delete(id),
      takeExclusive: (info) => this.takeExclusive(info),
      changeMaster: (fn) => this.changeMaster({ wait }, fn),
    }, name, writeImage);
  }

  /**
   * The id of a database being created (CREATE DATABASE, RESTORE of a new one): its file exists
   * before its master row, so two creations awaiting their master commit must not pick the same
   * id (the second would remove the first one's file).
   */
  private reserveDatabaseId(): number {
    let id = Math.max(nextDatabaseId(this.master), FIRST_USER_DATABASE_ID);
    while (this.pendingIds.has(id)) id++;
    this.pendingIds.add(id);
    return id;
  }

  /** Detaches `info` from every session and idle connection; 3101 when a session is in it
   *  (DROP DATABASE has its own message, 3702). */
  private takeExclusive(info: DatabaseInfo): void {
    for (const s of this.sessions) if (!s.releaseDatabase(info.databaseId)) throw sqlError(3101);
    this.pool.releaseDatabase(info.databaseId);
  }

  async setRunningConfiguration(configurationId: number, value: number, wait: LockWait = DEFAULT_WAIT): Promise<void> {
    await this.changeMaster({ wait }, (m) => setRunningValue(m, configurationId, value));
  }

  encryptSecret(plain: string): Buffer {
    return encryptWith(this.key, plain);
  }

  decryptSecret(blob: Buffer): string {
    return decryptWith(this.key, blob);
  }

  openSession(options: { readonly database: string }): SessionStorage {
    const session = new SqliteSessionStorage(this, options.database, this.pool.acquire());
    this.sessions.add(session);
    return session;
  }

  sessionClosed(session: SqliteSessionStorage, conn: SessionConnection): void {
    this.sessions.delete(session);
    this.pool.release(conn);
  }

  /** idle pooled session connections (tests) */
  get idleConnections(): number {
    return this.pool.size;
  }

  async close(): Promise<void> {
    this.pool.close();
    for (const s of [...this.sessions]) s.close();
    for (const keeper of this.keepers) keeper.close();
    this.db.close();
    this.lock.release();
  }

  private async changeMaster<T>(ctx: ChangeContext, fn: (m: MasterAccess) => T): Promise<T> {
    const wait = ctx.wait ?? DEFAULT_WAIT;
    if (ctx.session) {
      const session = ctx.session;
      if (!(session instanceof SqliteSessionStorage)) throw new Error('store: foreign session');
      return session.withWriteLock(() => fn(session.masterAccess()), wait);
    }
    try {
      return await retryWhileBusy(() => this.db.transaction(() => fn(this.master)).immediate(), wait, this.waker);
    } finally {
      // data_version only moves for *other* connections' commits: forget the list ourselves.
      this.databasesVersion = -1;
      this.ownMasterWrites++;
      noteCommit(true);
      this.waker.notify();
    }
  }
}

const BAD_CREDENTIALS: LoginCheck = { kind: 'badCredentials' };
const LOGIN_ROWS_LIMIT = 4096;
const DATABASE_SPELLINGS_LIMIT = 1024;

/** The answer to the right password: disabling is read from the row at every check. */
function checked(row: LoginSecretRow): LoginCheck {
  if (row.is_disabled) return { kind: 'disabled', loginName: row.name };
  return { kind: 'ok', login: { loginName: row.name, isSysadmin: row.is_sysadmin !== 0, defaultDatabase: row.default_database ?? 'master' } };
}

function mustFindLogin(m: MasterAccess, name: string): NonNullable<ReturnType<typeof findLoginSecret>> {
  const row = findLoginSecret(m, name);
  if (!row) throw sqlError(15007, name);
  return row;
}
