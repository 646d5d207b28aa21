// A value as it follows TYPE_INFO in ROW, NBCROW and RETURNVALUE (MS-TDS 2.2.7.20, 2.2.7.19):
// the length prefix its wire type uses, then the data bytes.
import type { SqlType } from '../../types/sql-type';
import { SqlVariant, type SqlValue } from '../../types/values';
import type { BufferWriter } from '../io/buffer-writer';
import { encodeData } from './data-codec';
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
