// One client connection's protocol state machine (MS-TDS 3.3 server; Babelfish tds_protocol.h
// idea: the phases are written here first, and the code below is their transcription).
//
//   AwaitPrelogin ──first byte 0x16──► StrictTls ──TLS up (ALPN tds/8.0)──► AwaitPrelogin(strict)
//   AwaitPrelogin ──PRELOGIN──► reply ENCRYPTION ─┬─ none ───────────────────────► AwaitLogin7
//                                                 ├─ loginOnly / full ─► TlsHandshake ─► AwaitLogin7
//                                                 └─ refuse ─────────────────────► Refused
//   AwaitPrelogin ──LOGIN7 (jTDS ssl=off: no PRELOGIN at all)──► as from AwaitLogin7, in clear
//   AwaitLogin7 ──LOGIN7──► LoggingIn ──ok──► LoggedIn        (loginOnly: TLS dropped first)
//                                      └─fail─► Closed (after the ERROR + DONE are sent)
//   LoggedIn ──SQL_BATCH | RPC | TRANSACTION_MANAGER──► Executing ──response ended──► LoggedIn
//   LoggedIn ──first BULK_LOAD packet──► Executing: the handler reads the message's packets from a
//            BulkLoadStream while they arrive (input paused while it lags) ──response ended──► LoggedIn
//   LoggedIn ──ATTENTION (response already complete)──► DONE(ATTN) ──► LoggedIn
//   Executing ──ATTENTION──► Cancelling: abort signal, unsent output discarded; once the handler
//                            settles, DONE(ATTN) ends the message ──► LoggedIn
//   Executing ──any other message──► queued (input paused) until LoggedIn
//   any ──malformed input, oversized message, out-of-phase message, login timeout, socket
//         closed, server stop──► Closed (one log line with the phase; this connection only)
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { ProtocolError } from '../../errors/protocol-error';
import { PACKET_TYPE, PACKET_TYPE_NAME, TDS_VERSION, type TdsVersion } from '../constants';
import { MessageReader, type TdsMessage } from '../framing/message-reader';
import { decodeLogin7 } from '../requests/login7';
import { decodePrelogin, encodePreloginResponse, type PreloginRequest } from '../requests/prelogin';
import { decodeRpc, type RpcRequest } from '../requests/rpc';
import { RpcParamMemo } from '../requests/rpc-param-memo';
import { decodeSqlBatch, type SqlBatchRequest } from '../requests/sql-batch';
import { decodeTransactionManager, type TransactionManagerRequest } from '../requests/transaction-manager';
import { encodeDone } from '../tokens/done';
import { BulkLoadStream, type BulkPart } from './bulk-stream';
import { Channel } from './channel';
import { ENCRYPT, negotiateEncryption, type EncryptionMode } from './encryption';
import type { ConnectionInfo, TdsHandler } from './handler';
import { ResponseWriter } from './response-writer';
import type { TlsContexts } from './tls-contexts';

export type Phase =
  | 'awaitPrelogin'
  | 'strictTls'
  | 'tlsHandshake'
  | 'awaitLogin7'
  | 'refused'
  | 'loggingIn'
  | 'loggedIn'
  | 'executing'
  | 'cancelling'
  | 'closed';

export interface SessionOptions {
  /** undefined: no certificate, ENCRYPTION answers NOT_SUP and TDS 8.0 clients are refused */
  readonly tls: TlsContexts | undefined;
  readonly forceEncryption: boolean;
  /** a client that has not logged in after this long is disconnected */
  readonly loginTimeoutMs: number;
  /** largest request message accepted (bytes) */
  readonly maxMessageSize?: number;
  readonly logger: Logger;
}

const TLS_HANDSHAKE_BYTE = 0x16;

/** how long end() waits for the peer to close its side before the socket is destroyed */
const END_GRACE_MS = 5_000;

/** a decoded request, waiting for its turn at the handler */
type Request =
  | { readonly kind: 'batch'; readonly batch: SqlBatchRequest }
  | { readonly kind: 'rpc'; readonly rpc: RpcRequest }
  | { readonly kind: 'tm'; readonly tm: TransactionManagerRequest }
  | { readonly kind: 'bulk'; readonly stream: BulkLoadStream };

export class TdsSession {
  private phase: Phase = 'awaitPrelogin';
  private readonly channel: Channel;
  private readonly reader: MessageReader;
  private readonly out: ResponseWriter;
  private encryption: EncryptionMode | 'strict' = 'none';
  private prelogin: PreloginRequest | undefined;
  private tdsVersion: TdsVersion = TDS_VERSION.V7_4;
  private loginTimer: NodeJS.Timeout | undefined;
  private abort: AbortController | undefined;
  /** from dispatch to finishRequest: `abort` belongs to a request still running */
  private requestRunning = false;
  /** the statement and declarations of the last RPC: a repeated one is compared, not decoded */
  private readonly rpcMemo = new RpcParamMemo();
  private queued: TdsMessage[] = [];
  /** the BULK_LOAD message whose packets are still arriving */
  private bulk: BulkLoadStream | undefined;
  private pausedForOutput = false;
  private closing: Promise<void> | undefined;
  private resolveClosed!: () => void;
  /** resolves once the connection is closed and the handler released it */
  readonly closed: Promise<void> = new Promise((resolve) => (this.resolveClosed = resolve));

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly handler: TdsHandler,
    private readonly options: SessionOptions,
  ) {
    this.reader = new MessageReader(options.maxMessageSize === undefined ? {} : { maxMessageSize: options.maxMessageSize });
    this.channel = new Channel(socket, {
      onBytes: (chunk) => this.onBytes(chunk),
      onFailure: (e) => this.fail(e),
    });
    this.out = new ResponseWriter(this.channel, () => this.onBackpressure());
    this.loginTimer = setTimeout(() => this.fail(new ProtocolError('login timeout')), options.loginTimeoutMs);
    this.loginTimer.unref();
    socket.on('error', (e) => this.fail(e));
    socket.on('close', () => void this.close());
  }

  get currentPhase(): Phase {
    return this.phase;
  }

  /** re-reads the phase: handlers called in between may have closed the connection */
  private isClosed(): boolean {
    return this.phase === 'closed';
  }

  private onBytes(chunk: Buffer): void {
    if (this.phase === 'closed') return;
    if (this.phase === 'awaitPrelogin' && this.encryption !== 'strict' && !this.reader.hasPartial && chunk[0] === TLS_HANDSHAKE_BYTE) {
      this.startStrict(chunk);
      return;
    }
    let messages: TdsMessage[];
    try {
      messages = this.reader.push(chunk);
    } catch (e) {
      this.fail(e);
      return;
    }
    for (const m of messages) {
      if (this.isClosed()) return;
      if (m.part !== undefined && !m.part.first) {
        this.continueBulk(m);
        continue;
      }
      if (this.phase === 'executing' || this.phase === 'cancelling' || this.queued.length > 0) {
        if (m.type === PACKET_TYPE.ATTENTION) this.cancel();
        else this.enqueue(m);
        continue;
      }
      this.dispatch(m);
    }
  }

  /** Decodes one message and acts on it according to the phase (the table at the top). */
  private dispatch(m: TdsMessage): void {
    try {
      switch (this.phase) {
        case 'awaitPrelogin':
          if (m.type === PACKET_TYPE.PRELOGIN) return this.onPrelogin(m);
          if (m.type === PACKET_TYPE.LOGIN7 && this.encryption !== 'strict') {
            if (this.options.forceEncryption) throw new ProtocolError('LOGIN7 without PRELOGIN refused: encryption is forced');
            return this.onLogin7(m);
          }
          if (m.type === PACKET_TYPE.LOGIN7) return this.onLogin7(m);
          break;
        case 'awaitLogin7':
          if (m.type === PACKET_TYPE.LOGIN7) return this.onLogin7(m);
          break;
        case 'refused':
          throw new ProtocolError('client continued after being told encryption is required');
        case 'loggedIn':
          return this.onRequest(m);
        case 'strictTls':
        case 'tlsHandshake':
        case 'loggingIn':
        case 'executing':
        case 'cancelling':
        case 'closed':
          break;
        default:
          return assertNever(this.phase);
      }
      throw new ProtocolError(`unexpected ${PACKET_TYPE_NAME[m.type] ?? m.type} message`);
    } catch (e) {
      this.fail(e);
    }
  }

  private startStrict(first: Buffer): void {
    if (!this.options.tls) {
      this.fail(new ProtocolError('TDS 8.0 (TLS-first) client but no certificate is configured'));
      return;
    }
    this.phase = 'strictTls';
    this.encryption = 'strict';
    this.channel.startStrictTls(first, this.options.tls.strict).then(
      () => this.phase === 'strictTls' && (this.phase = 'awaitPrelogin'),
      (e: unknown) => this.fail(e),
    );
  }

  private onPrelogin(m: TdsMessage): void {
    const request = decodePrelogin(m.payload);
    this.prelogin = request;
    if (this.encryption === 'strict') {
      // Already inside TLS: no second handshake (MS-TDS 3.3.5.1 "TLS Negotiation" for TDS 8.0).
      this.sendPreloginReply(ENCRYPT.ON);
      this.phase = 'awaitLogin7';
      return;
    }
    const decision = negotiateEncryption(request.encryption ?? ENCRYPT.NOT_SUP, {
      certificate: this.options.tls !== undefined,
      force: this.options.forceEncryption,
    });
    if (!decision) throw new ProtocolError(`unsupported PRELOGIN ENCRYPTION 0x${(request.encryption ?? 0).toString(16)}`);
    this.encryption = decision.mode;
    this.sendPreloginReply(decision.reply);
    if (decision.mode === 'none') this.phase = 'awaitLogin7';
    else if (decision.mode === 'refuse') this.phase = 'refused';
    else {
      if (this.reader.hasPartial) throw new ProtocolError('data after PRELOGIN before the TLS handshake');
      this.phase = 'tlsHandshake';
      // Synchronously, before the next socket read: the client's next bytes are TLS in 0x12 packets.
      this.channel.startTls(this.options.tls!.prelogin).then(
        () => this.phase === 'tlsHandshake' && (this.phase = 'awaitLogin7'),
        (e: unknown) => this.fail(e),
      );
    }
  }

  private sendPreloginReply(encryption: number): void {
    this.out.write(encodePreloginResponse({ encryption, instanceOk: true, mars: false }));
    this.out.end();
  }

  private onLogin7(m: TdsMessage): void {
    const login = decodeLogin7(m.payload);
    // Login-only encryption: LOGIN7 was the last encrypted message; LOGINACK goes out in clear.
    if (this.encryption === 'loginOnly') this.channel.dropTls();
    this.phase = 'loggingIn';
    const info: ConnectionInfo = {
      id: this.id,
      remoteAddress: this.socket.remoteAddress ?? '',
      remotePort: this.socket.remotePort ?? 0,
      localAddress: this.socket.localAddress ?? '',
      localPort: this.socket.localPort ?? 0,
      encryption: this.encryption,
      encryptedSession: this.channel.encrypted,
      prelogin: this.prelogin,
    };
    this.handler.onLogin(login, info, this.out).then(
      (outcome) => {
        if (this.phase !== 'loggingIn') return;
        if (!outcome.ok) {
          this.phase = 'closed';
          this.channel.end();
          return;
        }
        clearTimeout(this.loginTimer);
        this.tdsVersion = outcome.tdsVersion;
        this.reader.setMaxPacketSize(Math.max(outcome.packetSize, 4096));
        this.out.setPacketSize(outcome.packetSize);
        this.out.setSpid(outcome.spid);
        this.phase = 'loggedIn';
      },
      (e: unknown) => this.fail(e),
    );
  }

  private onRequest(m: TdsMessage): void {
    if (m.type === PACKET_TYPE.ATTENTION) {
      // The response was already complete when the client cancelled: acknowledge anyway, the
      // client reads until it sees DONE_ATTN.
      this.out.acknowledge(this.attentionDone());
      return;
    }
    if (m.ignored) {
      this.out.write(encodeDone({ token: 'done', command: 'other', error: true }, this.tdsVersion));
      this.out.end();
      return;
    }
    // Decoded before the phase changes: a malformed request fails the connection from loggedIn.
    let request: Request;
    switch (m.type) {
      case PACKET_TYPE.SQL_BATCH:
        request = { kind: 'batch', batch: decodeSqlBatch(m.payload, this.tdsVersion) };
        break;
      case PACKET_TYPE.RPC:
        request = { kind: 'rpc', rpc: decodeRpc(m.payload, this.tdsVersion, this.rpcMemo) };
        break;
      case PACKET_TYPE.TRANSACTION_MANAGER:
        request = { kind: 'tm', tm: decodeTransactionManager(m.payload, this.tdsVersion) };
        break;
      case PACKET_TYPE.BULK_LOAD: {
        const stream = new BulkLoadStream(() => this.updateInputFlow());
        stream.push(bulkPart(m));
        if (m.part?.last === false) this.bulk = stream;
        request = { kind: 'bulk', stream };
        break;
      }
      default:
        throw new ProtocolError(`unexpected ${PACKET_TYPE_NAME[m.type] ?? m.type} message after login`);
    }
    this.execute(m, request);
  }

  private execute(m: TdsMessage, request: Request): void {
    // An AbortController costs microseconds to create; one serves every request until it fires.
    if (this.abort === undefined || this.abort.signal.aborted) this.abort = new AbortController();
    this.phase = 'executing';
    this.requestRunning = true;
    this.out.beginResponse();
    const work = m.resetConnection || m.resetConnectionSkipTran
      ? this.handler.onReset(m.resetConnectionSkipTran, this.out).then(() => this.run(request))
      : this.run(request);
    work.then(this.requestSettled, this.requestFailed);
  }

  /** Hands the request to the handler (a throw becomes a rejection, as from an async handler). */
  private run(request: Request): Promise<void> {
    const signal = this.abort!.signal;
    try {
      switch (request.kind) {
        case 'batch':
          return this.handler.onSqlBatch(request.batch, this.out, signal);
        case 'rpc':
          return this.handler.onRpc(request.rpc, this.out, signal);
        case 'tm':
          return this.handler.onTransactionManager(request.tm, this.out, signal);
        case 'bulk':
          return this.handler.onBulkLoad(request.stream, this.out, signal);
        default:
          return assertNever(request);
      }
    } catch (e) {
      return Promise.reject(e);
    }
  }

  // Bound once: no closures per request.
  private readonly requestSettled = (): void => this.finishRequest();
  private readonly requestFailed = (e: unknown): void => {
    if (this.abort?.signal.aborted === true) this.finishRequest();
    else this.fail(e);
  };

  private finishRequest(): void {
    this.requestRunning = false;
    if (this.phase === 'closed') return;
    if (this.phase === 'cancelling') this.out.acknowledge(this.attentionDone());
    this.phase = 'loggedIn';
    const next = this.queued.shift();
    if (next) this.dispatch(next);
    // the packets of a bulk message that arrived while it waited its turn
    while (this.bulk && this.queued[0]?.part?.first === false) this.toBulk(this.queued.shift()!);
    this.updateInputFlow();
  }

  /** A later packet of a BULK_LOAD message: to its stream, or behind its queued first packet. */
  private continueBulk(m: TdsMessage): void {
    if (this.bulk) {
      this.toBulk(m);
      return;
    }
    if (this.queued.length === 0) {
      this.fail(new ProtocolError('BULK_LOAD packet without the start of its message'));
      return;
    }
    this.queued.push(m);
  }

  private toBulk(m: TdsMessage): void {
    this.bulk!.push(bulkPart(m));
    if (m.part?.last !== false) this.bulk = undefined;
  }

  private cancel(): void {
    if (this.phase !== 'executing') return;
    // handler rejections after this point are the abort's, not failures
    this.phase = 'cancelling';
    this.out.startDiscarding();
    this.abort?.abort(new ProtocolError('attention'));
    this.handler.onAttention();
  }

  private attentionDone(): Buffer {
    return encodeDone({ token: 'done', command: 'other', attention: true }, this.tdsVersion);
  }

  /** A request that arrived before the previous response completed waits, with input paused. */
  private enqueue(m: TdsMessage): void {
    if (this.queued.length >= 1) {
      this.fail(new ProtocolError('client sent requests without waiting for the responses'));
      return;
    }
    this.queued.push(m);
    this.updateInputFlow();
  }

  private onBackpressure(): void {
    if (this.pausedForOutput) return;
    this.pausedForOutput = true;
    this.updateInputFlow();
    void this.channel.drain().then(() => {
      this.pausedForOutput = false;
      this.updateInputFlow();
    });
  }

  private updateInputFlow(): void {
    if (this.phase === 'closed') return;
    if (this.pausedForOutput || this.queued.length > 0 || this.bulk?.full === true) this.channel.pauseInput();
    else this.channel.resumeInput();
  }

  private fail(e: unknown): void {
    if (this.phase === 'closed' && this.closing) return;
    const phase = this.phase;
    const err = e instanceof Error ? e : new Error(String(e));
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ECONNRESET' || code === 'EPIPE') this.options.logger.debug({ conn: this.id, phase, err: err.message }, 'connection reset');
    else this.options.logger.warn({ conn: this.id, phase, err: err.message, remote: this.socket.remoteAddress }, 'closing connection');
    this.phase = 'closed';
    this.channel.destroy();
    void this.close();
  }

  /** Ends the connection (server stop) and releases the handler; idempotent. */
  close(): Promise<void> {
    return this.shutdown(false);
  }

  /**
   * Ends the connection once what was written has been sent (KILL: the client must read the 596
   * that ends its request), then releases the handler as close() does. A peer that never closes
   * its side is cut off after END_GRACE_MS.
   */
  end(): Promise<void> {
    return this.shutdown(true);
  }

  private shutdown(flush: boolean): Promise<void> {
    if (this.closing) return this.closing;
    this.phase = 'closed';
    clearTimeout(this.loginTimer);
    // only a request still running needs aborting (an Error captures a stack: most closes have none)
    if (this.requestRunning) this.abort?.abort(new ProtocolError('connection closed'));
    this.bulk?.fail(new ProtocolError('connection closed during a bulk load'));
    this.bulk = undefined;
    this.queued = [];
    if (!this.socket.destroyed) {
      if (flush) {
        this.channel.end();
        setTimeout(() => this.channel.destroy(), END_GRACE_MS).unref();
      } else this.channel.destroy();
    }
    this.closing = this.handler.onClose().then(
      () => this.resolveClosed(),
      (e: unknown) => {
        this.options.logger.error({ conn: this.id, err: e instanceof Error ? e.message : String(e) }, 'session close failed');
        this.resolveClosed();
      },
    );
    return this.closing;
  }
}

function bulkPart(m: TdsMessage): BulkPart {
  return { payload: m.payload, last: m.part?.last ?? true, ignored: m.ignored };
}

function assertNever(x: never): never {
  throw new Error(`unhandled case ${JSON.stringify(x)}`);
}
