// MS-TDS 2.2.5.6 TYPE_INFO, as msxd sends it for columns and return values.
import { SERVER_COLLATION } from '../../types/collation';
import type { SqlType } from '../../types/sql-type';
import { DATA_TYPE } from '../constants';
import type { BufferWriter } from '../io/buffer-writer';
import { encodeCollation } from './collation-bytes';
import { wireTypeFor, type WireType } from './wire-type';

const SERVER_COLLATION_BYTES = encodeCollation(SERVER_COLLATION);
/** XML_INFO SCHEMA_PRESENT = 0: untyped xml */
const XML_NO_SCHEMA = 0;

export function writeTypeInfo(w: BufferWriter, type: SqlType): WireType {
  const wire = wireTypeFor(type);
  w.u8(wire.id);
  if (wire.id === DATA_TYPE.XML) {
    w.u8(XML_NO_SCHEMA);
    return wire;
  }
  if (wire.maxLength !== undefined) {
    if (wire.lengthClass === 'textptr' || wire.lengthClass === 'variant') w.u32le(wire.maxLength);
    else if (wire.lengthClass === 'byte') w.u8(wire.maxLength);
    else w.u16le(wire.maxLength);
  }
  if (wire.precision !== undefined) w.u8(wire.precision);
  if (wire.scale !== undefined) w.u8(wire.scale);
  if (wire.collation) w.bytes(SERVER_COLLATION_BYTES);
  return wire;
}
