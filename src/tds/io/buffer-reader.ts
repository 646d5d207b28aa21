// A bounds-checked little-endian cursor over one whole TDS message. Every read checks that the
// bytes are present, so a lying length field ends in a ProtocolError, never in a RangeError, a
// silent zero, or an allocation sized by the attacker (slices share the message's memory).
import { ProtocolError } from '../../errors/protocol-error';

/**
 * The input ended before a field: a ProtocolError for a whole message, but a decoder fed a
 * message piece by piece (bulk load) waits for more bytes instead.
 */
export class TruncatedInput extends ProtocolError {
  constructor(message: string) {
    // thrown once per packet that ends inside a bulk row: no stack trace (it costs more than the row)
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

export class BufferReader {
  private pos: number;

  constructor(
    private readonly buf: Buffer,
    offset = 0,
    private readonly what = 'message',
  ) {
    this.pos = offset;
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  get length(): number {
    return this.buf.length;
  }

  atEnd(): boolean {
    return this.pos >= this.buf.length;
  }

  /** Throws unless `n` more bytes are present (TruncatedInput when the bytes are merely missing). */
  need(n: number, field: string): void {
    if (!Number.isSafeInteger(n) || n < 0 || n > this.remaining) {
      throw new (Number.isSafeInteger(n) && n >= 0 ? TruncatedInput : ProtocolError)(
        `${this.what}: ${field} needs ${n} bytes at offset ${this.pos}, only ${this.remaining} left`,
      );
    }
  }

  seek(offset: number, field: string): void {
    if (offset < 0 || offset > this.buf.length) {
      throw new ProtocolError(`${this.what}: ${field} offset ${offset} outside ${this.buf.length} bytes`);
    }
    this.pos = offset;
  }

  skip(n: number, field: string): void {
    this.need(n, field);
    this.pos += n;
  }

  u8(field: string): number {
    this.need(1, field);
    return this.buf[this.pos++] as number;
  }

  /** The next byte without consuming it. */
  peekU8(): number {
    this.need(1, 'next byte');
    return this.buf[this.pos] as number;
  }

  u16le(field: string): number {
    this.need(2, field);
    const v = this.buf.readUInt16LE(this.pos);
    this.pos += 2;
    return v;
  }

  u16be(field: string): number {
    this.need(2, field);
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  i16le(field: string): number {
    this.need(2, field);
    const v = this.buf.readInt16LE(this.pos);
    this.pos += 2;
    return v;
  }

  u32le(field: string): number {
    this.need(4, field);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  u32be(field: string): number {
    this.need(4, field);
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  i32le(field: string): number {
    this.need(4, field);
    const v = this.buf.readInt32LE(this.pos);
    this.pos += 4;
    return v;
  }

  u64le(field: string): bigint {
    this.need(8, field);
    const v = this.buf.readBigUInt64LE(this.pos);
    this.pos += 8;
    return v;
  }

  i64le(field: string): bigint {
    this.need(8, field);
    const v = this.buf.readBigInt64LE(this.pos);
    this.pos += 8;
    return v;
  }

  f32le(field: string): number {
    this.need(4, field);
    const v = this.buf.readFloatLE(this.pos);
    this.pos += 4;
    return v;
  }

  f64le(field: string): number {
    this.need(8, field);
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  /** Unsigned little-endian integer of 1..6 bytes (dates, times). */
  uintle(n: number, field: string): number {
    this.need(n, field);
    const v = this.buf.readUIntLE(this.pos, n);
    this.pos += n;
    return v;
  }

  /** A view of the next `n` bytes (no copy). */
  bytes(n: number, field: string): Buffer {
    this.need(n, field);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  /** `chars` UCS-2 code units (MS-TDS lengths count characters, not bytes). */
  ucs2(chars: number, field: string): string {
    const n = chars * 2;
    this.need(n, field);
    // decoded in place: no view object for a string that is all the caller keeps
    const text = this.buf.toString('utf16le', this.pos, this.pos + n);
    this.pos += n;
    return text;
  }

  /** MS-TDS 2.2.5.2.2 B_VARCHAR: BYTE character count + UCS-2. */
  bVarchar(field: string): string {
    return this.ucs2(this.u8(field), field);
  }

  /** MS-TDS 2.2.5.2.2 US_VARCHAR: USHORT character count + UCS-2. */
  usVarchar(field: string): string {
    return this.ucs2(this.u16le(field), field);
  }

  /** MS-TDS 2.2.5.2.2 B_VARBYTE: BYTE length + bytes. */
  bVarbyte(field: string): Buffer {
    return this.bytes(this.u8(field), field);
  }
}
