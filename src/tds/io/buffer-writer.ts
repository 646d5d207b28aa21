// A growable little-endian byte builder for one token or message. Capacity doubles, so writing
// n bytes costs O(n) amortised; `toBuffer()` returns a view, not a copy.
const INITIAL_CAPACITY = 256;
const UINT32_RANGE = 2 ** 32;

export class BufferWriter {
  private buf: Buffer;
  private pos = 0;

  constructor(capacity = INITIAL_CAPACITY) {
    this.buf = Buffer.allocUnsafe(Math.max(capacity, 16));
  }

  get length(): number {
    return this.pos;
  }

  /** The bytes written are the first `length` of this (valid until the next write). */
  get buffer(): Buffer {
    return this.buf;
  }

  /** Starts over, keeping the memory: a writer reused for one token after another. */
  reset(): this {
    this.pos = 0;
    return this;
  }

  private reserve(n: number): number {
    const at = this.pos;
    if (at + n > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < at + n) size *= 2;
      const grown = Buffer.allocUnsafe(size);
      this.buf.copy(grown, 0, 0, at);
      this.buf = grown;
    }
    this.pos += n;
    return at;
  }

  u8(v: number): this {
    const at = this.reserve(1);
    this.buf[at] = v & 0xff;
    return this;
  }

  u16le(v: number): this {
    const at = this.reserve(2);
    this.buf.writeUInt16LE(v, at);
    return this;
  }

  u16be(v: number): this {
    const at = this.reserve(2);
    this.buf.writeUInt16BE(v, at);
    return this;
  }

  i16le(v: number): this {
    const at = this.reserve(2);
    this.buf.writeInt16LE(v, at);
    return this;
  }

  u32le(v: number): this {
    const at = this.reserve(4);
    this.buf.writeUInt32LE(v >>> 0, at);
    return this;
  }

  u32be(v: number): this {
    const at = this.reserve(4);
    this.buf.writeUInt32BE(v >>> 0, at);
    return this;
  }

  i32le(v: number): this {
    const at = this.reserve(4);
    this.buf.writeInt32LE(v, at);
    return this;
  }

  u64le(v: bigint | number): this {
    const at = this.reserve(8);
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) {
      // row counts and lengths: two ULONGs, without a BigInt per DONE token
      this.buf.writeUInt32LE(v % UINT32_RANGE, at);
      this.buf.writeUInt32LE(Math.floor(v / UINT32_RANGE), at + 4);
    } else this.buf.writeBigUInt64LE(BigInt(v), at);
    return this;
  }

  i64le(v: bigint): this {
    const at = this.reserve(8);
    this.buf.writeBigInt64LE(v, at);
    return this;
  }

  f32le(v: number): this {
    const at = this.reserve(4);
    this.buf.writeFloatLE(v, at);
    return this;
  }

  f64le(v: number): this {
    const at = this.reserve(8);
    this.buf.writeDoubleLE(v, at);
    return this;
  }

  /** Unsigned little-endian integer of 1..6 bytes. */
  uintle(v: number, n: number): this {
    const at = this.reserve(n);
    this.buf.writeUIntLE(v, at, n);
    return this;
  }

  bytes(b: Uint8Array): this {
    const at = this.reserve(b.length);
    this.buf.set(b, at);
    return this;
  }

  ucs2(s: string): this {
    const at = this.reserve(s.length * 2);
    this.buf.write(s, at, s.length * 2, 'utf16le');
    return this;
  }

  /** MS-TDS 2.2.5.2.2 B_VARCHAR (BYTE character count). */
  bVarchar(s: string): this {
    const text = s.length > 0xff ? s.slice(0, 0xff) : s;
    return this.u8(text.length).ucs2(text);
  }

  /** MS-TDS 2.2.5.2.2 US_VARCHAR (USHORT character count). */
  usVarchar(s: string): this {
    const text = s.length > 0xffff ? s.slice(0, 0xffff) : s;
    return this.u16le(text.length).ucs2(text);
  }

  /** MS-TDS 2.2.5.2.2 B_VARBYTE. */
  bVarbyte(b: Uint8Array): this {
    return this.u8(b.length).bytes(b);
  }

  /** Overwrites a USHORT written earlier (length fields known only afterwards). */
  patchU16le(at: number, v: number): void {
    this.buf.writeUInt16LE(v, at);
  }

  patchU16be(at: number, v: number): void {
    this.buf.writeUInt16BE(v, at);
  }

  patchU32le(at: number, v: number): void {
    this.buf.writeUInt32LE(v >>> 0, at);
  }

  toBuffer(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}
