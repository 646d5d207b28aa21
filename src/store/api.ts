// The storage seam: what the engine and the server glue may rely on. Everything SQLite-specific
// stays behind these interfaces (see README.md) so another SQL engine could implement them.

export interface VerifiedLogin {
  readonly loginName: string;
  readonly isSysadmin: boolean;
  readonly defaultDatabase: string;
}

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
  useDatabase(name: string): void;
  /** attach every database a batch names; call at batch start (never inside a transaction) */
  ensureAttached(names: readonly string[]): void;

  run(sql: string, params?: SqlParams): RunResult;
  get<T = Record<string, unknown>>(sql: string, params?: SqlParams): T | undefined;
  all<T = Record<string, unknown>>(sql: string, params?: SqlParams): T[];
  /** like all, but every integer comes back as bigint (bigint/money/datetime columns) */
  allBig<T = Record<string, unknown>>(sql: string, params?: SqlParams): T[];
  iterate<T = Record<string, unknown>>(sql: string, params?: SqlParams): IterableIterator<T>;
  columns(sql: string): ColumnDescription[];

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

export interface NodeStore {
  readonly dataDir: string;
  verifyLogin(name: string, password: string): Promise<VerifiedLogin | null>;
  createLogin(name: string, password: string, options?: CreateLoginOptions): Promise<LoginInfoRow>;
  changePassword(name: string, password: string): Promise<void>;
  setLoginDisabled(name: string, disabled: boolean): void;
  dropLogin(name: string): void;
  listLogins(): LoginInfoRow[];

  listDatabases(): DatabaseInfo[];
  databaseExists(name: string): boolean;
  getDatabase(name: string): DatabaseInfo | undefined;
  createDatabase(name: string): DatabaseInfo;
  dropDatabase(name: string): void;

  encryptSecret(plain: string): Buffer;
  decryptSecret(blob: Buffer): string;

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
