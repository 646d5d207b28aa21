// What the session calls once it has decoded a request legal in its phase (the tedious
// "handler per phase" idea, the pgwire on_/do_ split): the session owns bytes, phases, TLS and
// ATTENTION; a TdsHandler owns meaning and answers by writing tokens into a ResponseWriter.
// server/session-handler.ts implements it with the engine.
import type { TdsVersion } from '../constants';
import type { PreloginRequest } from '../requests/prelogin';
import type { Login7Request } from '../requests/login7';
import type { RpcRequest } from '../requests/rpc';
import type { SqlBatchRequest } from '../requests/sql-batch';
import type { TransactionManagerRequest } from '../requests/transaction-manager';
import type { BulkLoadStream } from './bulk-stream';
import type { EncryptionMode } from './encryption';
import type { ResponseWriter } from './response-writer';

/** Facts about the connection a login decision may depend on. */
export interface ConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  /** 'none' for clients that skipped PRELOGIN (jTDS with ssl=off) */
  readonly encryption: EncryptionMode | 'strict';
  /** true while TLS carries the session after login (full or strict) */
  readonly encryptedSession: boolean;
  readonly prelogin: PreloginRequest | undefined;
}

export type LoginOutcome =
  /** The handler wrote the whole login response (ending with DONE) and ended the message. */
  | { readonly ok: true; readonly tdsVersion: TdsVersion; readonly packetSize: number; readonly spid: number }
  /** The handler wrote ERROR + DONE(error) and ended the message; the session closes. */
  | { readonly ok: false };

export interface TdsHandler {
  onLogin(login: Login7Request, connection: ConnectionInfo, out: ResponseWriter): Promise<LoginOutcome>;
  /**
   * Each request handler writes its complete response and ends the message before resolving.
   * `signal` aborts when the client sends ATTENTION; after that, writes are discarded and the
   * session sends the DONE_ATTN itself once the promise settles. The same signal serves the
   * session's requests until one is cancelled: remove any 'abort' listener you add.
   */
  onSqlBatch(request: SqlBatchRequest, out: ResponseWriter, signal: AbortSignal): Promise<void>;
  onRpc(request: RpcRequest, out: ResponseWriter, signal: AbortSignal): Promise<void>;
  onTransactionManager(request: TransactionManagerRequest, out: ResponseWriter, signal: AbortSignal): Promise<void>;
  /**
   * A BULK_LOAD message (MS-TDS 2.2.6.1), handed over at its first packet: the handler reads the
   * parts from `stream` (decode them with `BulkLoadDecoder`) and must read up to the last part
   * before it ends its response (the client sends the whole message before it reads).
   */
  onBulkLoad(stream: BulkLoadStream, out: ResponseWriter, signal: AbortSignal): Promise<void>;
  /** An ATTENTION arrived (the request's signal is already aborted). */
  onAttention(): void;
  /**
   * RESETCONNECTION bit on the next request (MS-TDS 2.2.3.1.2): reset the session, then write the
   * ENVCHANGE 18 acknowledgement into `out` (it leads the request's response). `skipTran`: keep
   * the transaction (RESETCONNECTIONSKIPTRAN).
   */
  onReset(skipTran: boolean, out: ResponseWriter): Promise<void>;
  /** The connection is gone (client, error, timeout or server stop); release the session. */
  onClose(): Promise<void>;
}
