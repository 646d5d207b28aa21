// The TLS 1.2 record layer of an AES-GCM session once its handshake is over (RFC 5246 6.2, RFC 5288).
//
// Why: in TDS 7.x the handshake travels inside PRELOGIN packets, so Node's TLSSocket must run over
// a JS stream (PreloginTlsStream), and Node drives any such stream through JSStreamSocket: every
// later record, both ways, crosses JS -> C++ -> JS (stream emit, readBuffer, the TLSSocket's
// Readable push, its Writable, a write request and a setImmediate per write). After the handshake
// the records only need sealing and opening: the Channel derives the keys (tls12-keys.ts), drops the
// TLSSocket and reads and writes the TCP socket directly, one AES-GCM call per record.
//
// Sequence numbers start at 1 both ways: each side's Finished was record 0 under the new keys
// (RFC 5246 6.1, 7.4.9). The Channel checks that the first record opens before it trusts this.
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { ProtocolError } from '../../errors/protocol-error';
import type { GcmKeys } from './tls12-keys';

const HEADER = 5;
const EXPLICIT_NONCE = 8;
const TAG = 16;
/** RFC 5246 6.2.1: 2^14 plaintext bytes at most; 6.2.3: a ciphertext up to 2^14 + 2048 */
const MAX_PLAIN = 16384;
const MAX_CIPHER = MAX_PLAIN + 2048;
const CONTENT = { changeCipherSpec: 20, alert: 21, handshake: 22, applicationData: 23 } as const;
const ALERT_CLOSE_NOTIFY = 0;

export interface RecordEvents {
  onData(plain: Buffer): void;
  /** the peer's close_notify: nothing more will come */
  onClose(): void;
  onFailure(error: Error): void;
}

/** one direction's nonce and additional data (RFC 5288 3, RFC 5246 6.2.3.3), reused record after record */
class Direction {
  private seq = 1;
  readonly nonce = Buffer.alloc(4 + EXPLICIT_NONCE);
  readonly aad = Buffer.alloc(13);

  constructor(readonly key: Buffer, salt: Buffer) {
    salt.copy(this.nonce, 0);
  }

  /** fills the additional data of the next record (and counts it) */
  next(type: number, plainLength: number): void {
    const seq = this.seq++;
    this.aad.writeUInt32BE(Math.floor(seq / 0x1_0000_0000), 0);
    this.aad.writeUInt32BE(seq >>> 0, 4);
    this.aad[8] = type;
    this.aad[9] = 3;
    this.aad[10] = 3;
    this.aad.writeUInt16BE(plainLength, 11);
  }
}

export class Tls12GcmRecords {
  private readonly in: Direction;
  private readonly out: Direction;
  private readonly cipher: GcmKeys['suite']['cipher'];
  /** an unfinished record (or record header) carried over to the next read: a copy, reads are views of a shared buffer */
  private pending: Buffer | undefined;
  private pendingFill = 0;
  private failed = false;
  /** records opened so far */
  opened = 0;

  constructor(keys: GcmKeys, private readonly events: RecordEvents) {
    this.cipher = keys.suite.cipher;
    this.in = new Direction(keys.clientKey, keys.clientSalt);
    this.out = new Direction(keys.serverKey, keys.serverSalt);
  }

  /** Bytes read from the socket (valid only during the call): complete records are opened and delivered. */
  feed(chunk: Buffer): void {
    let at = this.pending ? this.fillPending(chunk) : 0;
    while (!this.failed && !this.pending && at < chunk.length) {
      if (chunk.length - at < HEADER) {
        this.startPending(chunk.subarray(at), HEADER);
        return;
      }
      const length = this.recordLength(chunk, at);
      if (length < 0) return;
      if (chunk.length - at < HEADER + length) {
        this.startPending(chunk.subarray(at), HEADER + length);
        return;
      }
      this.record(chunk[at]!, chunk.subarray(at + HEADER, at + HEADER + length));
      at += HEADER + length;
    }
  }

  /** the record length from the header at `at`, or -1 (and the session failed) when the header is not a TLS 1.2 record's */
  private recordLength(bytes: Buffer, at: number): number {
    const length = bytes.readUInt16BE(at + 3);
    if (bytes[at + 1] !== 3 || bytes[at + 2] !== 3 || length > MAX_CIPHER || length < EXPLICIT_NONCE + TAG) {
      this.fail(new ProtocolError(`malformed TLS record (type ${bytes[at]}, length ${length})`));
      return -1;
    }
    return length;
  }

  /** an unfinished record (or header) is copied into a buffer of its full size, so that a record trickling in costs one copy */
  private startPending(bytes: Buffer, size: number): void {
    this.pending = Buffer.allocUnsafe(size);
    bytes.copy(this.pending);
    this.pendingFill = bytes.length;
  }

  /** completes the unfinished record from `chunk`; returns the bytes of `chunk` used */
  private fillPending(chunk: Buffer): number {
    let at = 0;
    while (this.pending && at < chunk.length) {
      const pending = this.pending;
      const take = Math.min(pending.length - this.pendingFill, chunk.length - at);
      chunk.copy(pending, this.pendingFill, at, at + take);
      this.pendingFill += take;
      at += take;
      if (this.pendingFill < pending.length) break;
      if (pending.length === HEADER) {
        const length = this.recordLength(pending, 0);
        if (length < 0) return chunk.length;
        this.pending = Buffer.allocUnsafe(HEADER + length);
        pending.copy(this.pending);
        continue;
      }
      this.pending = undefined;
      this.record(pending[0]!, pending.subarray(HEADER));
    }
    return at;
  }

  /** `plain` sealed into application_data records of 2^14 bytes at most (one per TDS packet: the writer writes packet by packet) */
  seal(plain: Buffer): Buffer {
    if (plain.length <= MAX_PLAIN) return this.sealRecord(CONTENT.applicationData, plain);
    const records: Buffer[] = [];
    for (let at = 0; at < plain.length; at += MAX_PLAIN) records.push(this.sealRecord(CONTENT.applicationData, plain.subarray(at, at + MAX_PLAIN)));
    return Buffer.concat(records);
  }

  /** our close_notify (warning level), written before the TCP connection ends */
  closeNotify(): Buffer {
    return this.sealRecord(CONTENT.alert, Buffer.from([1, ALERT_CLOSE_NOTIFY]));
  }

  private sealRecord(type: number, plain: Buffer): Buffer {
    const d = this.out;
    d.next(type, plain.length);
    // the explicit nonce is the sequence number (unique per key, as OpenSSL does)
    d.aad.copy(d.nonce, 4, 0, EXPLICIT_NONCE);
    const record = Buffer.allocUnsafe(HEADER + EXPLICIT_NONCE + plain.length + TAG);
    record[0] = type;
    record[1] = 3;
    record[2] = 3;
    record.writeUInt16BE(EXPLICIT_NONCE + plain.length + TAG, 3);
    d.nonce.copy(record, HEADER, 4);
    const c = createCipheriv(this.cipher, d.key, d.nonce);
    c.setAAD(d.aad);
    const sealed = c.update(plain);
    c.final();
    sealed.copy(record, HEADER + EXPLICIT_NONCE);
    c.getAuthTag().copy(record, HEADER + EXPLICIT_NONCE + plain.length);
    return record;
  }

  private record(type: number, body: Buffer): void {
    const d = this.in;
    const plainLength = body.length - EXPLICIT_NONCE - TAG;
    d.next(type, plainLength);
    body.copy(d.nonce, 4, 0, EXPLICIT_NONCE);
    let plain: Buffer;
    try {
      const c = createDecipheriv(this.cipher, d.key, d.nonce);
      c.setAAD(d.aad);
      c.setAuthTag(body.subarray(body.length - TAG));
      plain = c.update(body.subarray(EXPLICIT_NONCE, body.length - TAG));
      c.final();
    } catch {
      this.fail(new ProtocolError('TLS record failed authentication (bad_record_mac)'));
      return;
    }
    this.opened++;
    switch (type) {
      case CONTENT.applicationData:
        if (plain.length > 0) this.events.onData(plain);
        return;
      case CONTENT.alert:
        if (plain.length === 2 && plain[1] === ALERT_CLOSE_NOTIFY) {
          this.failed = true;
          this.events.onClose();
        } else {
          this.fail(new ProtocolError(`TLS alert ${plain[1] ?? '?'} from the client`));
        }
        return;
      default:
        // handshake (a renegotiation) or change_cipher_spec after the handshake: not served
        this.fail(new ProtocolError(`unexpected TLS record type ${type} after the handshake`));
    }
  }

  private fail(error: Error): void {
    this.failed = true;
    this.pending = undefined;
    this.events.onFailure(error);
  }
}
