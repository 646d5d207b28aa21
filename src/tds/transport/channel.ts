// The byte pipe of one connection: the TCP socket, with TLS switched in and out as the session's
// phase demands. The session sees only "bytes in" (onBytes) and write()/drain(); which of
// clear / PRELOGIN-wrapped TLS / bare TLS / TDS 8.0 TLS carries them is decided here.
//
//   clear         socket --read--> onBytes            write -> socket
//   tds7 TLS      socket --read--> PreloginTlsStream -> TLSSocket --data--> onBytes
//                 write -> TLSSocket -> PreloginTlsStream -> socket
//                 until the client's first record after the handshake; then, for an AES-GCM
//                 suite, the records are sealed and opened here and the TLSSocket is gone:
//                 socket --read--> Tls12GcmRecords --> onBytes   write -> seal -> socket
//   login-only    as tds7 TLS until dropTls(); then clear again
//   strict (8.0)  socket (handle taken over by TLSSocket) -> TLSSocket --data--> onBytes
// "read" is socket-reader.ts: onread into a shared buffer (listener-accepted sockets) or 'data';
// a chunk is valid only during the call.
import type { Socket } from 'node:net';
import { TLSSocket, type SecureContext } from 'node:tls';
import { ProtocolError } from '../../errors/protocol-error';
import { PreloginTlsStream } from './prelogin-tls-stream';
import { readSocket } from './socket-reader';
import { TDS8_ALPN } from './tls-contexts';
import { deriveGcmKeys, gcmSuite, parseKeylogLine } from './tls12-keys';
import { Tls12GcmRecords, type RecordEvents } from './tls12-records';

export interface ChannelEvents {
  onBytes(chunk: Buffer): void;
  /** malformed TLS framing or a TLS failure: the connection must end */
  onFailure(error: Error): void;
}

export class Channel {
  private tls: TLSSocket | undefined;
  private prelogin: PreloginTlsStream | undefined;
  /** TDS 7.x TLS after the handshake, records sealed and opened here (tls12-records.ts) */
  private records: Tls12GcmRecords | undefined;
  /** the master secret OpenSSL reported for this connection's handshake ('keylog') */
  private secret: ReturnType<typeof parseKeylogLine>;
  /** something went out through the TLSSocket after the handshake: our sequence numbers would be wrong */
  private wroteThroughTls = false;
  private out: Socket;
  /** what pauseInput/resumeInput act on: the TCP socket, or the TLSSocket that took its handle */
  private input: Socket;
  private readonly stopReading: () => void;
  private readonly onRaw = (chunk: Buffer): void => {
    if (this.records) this.records.feed(chunk);
    else if (this.prelogin) this.prelogin.feed(chunk);
    else this.events.onBytes(chunk);
  };
  private readonly onTlsBytes = (chunk: Buffer): void => this.events.onBytes(chunk);

  constructor(readonly socket: Socket, private readonly events: ChannelEvents) {
    this.out = socket;
    this.input = socket;
    socket.setNoDelay(true);
    this.stopReading = readSocket(socket, this.onRaw);
  }

  get encrypted(): boolean {
    return this.tls !== undefined || this.records !== undefined;
  }

  /** false when the socket buffer is over its high-water mark: await drain() before writing more */
  write(bytes: Buffer): boolean {
    if (this.records) return this.socket.write(this.records.seal(bytes));
    if (this.tls) this.wroteThroughTls = true;
    return this.out.write(bytes);
  }

  get writeBacklog(): number {
    return this.out.writableLength;
  }

  /** Holds writes back until uncork(), so the packets of one response leave in one writev. */
  cork(): void {
    this.out.cork();
  }

  uncork(): void {
    this.out.uncork();
  }

  drain(): Promise<void> {
    if (!this.out.writableNeedDrain || this.out.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        this.out.off('drain', done);
        this.out.off('close', done);
        resolve();
      };
      this.out.on('drain', done);
      this.out.on('close', done);
    });
  }

  pauseInput(): void {
    this.input.pause();
  }

  resumeInput(): void {
    this.input.resume();
  }

  /** TDS 7.x: runs the handshake carried in PRELOGIN packets; resolves once TLS is up. */
  startTls(context: SecureContext): Promise<void> {
    const prelogin = new PreloginTlsStream(this.socket, (e) => this.events.onFailure(e), this.takeOver);
    const tls = new TLSSocket(prelogin as unknown as Socket, { isServer: true, secureContext: context });
    tls.on('keylog', (line: Buffer) => {
      this.secret = parseKeylogLine(line);
    });
    this.prelogin = prelogin;
    return this.secure(tls);
  }

  /**
   * The client's first bytes after the TDS 7.x handshake (valid only during the call). When the
   * suite is AES-GCM and the first record opens with the keys derived from the handshake, the
   * records are ours from here and the TLSSocket is dropped; otherwise (another suite, a record
   * split across reads, keys not as expected) TLS goes on through the TLSSocket, as before.
   */
  private readonly takeOver = (first: Buffer): boolean => {
    const { tls, prelogin, secret } = this;
    if (!tls || !prelogin || this.out !== (tls as unknown as Socket) || this.wroteThroughTls || !secret || !prelogin.serverRandom) return false;
    const suite = gcmSuite(tls.getCipher()?.standardName);
    if (!suite) return false;
    const keys = deriveGcmKeys(suite, secret.masterSecret, secret.clientRandom, prelogin.serverRandom);
    // a trial: what the first records carry is held back until one of them has opened
    let held: (() => void)[] | undefined = [];
    const events: RecordEvents = {
      onData: (plain) => (held ? held.push(() => this.events.onBytes(plain)) : this.events.onBytes(plain)),
      onClose: () => undefined,
      onFailure: (e) => (held ? held.push(() => this.events.onFailure(e)) : this.events.onFailure(e)),
    };
    const records = new Tls12GcmRecords(keys, events);
    records.feed(first);
    if (records.opened === 0) return false;
    this.releaseTls();
    this.records = records;
    const deliveries = held;
    held = undefined;
    for (const deliver of deliveries) deliver();
    return true;
  };

  /** the TLSSocket and its PreloginTlsStream go, silently: nothing more is written through them */
  private releaseTls(): void {
    const { tls, prelogin } = this;
    prelogin?.detach();
    if (tls) {
      tls.off('data', this.onTlsBytes);
      tls.removeAllListeners('error');
      tls.on('error', () => undefined);
      tls.destroy();
    }
    this.tls = undefined;
    this.prelogin = undefined;
    this.out = this.socket;
  }

  /**
   * Login-only encryption: LOGIN7 has been decrypted, so TLS goes away in both directions and the
   * login response is written in clear. Nothing else can be in flight: the client waits for it.
   */
  dropTls(): void {
    this.records = undefined;
    if (this.tls && this.prelogin) this.releaseTls();
  }

  /**
   * TDS 8.0 strict: the client opened with a TLS ClientHello (first byte 0x16). `first` is what was
   * already read; it is handed back to the socket so TLS sees the whole ClientHello.
   */
  startStrictTls(first: Buffer, context: SecureContext): Promise<void> {
    this.stopReading();
    this.socket.pause();
    // a copy: `first` may be a view of the shared read buffer (socket-reader.ts)
    this.socket.unshift(Buffer.from(first));
    const tls = new TLSSocket(this.socket, { isServer: true, secureContext: context, ALPNProtocols: [TDS8_ALPN] });
    this.input = tls as unknown as Socket;
    return this.secure(tls);
  }

  private secure(tls: TLSSocket): Promise<void> {
    this.tls = tls;
    return new Promise((resolve, reject) => {
      const onError = (e: Error): void => {
        tls.off('secure', onSecure);
        reject(new ProtocolError(`TLS handshake failed: ${e.message}`));
      };
      const onSecure = (): void => {
        tls.off('error', onError);
        tls.on('error', (e) => this.events.onFailure(e));
        tls.on('data', this.onTlsBytes);
        this.out = tls as unknown as Socket;
        resolve();
      };
      tls.once('error', onError);
      tls.once('secure', onSecure);
    });
  }

  /** MS-TDS / tds.md trap 20: one TDS packet per TLS record, so records never exceed a packet. */
  setPacketSize(size: number): void {
    this.tls?.setMaxSendFragment(size);
  }

  /** Ends the connection after what was written has been sent. */
  end(): void {
    if (this.records) this.socket.write(this.records.closeNotify());
    if (this.tls) this.tls.end();
    this.socket.end();
  }

  destroy(): void {
    this.tls?.destroy();
    this.socket.destroy();
  }
}
