// MS-TDS 2.2.7.19 RETURNVALUE: ParamOrdinal USHORT, ParamName B_VARCHAR, Status BYTE (0x01
// output parameter, 0x02 UDF return value), UserType, Flags USHORT, TYPE_INFO, value.
import { TOKEN, type TdsVersion } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import { downlevelType, downlevelValue } from '../types/downlevel';
import { writeTypeInfo } from '../types/type-info-write';
import { writeValue } from '../types/value-write';
import { columnFlags, writeUserType } from './column-flags';
import type { TdsReturnValue } from './token-types';

const STATUS_OUTPUT_PARAM = 0x01;
const STATUS_UDF = 0x02;

export function encodeReturnValue(rv: TdsReturnValue, tdsVersion: TdsVersion): Buffer {
  const type = downlevelType(rv.type, tdsVersion);
  const w = new BufferWriter(64);
  w.u8(TOKEN.RETURNVALUE).u16le(rv.ordinal).bVarchar(rv.name).u8(rv.udf ? STATUS_UDF : STATUS_OUTPUT_PARAM);
  writeUserType(w, tdsVersion);
  w.u16le(columnFlags(true));
  const wire = writeTypeInfo(w, type);
  writeValue(w, wire, type, downlevelValue(rv.type, rv.value, tdsVersion));
  return w.toBuffer();
}
