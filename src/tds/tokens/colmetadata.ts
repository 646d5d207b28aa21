// MS-TDS 2.2.7.4 COLMETADATA: Count USHORT (0xFFFF = no metadata), then per column UserType,
// Flags, TYPE_INFO, TableName (text/ntext/image only), ColName B_VARCHAR.
import { TDS_VERSION, TOKEN, atLeast, type TdsVersion } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import { downlevelType } from '../types/downlevel';
import { writeTypeInfo } from '../types/type-info-write';
import { encodeColInfo } from './col-info';
import { columnFlags, writeUserType } from './column-flags';
import type { TdsColumn } from './token-types';

const NO_METADATA = 0xffff;

export function encodeColMetadata(columns: readonly TdsColumn[] | null, tdsVersion: TdsVersion): Buffer {
  const w = new BufferWriter(32 + (columns?.length ?? 0) * 32);
  w.u8(TOKEN.COLMETADATA);
  if (columns === null) {
    w.u16le(NO_METADATA);
    return w.toBuffer();
  }
  if (columns.length >= NO_METADATA) throw new RangeError(`${columns.length} columns`);
  w.u16le(columns.length);
  for (const c of columns) {
    writeUserType(w, tdsVersion);
    w.u16le(columnFlags(c.nullable, c.identity, c.updateable, c.hidden === true && atLeast(tdsVersion, TDS_VERSION.V7_2)));
    const wire = writeTypeInfo(w, downlevelType(c.type, tdsVersion));
    if (wire.lengthClass === 'textptr') {
      // TableName: NumParts BYTE + US_VARCHAR parts from 7.2, a single US_VARCHAR before.
      // A computed column has no base table: zero parts / empty name.
      if (atLeast(tdsVersion, TDS_VERSION.V7_2)) w.u8(0);
      else w.usVarchar('');
    }
    w.bVarchar(c.name);
  }
  if (columns.some((c) => c.hidden === true)) return Buffer.concat([w.toBuffer(), encodeColInfo(columns)]);
  return w.toBuffer();
}
