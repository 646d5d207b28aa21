// The TdsHandler of one connection, implemented with the engine: login checks and the login
// response, then each request to the engine session with a TokenSink as its ResultSink.
import type { Logger } from 'pino';
import type { EngineHandle, EngineSession } from '../engine/api';
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import { ProtocolError } from '../errors/protocol-error';
import { SqlError } from '../errors/sql-error';
import { TDS_VERSION, TDS_VERSION_NAME, type TdsVersion } from '../tds/constants';
import type { AllHeaders } from '../tds/requests/all-headers';
import type { Login7Request } from '../tds/requests/login7';
import type { RpcRequest } from '../tds/requests/rpc';
import type { SqlBatchRequest } from '../tds/requests/sql-batch';
import type { TransactionManagerRequest } from '../tds/requests/transaction-manager';
import { encodeDone } from '../tds/tokens/done';
import { encodeEnvChange } from '../tds/tokens/env-change';
import { encodeMessage } from '../tds/tokens/info-error';
import type { BulkLoadStream } from '../tds/transport/bulk-stream';
import type { ConnectionInfo, LoginOutcome, TdsHandler } from '../tds/transport/handler';
import { negotiatePacketSize, negotiateTdsVersion } from '../tds/transport/negotiate';
import type { ResponseWriter } from '../tds/transport/response-writer';
import { loginRefusal, type LoginResponseCache } from './login-response';
import type { ConnectionControl } from './listener';
import type { LoginThrottle } from './login-throttle';
import type { SpidAllocator } from './spid-allocator';
import { TokenSink } from './token-sink';
import { StreamBulkSource } from './bulk-source';

export interface SessionHandlerDeps {
  readonly engine: EngineHandle;
  readonly throttle: LoginThrottle;
  readonly spids: SpidAllocator;
  /** the node's, shared by its connections */
  readonly loginResponses: LoginResponseCache;
  readonly logger: Logger;
}

const DONE: Promise<void> = Promise.resolve();
const DEFAULT_DATABASE = 'master';
const DEFAULT_LANGUAGE = 'us_english';

export class EngineSessionHandler implements TdsHandler {
  private session: EngineSession | undefined;
  private spid = 0;
  private tdsVersion: TdsVersion = TDS_VERSION.V7_4;
  private readonly serverName: string;
  private readonly inTransaction = (): boolean => isOpenTransaction(this.session?.transactionDescriptor);
  private sink: TokenSink | undefined;
  private sinkOut: ResponseWriter | undefined;

  constructor(
    private readonly deps: SessionHandlerDeps,
    /** the connection's own controls (KILL ends it); none for a handler driven without a socket */
    private readonly connection?: ConnectionControl,
  ) {
    this.serverName = deps.engine.identity.serverName;
  }

  async onLogin(login: Login7Request, conn: ConnectionInfo, out: ResponseWriter): Promise<LoginOutcome> {
    const version = negotiateTdsVersion(login.tdsVersion);
    if (version === undefined) {
      throw new ProtocolError(`TDS version 0x${login.tdsVersion.toString(16)} is not supported (7.1 or later required)`);
    }
    this.tdsVersion = version;
    const { engine, throttle } = this.deps;
    if (login.integratedSecurity && login.userName === '') return this.refuse(out, [sqlError(18452)]);

    const auth = await engine.authenticate(login.userName, login.password);
    if (auth.kind !== 'ok') {
      // a disabled login counts as a failure too: the throttle slows every refused attempt
      const delay = throttle.failure(conn.remoteAddress);
      this.deps.logger.info({ conn: conn.id, user: login.userName, remote: conn.remoteAddress, delayMs: delay, reason: auth.kind }, 'login failed');
      if (delay > 0) await sleep(delay);
      return this.refuse(out, [loginRefusal(auth, login.userName)]);
    }
    const loginName = auth.loginName;
    throttle.success(conn.remoteAddress);

    const database = login.database === '' ? DEFAULT_DATABASE : login.database;
    if (!engine.databaseExists(database) || !engine.canAccessDatabase(loginName, database)) {
      return this.refuse(out, [sqlError(4060, database), sqlError(18456, login.userName)]);
    }
    const packetSize = negotiatePacketSize(login.packetSize, conn.encryptedSession);
    const language = login.language === '' ? DEFAULT_LANGUAGE : login.language;
    this.spid = this.deps.spids.allocate();
    try {
      this.session = engine.openSession({
        spid: this.spid,
        loginName,
        hostName: login.hostName,
        programName: login.appName,
        clientInterfaceName: login.libraryName,
        database,
        language,
        clientAddress: conn.remoteAddress,
        clientPort: conn.remotePort,
        localAddress: conn.localAddress,
        localPort: conn.localPort,
        netTransport: 'TCP',
        encrypted: conn.encryptedSession,
        packetSize,
        tdsVersion: version,
      }, { kill: (requestRunning) => this.kill(requestRunning) });
    } catch (e) {
      this.deps.spids.release(this.spid);
      this.spid = 0;
      if (e instanceof SqlError) return this.refuse(out, [e, sqlError(18456, login.userName)]);
      throw e;
    }
    out.write(this.deps.loginResponses.get(version, this.session.database, language, packetSize));
    out.end();
    if (this.deps.logger.isLevelEnabled('debug')) {
      this.deps.logger.debug(
        { conn: conn.id, spid: this.spid, login: loginName, tds: TDS_VERSION_NAME[version], packetSize, encryption: conn.encryption },
        'logged in',
      );
    }
    return { ok: true, tdsVersion: version, packetSize, spid: this.spid };
  }

  /**
   * KILL from another session. A client waiting for a response reads 596 (severity 21) ending it,
   * as SQL Server's "Cannot continue the execution because the session is in the kill state.",
   * then the connection closes; the killed request's later output is dropped. onClose follows
   * and rolls the session back.
   */
  private kill(requestRunning: boolean): void {
    const sink = this.sink;
    const out = this.sinkOut;
    if (requestRunning && sink && out) {
      sink.message(sqlError(596));
      sink.markError();
      sink.finish();
      out.startDiscarding();
    }
    if (this.connection) this.connection.end();
    else void this.onClose();
  }

  private refuse(out: ResponseWriter, errors: readonly SqlError[]): LoginOutcome {
    // SQL Server reports login errors on line 1
    for (const e of errors) {
      if (e.lineNumber === 0) e.lineNumber = 1;
      out.write(encodeMessage(e, this.serverName, this.tdsVersion));
    }
    out.write(encodeDone({ token: 'done', command: 'other', error: true }, this.tdsVersion));
    out.end();
    return { ok: false };
  }

  /**
   * The hot path (one `SELECT 1` round trip): no async wrapper, no closure, the connection's
   * sink reused; the response is finished in the reaction to the engine's promise.
   */
  onSqlBatch(request: SqlBatchRequest, out: ResponseWriter, signal: AbortSignal): Promise<void> {
    const session = this.requireSession();
    const sink = this.sinkFor('batch', out);
    const mismatch = this.checkTransactionDescriptor(request.headers);
    if (mismatch) {
      sink.failed(mismatch);
      return DONE;
    }
    return session.executeBatch(request.text, sink, signal).then(sink.completed, sink.failed);
  }

  /**
   * An RPC request: one call (the usual case: a client's sp_executesql) takes onSqlBatch's path,
   * the call object itself being the engine's RpcCall; several calls run in order.
   */
  onRpc(request: RpcRequest, out: ResponseWriter, signal: AbortSignal): Promise<void> {
    const calls = request.calls;
    const only = calls.length === 1 ? calls[0] : undefined;
    if (only === undefined) return this.onRpcCalls(calls, out, request.headers, signal);
    const session = this.requireSession();
    const sink = this.sinkFor('rpc', out);
    const mismatch = this.checkTransactionDescriptor(request.headers);
    if (mismatch) {
      sink.failed(mismatch);
      return DONE;
    }
    if (signal.aborted) {
      sink.finish();
      return DONE;
    }
    return session.executeRpc(only, sink, signal).then(sink.completed, sink.failed);
  }

  private async onRpcCalls(calls: RpcRequest['calls'], out: ResponseWriter, headers: AllHeaders | undefined,
    signal: AbortSignal): Promise<void> {
    const session = this.requireSession();
    await this.run('rpc', out, headers, async (sink) => {
      for (const call of calls) {
        if (signal.aborted) return;
        await session.executeRpc(call, sink, signal);
      }
    });
  }

  async onTransactionManager(request: TransactionManagerRequest, out: ResponseWriter): Promise<void> {
    const session = this.requireSession();
    const tm = request.request;
    await this.run('batch', out, request.headers, async (sink) => {
      if (tm.kind === 'unsupported') throw sqlError(50000, 'Distributed transactions (DTC) are not supported by msxd.');
      await session.transaction(tm, sink);
    });
  }

  /** A BULK_LOAD message: the rows of the INSERT BULK the previous batch ran. */
  onBulkLoad(stream: BulkLoadStream, out: ResponseWriter, signal: AbortSignal): Promise<void> {
    const session = this.requireSession();
    const sink = this.sinkFor('batch', out);
    return session.bulkLoad(new StreamBulkSource(stream, this.tdsVersion), sink, signal).then(sink.completed, sink.failed);
  }

  /** Runs one request; a SqlError escaping the engine ends the response as an error. */
  private async run(
    request: 'batch' | 'rpc',
    out: ResponseWriter,
    headers: AllHeaders | undefined,
    body: (sink: TokenSink) => Promise<void>,
  ): Promise<void> {
    const sink = this.sinkFor(request, out);
    const mismatch = this.checkTransactionDescriptor(headers);
    if (mismatch) {
      sink.failed(mismatch);
      return;
    }
    try {
      await body(sink);
    } catch (e) {
      sink.failed(e);
      return;
    }
    sink.finish();
  }

  /** The session runs one request at a time, so one sink serves them all, reset for each. */
  private sinkFor(request: 'batch' | 'rpc', out: ResponseWriter): TokenSink {
    if (this.sink === undefined || this.sinkOut !== out) {
      this.sink = new TokenSink(request, out, this.tdsVersion, this.serverName, this.inTransaction);
      this.sinkOut = out;
    } else this.sink.reset(request);
    return this.sink;
  }

  /**
   * MS-TDS 2.2.5.3.2: the client echoes the descriptor of its transaction (from ENVCHANGE 8).
   * Naming a transaction the session does not have (it ended, or never existed) is refused as
   * SQL Server does when a request carries a finished transaction's descriptor.
   */
  private checkTransactionDescriptor(headers: AllHeaders | undefined): SqlError | undefined {
    const claimed = headers?.transactionDescriptor;
    if (!claimed || !isOpenTransaction(claimed)) return undefined;
    const current = this.session?.transactionDescriptor;
    if (current && current.equals(claimed)) return undefined;
    return sqlErrorWithState(8525, 3);
  }

  onAttention(): void {
    // the request's AbortSignal has fired; the engine stops at its next check
  }

  async onReset(_skipTran: boolean, out: ResponseWriter): Promise<void> {
    await this.requireSession().reset();
    out.write(encodeEnvChange({ kind: 'resetConnectionAck' }));
  }

  async onClose(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    try {
      await session?.close();
    } finally {
      if (this.spid !== 0) this.deps.spids.release(this.spid);
      this.spid = 0;
    }
  }

  private requireSession(): EngineSession {
    if (!this.session) throw new ProtocolError('request before login');
    return this.session;
  }
}

/** An all-zero descriptor means no transaction (indexed: runs for every request and DONE). */
function isOpenTransaction(descriptor: Buffer | undefined): boolean {
  if (!descriptor) return false;
  for (let i = 0; i < descriptor.length; i++) if (descriptor[i] !== 0) return true;
  return false;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
