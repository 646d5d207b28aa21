// Everything a session keeps between batches: current database, SET options, the counters behind
// @@ROWCOUNT/@@ERROR/@@IDENTITY, the transaction, prepared statements. RESETCONNECTION returns it
// to the login state (reset()).
import type { LoginInfo } from '../api';
import type { EnvChange } from '../result-sink';
import { cloneSetOptions, defaultSetOptions, isOn, LANGUAGES, type SetOptions } from './set-options';
import { TransactionManager, type TransactionHost } from './transactions';
import type { PreparedStatement } from '../rpc/prepared';
import { ApiCursorSet } from '../rpc/cursors/api-cursor';
import type { SessionStorage } from '../../store/api';
import type { SessionActivity } from './session-activity';
import type { Cursor, CursorMap } from '../interpreter/cursors';
import type { PendingBulk } from '../bulk/pending-bulk';

/** One EXECUTE AS: who the session is until REVERT (or the end of the module that opened it). */
export interface SecurityContext {
  readonly login: LoginInfo;
  readonly isSysadmin: boolean;
  /** WITH NO REVERT: REVERT fails (15196) */
  readonly noRevert: boolean;
  /** the database of EXECUTE AS USER (REVERT must run there: 15199); null for a login */
  readonly database: string | null;
  /** EXECUTE AS USER of a user WITHOUT LOGIN: its SID; the context is that user in `database`
   * only (no login, no guest elsewhere: 916) */
  readonly userSid?: Buffer;
}

export class SessionState {
  database: string;
  options: SetOptions;
  /** @@ROWCOUNT */
  rowCount = 0;
  /** @@ERROR */
  lastError = 0;
  /** @@IDENTITY / SCOPE_IDENTITY(): no tables yet */
  identity: number | bigint | null = null;
  /** an INSERT BULK ran: the next request must be its BulkLoadBCP message (else 4022) */
  pendingBulk: PendingBulk | undefined;
  /** @@FETCH_STATUS of the last FETCH on this connection (-1 before any) */
  fetchStatus = -1;
  /** GLOBAL cursors (interpreter/cursors.ts), by lower-cased name */
  readonly globalCursors: CursorMap = new Map();
  /** the cursor OPEN last opened on this connection (@@CURSOR_ROWS) */
  lastOpenedCursor: Cursor | undefined;
  readonly transactions: TransactionManager;
  readonly prepared = new Map<number, PreparedStatement>();
  /** API server cursors (sp_cursoropen ...) and sp_cursorprepare handles */
  readonly apiCursors = new ApiCursorSet();
  /** the store connection of this session (tables, DDL); undefined when the engine runs without one */
  storage: SessionStorage | undefined;
  private nextHandle = 1;
  /** where ENVCHANGE tokens of transaction changes go during the current request */
  envSink: (change: EnvChange) => void = () => {};

  private readonly loginOptions: SetOptions;
  /** EXECUTE AS contexts, innermost last (empty: the session runs as its login) */
  private readonly contexts: SecurityContext[] = [];

  constructor(
    /** the login that connected: ORIGINAL_LOGIN() */
    readonly originalLogin: LoginInfo,
    private readonly originalIsSysadmin: boolean,
    host: TransactionHost,
    nextDescriptor: () => bigint,
    /** what the session is doing now (sys.dm_exec_requests, KILL, DBCC INPUTBUFFER) */
    readonly activity: SessionActivity,
  ) {
    const login = originalLogin;
    this.database = login.database;
    const language = LANGUAGES[login.language.toLowerCase()]?.name ?? 'us_english';
    this.loginOptions = defaultSetOptions(language);
    this.options = cloneSetOptions(this.loginOptions);
    this.transactions = new TransactionManager(host, (c) => this.envSink(c), nextDescriptor);
  }

  /** The login whose permissions apply: the impersonated one under EXECUTE AS (SUSER_SNAME()). */
  get login(): LoginInfo {
    return this.contexts[this.contexts.length - 1]?.login ?? this.originalLogin;
  }

  get isSysadmin(): boolean {
    return this.contexts[this.contexts.length - 1]?.isSysadmin ?? this.originalIsSysadmin;
  }

  /** How many EXECUTE AS contexts are open; a module end reverts to its entry depth. */
  get contextDepth(): number {
    return this.contexts.length;
  }

  pushContext(context: SecurityContext): void {
    this.contexts.push(context);
  }

  /** The innermost context, or undefined when the session runs as its own login. */
  get currentContext(): SecurityContext | undefined {
    return this.contexts[this.contexts.length - 1];
  }

  popContext(): void {
    this.contexts.pop();
  }

  /** EXECUTE AS inside a procedure or dynamic SQL ends with it (WITH NO REVERT included). */
  revertTo(depth: number): void {
    this.contexts.length = Math.min(this.contexts.length, depth);
  }

  get nocount(): boolean {
    return isOn(this.options, 'NOCOUNT');
  }

  get xactAbort(): boolean {
    return isOn(this.options, 'XACT_ABORT');
  }

  allocateHandle(statement: PreparedStatement): number {
    const handle = this.nextHandle++;
    this.prepared.set(handle, statement);
    return handle;
  }

  /** RESETCONNECTION: login database and options; the caller rolls back the transaction first. */
  resetToLogin(): void {
    this.contexts.length = 0;
    this.database = this.login.database;
    this.options = cloneSetOptions(this.loginOptions);
    this.rowCount = 0;
    this.lastError = 0;
    this.identity = null;
    this.pendingBulk = undefined;
    this.prepared.clear();
    // sp_reset_connection "will kill all global cursors owned by the connection" and releases its handles
    this.apiCursors.clear();
    this.globalCursors.clear();
    this.lastOpenedCursor = undefined;
  }
}
