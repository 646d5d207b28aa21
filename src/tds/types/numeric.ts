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
  const magnitudeBytes = bytes.length - 1;
  if (![4, 8, 12, MAX_DECIMAL_MAGNITUDE_BYTES].includes(magnitudeBytes)) {
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
const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeGuid(text: string): Buffer {
  if (!GUID_PATTERN.test(text)) throw new RangeError(`not a uniqueidentifier: ${text}`);
  const canonical = Buffer.from(text.replace(/-/g, ''), 'hex');
  const out = Buffer.allocUnsafe(GUID_LENGTH);
  for (let i = 0; i < GUID_LENGTH; i++) out[GUID_BYTE_ORDER[i]!] = canonical[i]!;
  return out;
}

export function decodeGuid(bytes: Buffer): string {
  if (bytes.length !== GUID_LENGTH) throw new ProtocolError(`uniqueidentifier of ${bytes.length} bytes`);
  const canonical = Buffer.allocUnsafe(GUID_LENGTH);
  for (let i = 0; i < GUID_LENGTH; i++) canonical[i] = bytes[GUID_BYTE_ORDER[i]!]!;
  const hex = canonical.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
