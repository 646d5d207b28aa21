// MS-TDS 3.2.5.2 / 3.3.5.1: in TDS 7.x the TLS handshake travels inside PRELOGIN (0x12) packets in
// both directions; once it is done, TLS records flow bare on the TCP stream and carry ordinary TDS
// packets. This is the "socket" a server-side tls.TLSSocket is built on: it unwraps the client's
// 0x12 packets into TLS bytes, wraps the server's handshake flights into 0x12 packets, and becomes
// a pass-through when the client's first bare TLS record arrives.
//
// Why not a stream.Duplex: TLSSocket drives any non-socket stream through Node's JSStreamSocket,
// which uses only pause/resume, cork/write/uncork, end, destroy, readable/writable and the
// 'data'/'end'/'close'/'error' events. A Duplex adds its own Readable and Writable buffering on
// every record in both directions, which cost about a quarter of the server's CPU per request on
// an encrypted connection; this object forwards bytes straight to the TCP socket and back.
import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';
import { ProtocolError } from '../../errors/protocol-error';

const HEADER = 8;
const PRELOGIN = 0x12;
const EOM = 0x01;
/** before LOGIN7 negotiates a packet size both sides use 4096 (MS-TDS 2.2.6.4) */
const HANDSHAKE_PACKET = 4096;
const MAX_PACKET = 32768;
/** TLS record content types (RFC 5246 6.2.1): change_cipher_spec .. application_data */
const TLS_RECORD_MIN = 0x14;
const TLS_RECORD_MAX = 0x17;

type WriteCallback = (error?: Error | null) => void;

export class PreloginTlsStream extends EventEmitter {
  /** read by JSStreamSocket (it rejects object-mode streams) */
  readonly _readableState = { objectMode: false } as const;
  readable = true;
  writable = true;
  private unwrapping = true;
  private wrapping = true;
  private detached = false;
  /** TLS stopped reading (its buffer is full): hold the bytes until resume() */
  private paused = false;
  private held: Buffer[] = [];
  private readonly header = Buffer.alloc(HEADER);
  private headerFill = 0;
  private payloadLeft = 0;
  private pendingOut: Buffer[] = [];
  private flushScheduled = false;
  private corked = false;
  /** the random of our ServerHello (RFC 5246 7.4.1.3), read from the first flight we wrap */
  serverRandom: Buffer | undefined;

  /**
   * @param socket the TCP socket (written to; reading it stays with the caller, who calls feed())
   * @param fail reports malformed input; the caller closes the connection
   * @param takeOver offered the client's first bare TLS bytes (the handshake is over): true when
   *   the caller serves the records itself from here (it detaches this stream), false to go on through TLS
   */
  constructor(
    private readonly socket: Socket,
    private readonly fail: (error: ProtocolError) => void,
    private readonly takeOver: (first: Buffer) => boolean = () => false,
  ) {
    super();
  }

  /**
   * Bytes read from the TCP socket, valid only during the call (socket-reader.ts): TLS copies
   * what it is given synchronously (JSStreamSocket → JSStream.readBuffer); held bytes are copied.
   */
  feed(chunk: Buffer): void {
    if (this.detached) return;
    if (!this.unwrapping) {
      this.deliver(chunk);
      return;
    }
    let at = 0;
    while (at < chunk.length) {
      if (this.payloadLeft > 0) {
        const take = Math.min(this.payloadLeft, chunk.length - at);
        this.deliver(chunk.subarray(at, at + take));
        this.payloadLeft -= take;
        at += take;
        continue;
      }
      if (this.headerFill === 0) {
        const first = chunk[at]!;
        if (first >= TLS_RECORD_MIN && first <= TLS_RECORD_MAX) {
          // The client finished its handshake (it has our Finished), so every later byte, both
          // ways, is a bare TLS record.
          this.unwrapping = false;
          this.flushHandshake();
          this.wrapping = false;
          const rest = at === 0 ? chunk : chunk.subarray(at);
          if (!this.takeOver(rest)) this.deliver(rest);
          return;
        }
      }
      const take = Math.min(HEADER - this.headerFill, chunk.length - at);
      chunk.copy(this.header, this.headerFill, at, at + take);
      this.headerFill += take;
      at += take;
      if (this.headerFill < HEADER) return;
      this.headerFill = 0;
      const type = this.header[0]!;
      const length = this.header.readUInt16BE(2);
      if (type !== PRELOGIN || length < HEADER || length > MAX_PACKET) {
        this.fail(new ProtocolError(`expected a PRELOGIN packet carrying TLS, got type 0x${type.toString(16)} length ${length}`));
        this.detached = true;
        return;
      }
      this.payloadLeft = length - HEADER;
    }
  }

  /** Login-only encryption is over: TLS is dropped both ways; later bytes belong to the caller. */
  detach(): void {
    this.detached = true;
    this.pendingOut = [];
    this.held = [];
  }

  private deliver(bytes: Buffer): void {
    if (this.paused) this.held.push(Buffer.from(bytes));
    else this.emit('data', bytes);
  }

  pause(): this {
    this.paused = true;
    return this;
  }

  resume(): this {
    this.paused = false;
    while (!this.paused && !this.detached && this.held.length > 0) this.emit('data', this.held.shift()!);
    return this;
  }

  /**
   * JSStreamSocket hands over each batch TLS produced (a record split in several buffers; during the
   * handshake, a whole flight) as cork(), write() per buffer, uncork(): one TCP write for them,
   * and during the handshake one PRELOGIN message per flight, sent at uncork().
   */
  cork(): void {
    if (this.wrapping) this.corked = true;
    else this.socket.cork();
  }

  uncork(): void {
    if (this.wrapping) {
      this.corked = false;
      this.flushHandshake();
    } else {
      this.socket.uncork();
    }
  }

  write(chunk: Buffer, callback: WriteCallback): boolean {
    if (this.detached) {
      callback();
      return true;
    }
    if (!this.wrapping) {
      // TLS waits for this callback before writing more, so the socket's backpressure reaches it
      if (this.socket.write(chunk)) callback();
      else this.socket.once('drain', () => callback());
      return true;
    }
    this.pendingOut.push(chunk);
    // A client reads exactly one PRELOGIN message per flight it sent (tedious message-io.ts), and
    // OpenSSL hands us a flight in several writes: gathered until uncork() or, outside a cork,
    // until the current I/O turn ends.
    if (!this.corked && !this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flushHandshake());
    }
    callback();
    return true;
  }

  /** TLS shutdown: close_notify has been written; the TCP socket is ended by the Channel. */
  end(callback?: () => void): this {
    this.writable = false;
    if (callback) process.nextTick(callback);
    return this;
  }

  destroy(): this {
    if (!this.readable && !this.writable && this.detached) return this;
    this.readable = false;
    this.writable = false;
    this.detach();
    process.nextTick(() => this.emit('close'));
    return this;
  }

  private flushHandshake(): void {
    this.flushScheduled = false;
    if (this.detached || this.pendingOut.length === 0) return;
    const payload = this.pendingOut.length === 1 ? this.pendingOut[0]! : Buffer.concat(this.pendingOut);
    this.pendingOut = [];
    this.serverRandom ??= serverHelloRandom(payload);
    const room = HANDSHAKE_PACKET - HEADER;
    const packets = Math.max(1, Math.ceil(payload.length / room));
    const out = Buffer.allocUnsafe(payload.length + packets * HEADER);
    let from = 0;
    let to = 0;
    for (let id = 1; id <= packets; id++) {
      const size = Math.min(room, payload.length - from);
      out[to] = PRELOGIN;
      out[to + 1] = id === packets ? EOM : 0;
      out.writeUInt16BE(size + HEADER, to + 2);
      out.writeUInt16BE(0, to + 4);
      out[to + 6] = id & 0xff;
      out[to + 7] = 0;
      payload.copy(out, to + HEADER, from, from + size);
      from += size;
      to += size + HEADER;
    }
    this.socket.write(out);
  }
}

/** a handshake record (22) starting with a ServerHello (2): record header 5, handshake header 4, version 2, then the random (RFC 5246 7.4.1.3) */
function serverHelloRandom(flight: Buffer): Buffer | undefined {
  const at = 5 + 4 + 2;
  if (flight.length < at + 32 || flight[0] !== 22 || flight[5] !== 2) return undefined;
  return Buffer.from(flight.subarray(at, at + 32));
}
