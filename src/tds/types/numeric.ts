// Byte forms of decimal, money and uniqueidentifier values (MS-TDS 2.2.5.5.1.4, .6, .7).
import { ProtocolError } from '../../errors/protocol-error';
import { SqlDecimal } from '../../types/values';

/** Sign byte of a decimal: 0 negative, 1 non-negative. */
const DECIMAL_NEGATIVE = 0;
const DECIMAL_POSITIVE = 1;
const MAX_DECIMAL_MAGNITUDE_BYTES = 16;

/** 2.2.5.5.1.6: 1 sign byte + 4/8/12/16 magnitude bytes chosen by precision. */
export function decimalLength(precision: number): number {
  return precision <= 9 ? 5 : precision <= 19 ? 9 : precision <= 28 ? 13 : 17;
}

/** Brings a decimal to `scale` digits, rounding half away from zero like SQL Server. */
export function rescale(value: SqlDecimal, scale: number): bigint {
  if (value.scale === scale) return value.unscaled;
  if (value.scale < scale) return value.unscaled * 10n ** BigInt(scale - value.scale);
  const divisor = 10n ** BigInt(value.scale - scale);
  const q = value.unscaled / divisor;
  const r = value.unscaled % divisor;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= divisor) return value.unscaled < 0n ? q - 1n : q + 1n;
  return q;
}

export function encodeDecimal(value: SqlDecimal, precision: number, scale: number): Buffer {
  const unscaled = rescale(value, scale);
  const length = decimalLength(precision);
  const out = Buffer.alloc(length);
  out[0] = unscaled < 0n ? DECIMAL_NEGATIVE : DECIMAL_POSITIVE;
  let magnitude = unscaled < 0n ? -unscaled : unscaled;
  for (let i = 1; i < length; i++) {
    out[i] = Number(magnitude & 0xffn);
    magnitude >>= 8n;
  }
  if (magnitude !== 0n) throw new RangeError(`decimal value does not fit precision ${precision}`);
  return out;
}

export function decodeDecimal(bytes: Buffer, scale: number): SqlDecimal {
  // MS-TDS 2.2.5.5.1.3 names 4, 8, 12 or 16 magnitude bytes, but FreeTDS sends the fewest its
  // precision needs (6 bytes in all for decimal(10,2) in a bulk-load row) and SQL Server takes
  // them: any length up to 16 is read as the little-endian magnitude it is.
  const magnitudeBytes = bytes.length - 1;
  if (magnitudeBytes < 1 || magnitudeBytes > MAX_DECIMAL_MAGNITUDE_BYTES) {
    throw new ProtocolError(`decimal value of ${bytes.length} bytes`);
  }
  let magnitude = 0n;
  for (let i = bytes.length - 1; i >= 1; i--) magnitude = (magnitude << 8n) | BigInt(bytes[i] as number);
  return new SqlDecimal(bytes[0] === DECIMAL_NEGATIVE ? -magnitude : magnitude, scale);
}

/** 2.2.5.5.1.4 money: 8 bytes, the high signed 32 bits first, then the low 32 bits. */
export function encodeMoney(value: bigint): Buffer {
  const out = Buffer.alloc(8);
  out.writeInt32LE(Number(BigInt.asIntN(32, value >> 32n)), 0);
  out.writeUInt32LE(Number(BigInt.asUintN(32, value)), 4);
  return out;
}

export function decodeMoney(bytes: Buffer): bigint {
  return (BigInt(bytes.readInt32LE(0)) << 32n) | BigInt(bytes.readUInt32LE(4));
}

/** Byte positions of the canonical text's hex pairs: the first three groups are little-endian. */
const GUID_BYTE_ORDER = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15] as const;
const GUID_LENGTH = 16;

export function encodeGuid(text: string): Buffer {
  const out = Buffer.allocUnsafe(GUID_LENGTH);
  if (!guidBytesInto(text, out, 0)) throw new RangeError(`not a uniqueidentifier: ${text}`);
  return out;
}

/** offsets of the four hyphens of the canonical text */
const HYPHENS = [8, 13, 18, 23] as const;
const HYPHEN = 0x2d;
const GUID_TEXT_LENGTH = 36;

/** 0-15 for a hex digit's character code (either case), -1 for anything else */
function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * The 16 wire bytes of a canonical uniqueidentifier text (8-4-4-4-12 hex digits, either case) into `out` at
 * `at`; false when the text is not one (what was written then means nothing). Character codes
 * rather than a pattern test, a hyphen-less copy and a hex Buffer: a GUID column is in every row
 * of sysjobhistory-like tables.
 */
export function guidBytesInto(text: string, out: Uint8Array, at: number): boolean {
  if (text.length !== GUID_TEXT_LENGTH) return false;
  for (const h of HYPHENS) if (text.charCodeAt(h) !== HYPHEN) return false;
  let pair = 0;
  for (let i = 0; i < GUID_TEXT_LENGTH; i += 2) {
    // the pairs start at even offsets up to the first hyphen, at odd ones after it
    if (i === HYPHENS[0] || i === HYPHENS[1] || i === HYPHENS[2] || i === HYPHENS[3]) i++;
    const high = hexDigit(text.charCodeAt(i));
    const low = hexDigit(text.charCodeAt(i + 1));
    if (high < 0 || low < 0) return false;
    out[at + GUID_BYTE_ORDER[pair]!] = (high << 4) | low;
    pair++;
  }
  return true;
}

export function decodeGuid(bytes: Buffer): string {
  if (bytes.length !== GUID_LENGTH) throw new ProtocolError(`uniqueidentifier of ${bytes.length} bytes`);
  const canonical = Buffer.allocUnsafe(GUID_LENGTH);
  for (let i = 0; i < GUID_LENGTH; i++) canonical[i] = bytes[GUID_BYTE_ORDER[i]!]!;
  const hex = canonical.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
