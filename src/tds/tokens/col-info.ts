// MS-TDS 2.2.7.3 COLINFO: Length USHORT, then per column ColNum BYTE, TableNum BYTE, Status BYTE
// (ColName B_VARCHAR only with DIFFERENT_NAME). A result with a hidden column (an API cursor's
// ROWSTAT, sp_cursorfetch: "sent as hidden columns, similar to BROWSE mode") announces it here,
// right after COLMETADATA, at every TDS version: clients read hidden-ness from COLINFO (FreeTDS
// and jTDS know no other way; sp_cursoropen: "0x81 is returned ... along with the 0xa5 and 0xa4
// token streams"). TableNum 0 names no TABNAME entry: msxd sends no TABNAME, so no column claims
// a base table; a column the cursor cannot change is an EXPRESSION.
import { TOKEN } from '../constants';
import { BufferWriter } from '../io/buffer-writer';

export const COLINFO_STATUS = {
  EXPRESSION: 0x04,
  KEY: 0x08,
  HIDDEN: 0x10,
  DIFFERENT_NAME: 0x20,
} as const;

const NO_TABLE = 0;

export interface ColInfoColumn {
  readonly hidden?: boolean;
  readonly updateable?: 0 | 1 | 2;
}

export function encodeColInfo(columns: readonly ColInfoColumn[]): Buffer {
  const w = new BufferWriter(3 + columns.length * 3);
  w.u8(TOKEN.COLINFO);
  w.u16le(columns.length * 3);
  columns.forEach((c, i) => {
    w.u8(i + 1);
    w.u8(NO_TABLE);
    w.u8((c.updateable === 1 ? 0 : COLINFO_STATUS.EXPRESSION) | (c.hidden === true ? COLINFO_STATUS.HIDDEN : 0));
  });
  return w.toBuffer();
}
