// A value as it follows TYPE_INFO in ROW, NBCROW and RETURNVALUE (MS-TDS 2.2.7.20, 2.2.7.19):
// the length prefix its wire type uses, then the data bytes.
import type { SqlType } from '../../types/sql-type';
import { SqlVariant, type SqlValue } from '../../types/values';
import type { BufferWriter } from '../io/buffer-writer';
import { encodeData } from './data-codec';
import { guidBytesInto } from './numeric';
import { writePlp } from './plp';
import { writeVariant } from './variant';
import type { WireType } from './wire-type';

/** 2.2.5.2.3: NULL markers per length prefix. */
const BYTELEN_NULL = 0;
const USHORTLEN_NULL = 0xffff;
const LONGLEN_NULL = 0xffffffff;
/** text/ntext/image: TextPtr length 0 means NULL; else a 16-byte pointer and 8-byte timestamp */
const TEXTPTR_NULL = 0;
const TEXTPTR_LENGTH = 16;
const TEXT_TIMESTAMP_LENGTH = 8;
const DUMMY_TEXTPTR = Buffer.alloc(TEXTPTR_LENGTH);
const DUMMY_TIMESTAMP = Buffer.alloc(TEXT_TIMESTAMP_LENGTH);

export function writeValue(w: BufferWriter, wire: WireType, type: SqlType, value: SqlValue): void {
  if (wire.lengthClass === 'variant') {
    if (value !== null && !(value instanceof SqlVariant)) throw new TypeError('sql_variant column needs a SqlVariant value');
    writeVariant(w, value);
    return;
  }
  if (value === null) {
    writeNull(w, wire);
    return;
  }
  if (value instanceof SqlVariant) throw new TypeError(`SqlVariant value in a ${type.kind} column`);
  if (wire.lengthClass === 'byte' && writeFixedNumber(w, type, value)) return;
  if (wire.lengthClass === 'ushort' && writeUnicode(w, type, value)) return;
  const data = encodeData(type, value);
  switch (wire.lengthClass) {
    case 'byte':
      w.u8(data.length).bytes(data);
      return;
    case 'ushort':
      if (data.length >= USHORTLEN_NULL) throw new RangeError(`${type.kind} value of ${data.length} bytes`);
      w.u16le(data.length).bytes(data);
      return;
    case 'long':
      w.u32le(data.length).bytes(data);
      return;
    case 'plp':
      writePlp(w, data);
      return;
    case 'textptr':
      w.u8(TEXTPTR_LENGTH).bytes(DUMMY_TEXTPTR).bytes(DUMMY_TIMESTAMP).u32le(data.length).bytes(data);
      return;
    default: {
      const never: never = wire.lengthClass;
      throw new Error(`unknown length class ${String(never)}`);
    }
  }
}

/**
 * The commonest values (int, smallint, bigint, float, real, bit) straight into the writer: BYTELEN
 * then the data, with the same Buffer writes (and range errors) as encodeData, but without a
 * Buffer per value. false: not one of those, or a value of another shape (encodeData decides).
 */
function writeFixedNumber(w: BufferWriter, type: SqlType, value: Exclude<SqlValue, null>): boolean {
  switch (type.kind) {
    case 'int':
      if (typeof value !== 'number') return false;
      w.u8(4).i32le(value);
      return true;
    case 'smallint':
      if (typeof value !== 'number') return false;
      w.u8(2).i16le(value);
      return true;
    case 'bigint':
      if (typeof value !== 'bigint') return false;
      w.u8(8).i64le(value);
      return true;
    case 'float':
      if (typeof value !== 'number') return false;
      w.u8(8).f64le(value);
      return true;
    case 'real':
      if (typeof value !== 'number') return false;
      w.u8(4).f32le(value);
      return true;
    case 'bit':
      w.u8(1).u8(value === true || value === 1 ? 1 : 0);
      return true;
    case 'uniqueidentifier':
      if (typeof value !== 'string' || !guidBytesInto(value, guidScratch, 0)) return false;
      w.u8(GUID_LENGTH).bytes(guidScratch);
      return true;
    default:
      return false;
  }
}

const GUID_LENGTH = 16;
/** one GUID's bytes between parsing and the copy into the writer (single-threaded, never kept) */
const guidScratch = Buffer.alloc(GUID_LENGTH);

/**
 * nchar/nvarchar up to 4000 characters (USHORTLEN): the UTF-16 code units straight into the writer,
 * the bytes Buffer.from(value, 'utf16le') gives, without that Buffer. false: another type, or a
 * value encodeData must judge (too long, not a string).
 */
function writeUnicode(w: BufferWriter, type: SqlType, value: Exclude<SqlValue, null>): boolean {
  if ((type.kind !== 'nvarchar' && type.kind !== 'nchar') || typeof value !== 'string') return false;
  const byteLength = value.length * 2;
  if (byteLength >= USHORTLEN_NULL) return false;
  w.u16le(byteLength).ucs2(value);
  return true;
}

function writeNull(w: BufferWriter, wire: WireType): void {
  switch (wire.lengthClass) {
    case 'byte':
      w.u8(BYTELEN_NULL);
      return;
    case 'ushort':
      w.u16le(USHORTLEN_NULL);
      return;
    case 'long':
      w.u32le(LONGLEN_NULL);
      return;
    case 'plp':
      writePlp(w, null);
      return;
    case 'textptr':
      w.u8(TEXTPTR_NULL);
      return;
    case 'variant':
      writeVariant(w, null);
      return;
    default: {
      const never: never = wire.lengthClass;
      throw new Error(`unknown length class ${String(never)}`);
    }
  }
}
