// The storage seam: what the engine and the server glue may rely on. Everything SQLite-specific
// stays behind these interfaces (see README.md) so another SQL engine could implement them.

export interface VerifiedLogin {
  readonly loginName: string;
  readonly isSysadmin: boolean;
  readonly defaultDatabase: string;
}

/**
 * The outcome of checking a SQL login's password. `badCredentials` covers an unknown login and a
 * wrong password alike (a client without the password must not learn which names exist);
 * `disabled` is only answered to the right password (SQL Server's 18470 vs 18456).
 */
export type LoginCheck =
  | { readonly kind: 'ok'; readonly login: VerifiedLogin }
  | { readonly kind: 'badCredentials' }
  | { readonly kind: 'disabled'; readonly loginName: string };

export interface LoginInfoRow {
  readonly principalId: number;
  readonly name: string;
  readonly sid: Buffer;
  readonly isDisabled: boolean;
  readonly isSysadmin: boolean;
  readonly defaultDatabase: string;
  /** datetime encoding: ticks since 0001-01-01 (see storage-types.ts) */
  readonly createDate: bigint;
}

export interface CreateLoginOptions {
  readonly defaultDatabase?: string;
  readonly sysadmin?: boolean;
  readonly disabled?: boolean;
  /** 16 random bytes when omitted */
  readonly sid?: Buffer;
}

export interface DatabaseInfo {
  readonly databaseId: number;
  readonly name: string;
  /** absolute path of the SQLite file */
  readonly file: string;
  readonly ownerSid: Buffer;
  /** datetime encoding: ticks since 0001-01-01 */
  readonly createDate: bigint;
  readonly collationName: string;
}

/** How long a writer waits for another session's transaction (SET LOCK_TIMEOUT). */
export interface LockWait {
  /** milliseconds; -1 waits forever (still abortable through signal); 0 fails at once */
  readonly lockTimeoutMs: number;
  readonly signal?: AbortSignal;
  /**
   * Told true when the writer starts waiting for another session's lock and false when the wait
   * ends (granted, timed out or aborted): sys.dm_exec_requests reports the waiter as suspended.
   */
  readonly onWait?: (waiting: boolean) => void;
}

export type SqlParams = readonly unknown[] | Readonly<Record<string, unknown>>;

export interface RunResult {
  readonly changes: number;
  readonly lastInsertRowid: number | bigint;
}

export interface ColumnDescription {
  readonly name: string;
  readonly declaredType: string | null;
}

export interface SessionStorage {
  /** current database (USE) */
  readonly database: string;
  /** SQLite-level transaction open (explicit transaction or inside withWriteLock) */
  readonly inTransaction: boolean;
  /** USE: 911 when unknown; attaches it when needed */
  useDatabase(name: string): void;
  /** the quoted SQLite schema (attach alias) of a node database, e.g. `"msdb"`; the database
   *  must be attached (ensureAttached at batch start) */
  sqliteSchema(database: string): string;
  /** attach every database a batch names; call at batch start (never inside a transaction) */
  ensureAttached(names: readonly string[]): void;
  /**
   * Changes whenever another connection of the node has committed a catalogue change (DDL
   * through exec or a transaction marked with markCatalogChanged; the count is node-wide) or the
   * database was (re)attached. With schemaGeneration() and the engine's own DDL counter it
   * validates caches of catalogue reads; this connection's own commits do not change it.
   */
  changeStamp(database: string): string;
  /** the current write (transaction or withWriteLock) changes catalogue rows: its commit
   *  changes other connections' changeStamp (exec marks itself) */
  markCatalogChanged(): void;

  run(sql: string, params?: SqlParams): RunResult;
  get<T = Record<string, unknown>>(sql: string, params?: SqlParams): T | undefined;
  all<T = Record<string, unknown>>(sql: string, params?: SqlParams): T[];
  /** like all, but every integer comes back as bigint (bigint/money/datetime columns) */
  allBig<T = Record<string, unknown>>(sql: string, params?: SqlParams): T[];
  /** each row as an array in the order of columns(sql); `big`: integers as allBig reads them */
  allArrays(sql: string, params: SqlParams | undefined, big: boolean): unknown[][];
  iterate<T = Record<string, unknown>>(sql: string, params?: SqlParams): IterableIterator<T>;
  columns(sql: string): ColumnDescription[];
  /** several statements, no parameters, not cached (DDL) */
  exec(sql: string): void;
  /**
   * exec for DDL on this connection's own `temp` schema alone (#temp tables, table variables):
   * no other connection sees it, so it changes neither schemaGeneration() nor the catalogue
   * commit count (other sessions' cached translations stay valid); it changes localGeneration.
   */
  execLocal(sql: string): void;
  /** changes whenever this connection's temp schema may have changed: execLocal, every rollback */
  readonly localGeneration: number;

  beginTransaction(wait: LockWait): Promise<void>;
  commit(): void;
  rollback(): void;
  savepoint(name: string): void;
  rollbackTo(name: string): void;
  release(name: string): void;
  /** statement atomicity + write lock; see README "Transactions and locking" */
  withWriteLock<T>(fn: () => T | Promise<T>, wait: LockWait): Promise<T>;

  close(): void;
}

/** Where a server-level change runs: through a session (joins its open transaction, e.g. CREATE
 *  LOGIN inside BEGIN TRAN) or, by default, through the node's own connection. */
export interface ChangeContext {
  readonly session?: SessionStorage;
  /** default { lockTimeoutMs: 10000 } */
  readonly wait?: LockWait;
}

/** A database image copied by backupDatabase: a standalone SQLite file's bytes */
export interface DatabaseImage {
  readonly pageCount: number;
  readonly pageSize: number;
  readonly data: Buffer;
}

export interface NodeStore {
  readonly dataDir: string;
  /** the login check of LOGIN7: see LoginCheck */
  checkLogin(name: string, password: string): Promise<LoginCheck>;
  /** checkLogin's `ok` login, null for every other outcome (ALTER LOGIN OLD_PASSWORD, the agent) */
  verifyLogin(name: string, password: string): Promise<VerifiedLogin | null>;
  /** 15025 when the name exists */
  createLogin(name: string, password: string, options?: CreateLoginOptions, ctx?: ChangeContext): Promise<LoginInfoRow>;
  /** 15007 when the login does not exist (also setLoginDisabled, dropLogin) */
  changePassword(name: string, password: string, ctx?: ChangeContext): Promise<void>;
  setLoginDisabled(name: string, disabled: boolean, ctx?: ChangeContext): Promise<void>;
  dropLogin(name: string, ctx?: ChangeContext): Promise<void>;
  listLogins(): LoginInfoRow[];

  listDatabases(): DatabaseInfo[];
  databaseExists(name: string): boolean;
  getDatabase(name: string): DatabaseInfo | undefined;
  /** 1801 when it exists; never inside a user transaction (the engine raises 226 first) */
  createDatabase(name: string, wait?: LockWait): Promise<DatabaseInfo>;
  /** 911 unknown, 3708 system database, 3702 in use by a session */
  dropDatabase(name: string, wait?: LockWait): Promise<void>;
  /**
   * BACKUP: the database's committed state as a standalone SQLite file image (SQLite's online
   * backup into a temporary file of the data folder, read back and removed; sessions keep
   * working). 911 unknown.
   */
  backupDatabase(name: string): Promise<DatabaseImage>;
  /**
   * RESTORE: `writeImage(path)` writes a SQLite image (backupDatabase's) to a staging path in the
   * data folder; it then replaces the user database `name`, or becomes a new database of that
   * name. 3101 while a session uses the database, 3708 for a system database; an image without
   * msxd's catalogue is an Error. Durable when it resolves (renamed, folder flushed, master row
   * committed). Never inside a user transaction (the engine checks).
   */
  restoreDatabase(name: string, writeImage: (path: string) => Promise<void>, wait?: LockWait): Promise<DatabaseInfo>;

  /**
   * Sets a server configuration option's configured and running value at once, as SQL Server
   * Agent does with 'Agent XPs' when it starts (sp_configure then RECONFIGURE WITH OVERRIDE).
   */
  setRunningConfiguration(configurationId: number, value: number, wait?: LockWait): Promise<void>;

  encryptSecret(plain: string): Buffer;
  decryptSecret(blob: Buffer): string;

  /** 911 when the database does not exist */
  openSession(options: { readonly database: string }): SessionStorage;
  close(): Promise<void>;
}

export interface OpenNodeStoreOptions {
  /** required on first start (the caller generates one when the user gives none) */
  readonly initialSaPassword?: string;
}

export interface OpenedNodeStore {
  readonly store: NodeStore;
  /** true when this call created the data folder's databases (first start) */
  readonly created: boolean;
}
