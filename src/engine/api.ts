// The engine's public face, used by server/ (and by procedures/ for their context). server/ turns
// TDS requests into these calls; the engine answers only through the ResultSink.
import type { SqlType } from '../types/sql-type';
import type { SqlValue } from '../types/values';
import type { ResultSink } from './result-sink';

/** Who logged in and how: fixed for the life of a session. */
export interface LoginInfo {
  readonly spid: number;
  readonly loginName: string;
  readonly hostName: string;
  readonly programName: string;
  /** client library name from LOGIN7 (e.g. "Tedious", "DB-Library") */
  readonly clientInterfaceName: string;
  readonly database: string;
  readonly language: string;
  readonly clientAddress: string;
  readonly clientPort: number;
  readonly localAddress: string;
  readonly localPort: number;
  /** 'TCP'; kept for CONNECTIONPROPERTY('net_transport') */
  readonly netTransport: string;
  /** TLS on the session ('TRUE'/'FALSE' in sys.dm_exec_connections.encrypt_option) */
  readonly encrypted: boolean;
  readonly packetSize: number;
  /** negotiated TDS version, e.g. 0x74000004 */
  readonly tdsVersion: number;
}

/** One parameter of a TDS RPC call, already decoded to SQL values. */
export interface RpcParam {
  /** '@name' or '' when sent positionally */
  readonly name: string;
  readonly type: SqlType;
  readonly value: SqlValue;
  /** fByRefValue: the caller wants the value back (OUTPUT) */
  readonly output: boolean;
  /** fDefaultValue: use the parameter's default */
  readonly useDefault: boolean;
}

export interface RpcCall {
  /** procedure name as sent (may be multi-part, e.g. 'msdb.dbo.sp_help_job'), or the well-known
   *  name of a ProcID (sp_executesql, sp_prepare, sp_execute, sp_prepexec, sp_unprepare, ...) */
  readonly procedure: string;
  readonly params: readonly RpcParam[];
}

/** TDS transaction-manager requests (MS-TDS 2.2.6.9). */
export type TransactionRequest =
  | { readonly kind: 'begin'; readonly name: string; readonly isolationLevel: number }
  | { readonly kind: 'commit'; readonly name: string; readonly beginNew: boolean }
  | { readonly kind: 'rollback'; readonly name: string; readonly beginNew: boolean }
  | { readonly kind: 'save'; readonly name: string };

/** One column of a bulk-load stream as the client described it (its COLMETADATA). */
export interface BulkColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
}

/**
 * The rows of a BulkLoadBCP message (MS-TDS 2.2.6.1), decoded while they arrive: server/ feeds
 * it from the connection, the engine pulls. Rejections are ProtocolErrors (malformed bytes: the
 * connection closes) or SqlErrors (4804, 4815, ...: reported, the connection stays).
 */
export interface BulkRowSource {
  /** the client's COLMETADATA, or 'abandoned' (below) */
  columns(): Promise<readonly BulkColumn[] | 'abandoned'>;
  /**
   * the next rows (a few kilobytes' worth, values in the client's column order), null at the end;
   * 'abandoned': the client gave the message up (IGNORE, MS-TDS 2.2.1.7), nothing may be loaded
   */
  rows(): Promise<readonly (readonly SqlValue[])[] | null | 'abandoned'>;
  /** reads and drops the rest of the message (the response must wait for its end) */
  discard(): Promise<void>;
}

/**
 * What the engine may ask of the connection that carries a session: server/ passes one to
 * openSession (the engine never imports server/). KILL calls kill(); the connection closes and
 * its close() rolls the session back as on any disconnect.
 */
export interface SessionControl {
  /** `requestRunning`: the session is executing a request, whose client gets 596 before the close */
  kill(requestRunning: boolean): void;
}

export interface EngineSession {
  readonly login: LoginInfo;
  /** current database name (changes with USE) */
  readonly database: string;
  /** the 8-byte descriptor of the open transaction, or 0 when none (what ALL_HEADERS must carry) */
  readonly transactionDescriptor: Buffer;
  executeBatch(text: string, sink: ResultSink, signal: AbortSignal): Promise<void>;
  executeRpc(call: RpcCall, sink: ResultSink, signal: AbortSignal): Promise<void>;
  transaction(request: TransactionRequest, sink: ResultSink): Promise<void>;
  /**
   * A BulkLoadBCP message: the rows of the INSERT BULK the previous batch ran (without one, the
   * message is read and answered with a failed DONE, as SQL Server does).
   */
  bulkLoad(source: BulkRowSource, sink: ResultSink, signal: AbortSignal): Promise<void>;
  /** RESETCONNECTION: back to the login state (database, SET options, no open transaction) */
  reset(): Promise<void>;
  /** the connection is gone: roll back and release everything */
  close(): Promise<void>;
}

/** Facts about the node that T-SQL can ask for (@@VERSION, SERVERPROPERTY, ...). */
export interface ServerIdentity {
  readonly serverName: string;
  readonly machineName: string;
  /** e.g. '16.0.4135.4'; the same everywhere: PRELOGIN, LOGINACK, @@VERSION, SERVERPROPERTY */
  readonly productVersion: string;
  readonly productLevel: string;
  readonly edition: string;
  readonly engineEdition: number;
}

/**
 * `ok` carries the canonical login name. `failed` is an unknown login or a wrong password, which
 * the client must not be able to tell apart (18456); `disabled` follows only the right password
 * of a disabled login (18470).
 */
export type AuthenticateResult =
  | { readonly kind: 'ok'; readonly loginName: string }
  | { readonly kind: 'failed' }
  | { readonly kind: 'disabled'; readonly loginName: string };

export interface EngineHandle {
  readonly identity: ServerIdentity;
  /** checks a SQL login (LOGIN7); see AuthenticateResult */
  authenticate(loginName: string, password: string): Promise<AuthenticateResult>;
  /** databases a login may name in LOGIN7 */
  databaseExists(name: string): boolean;
  /** whether the login may open the database (sysadmin, owner, a mapped user, or guest in
   *  master/tempdb/msdb); LOGIN7 refuses the others with 4060 then 18456, as SQL Server does */
  canAccessDatabase(loginName: string, database: string): boolean;
  /** `control`: the connection's side (KILL); without one, KILL just closes the session */
  openSession(login: LoginInfo, control?: SessionControl): EngineSession;
}
