// CAST/CONVERT to binary/varbinary/image and uniqueidentifier. Numbers become their big-endian
// bytes (truncated on the left when the target is shorter), text its code-page bytes (style 0)
// or parsed hex (styles 1: '0x..', 2: '..'); binary(n) pads with zeros on the right.
import { sqlError, sqlErrorWithState } from '../errors/catalog';
import { isCharacter, isUnicode } from './categories';
import { DAYS_1900, datetimeUnits } from './dates';
import { encodeCp1252 } from './code-page';
import { guidFromBuffer, guidToBuffer, parseGuid } from './guid';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlDateTime, SqlDecimal } from './values';


function bigEndian(n: bigint, width: number): Buffer {
  const out = Buffer.alloc(width);
  let x = BigInt.asUintN(width * 8, n);
  for (let i = width - 1; i >= 0; i--) {
    out[i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return out;
}

function hexToBuffer(text: string, style: number, v: Typed, target: SqlType): Buffer {
  let hex = text;
  if (style === 1) {
    if (!/^0x/i.test(hex)) throw sqlError(8114, typeName(v.type), typeName(target));
    hex = hex.slice(2);
  }
  if (!/^[0-9a-f]*$/i.test(hex) || hex.length % 2 === 1) throw sqlError(8114, typeName(v.type), typeName(target));
  return Buffer.from(hex, 'hex');
}

function bytesOf(v: Typed, target: SqlType, style: number): Buffer {
  const x = v.value;
  switch (v.type.kind) {
    case 'bit':
    case 'tinyint':
      return bigEndian(BigInt(x === true ? 1 : x === false ? 0 : (x as number)), 1);
    case 'smallint':
      return bigEndian(BigInt(x as number), 2);
    case 'int':
      return bigEndian(BigInt(x as number), 4);
    case 'bigint':
    case 'money':
      return bigEndian(x as bigint, 8);
    case 'smallmoney':
      return bigEndian(x as bigint, 4);
    case 'decimal': {
      // SQL Server's internal form: precision, scale, sign (1 = positive), magnitude little-endian.
      const d = x as SqlDecimal;
      const t = v.type as SqlType & { kind: 'decimal' };
      const size = t.precision <= 9 ? 4 : t.precision <= 19 ? 8 : t.precision <= 28 ? 12 : 16;
      const mag = bigEndian(d.unscaled < 0n ? -d.unscaled : d.unscaled, size).reverse();
      return Buffer.concat([Buffer.from([t.precision, t.scale, d.unscaled < 0n ? 0 : 1]), mag]);
    }
    case 'float': {
      const b = Buffer.alloc(8);
      b.writeDoubleBE(x as number);
      return b;
    }
    case 'real': {
      const b = Buffer.alloc(4);
      b.writeFloatBE(x as number);
      return b;
    }
    case 'datetime': {
      const dt = x as SqlDateTime;
      const b = Buffer.alloc(8);
      b.writeInt32BE(dt.days - DAYS_1900, 0);
      b.writeInt32BE(datetimeUnits(dt.ticks), 4);
      return b;
    }
    case 'smalldatetime': {
      const dt = x as SqlDateTime;
      const b = Buffer.alloc(4);
      b.writeUInt16BE(dt.days - DAYS_1900, 0);
      b.writeUInt16BE(Math.round(dt.ticks / 600_000_000), 2);
      return b;
    }
    case 'uniqueidentifier':
      return guidToBuffer(String(x));
    case 'binary':
    case 'varbinary':
    case 'image':
      return x as Buffer;
    default:
      if (isCharacter(v.type)) {
        const text = String(x);
        if (style === 1 || style === 2) return hexToBuffer(text, style, v, target);
        return isUnicode(v.type) ? Buffer.from(text, 'utf16le') : encodeCp1252(text);
      }
      throw sqlError(529, typeName(v.type), typeName(target));
  }
}

const NUMBER_KINDS = new Set(['bit', 'tinyint', 'smallint', 'int', 'bigint', 'money', 'smallmoney', 'float', 'real', 'decimal']);

export function toBinary(v: Typed, target: SqlType, style: number | undefined): Buffer {
  let bytes = bytesOf(v, target, style ?? 0);
  if (!('length' in target) || target.length === 'max') return bytes;
  const length = target.length;
  if (bytes.length > length) {
    bytes = NUMBER_KINDS.has(v.type.kind) ? bytes.subarray(bytes.length - length) : bytes.subarray(0, length);
  }
  if (target.kind === 'binary' && bytes.length < length) {
    bytes = NUMBER_KINDS.has(v.type.kind)
      ? Buffer.concat([Buffer.alloc(length - bytes.length), bytes])
      : Buffer.concat([bytes, Buffer.alloc(length - bytes.length)]);
  }
  return Buffer.from(bytes);
}

export function toGuid(v: Typed, target: SqlType): string {
  if (v.type.kind === 'uniqueidentifier') return String(v.value);
  if (Buffer.isBuffer(v.value)) return guidFromBuffer(v.value);
  if (isCharacter(v.type)) {
    const g = parseGuid(String(v.value));
    if (!g) throw sqlErrorWithState(8169, 2);
    return g;
  }
  throw sqlError(529, typeName(v.type), typeName(target));
}
