// MS-TDS 2.2.7.4 COLMETADATA Flags (USHORT, least significant bit first) and the UserType field,
// shared by COLMETADATA and RETURNVALUE.
import { TDS_VERSION, atLeast, type TdsVersion } from '../constants';
import type { BufferWriter } from '../io/buffer-writer';

export const COLUMN_FLAG = {
  NULLABLE: 0x0001,
  CASE_SENSITIVE: 0x0002,
  /** usUpdateable: 2 bits, 0 read-only, 1 read/write, 2 unknown */
  UPDATEABLE_SHIFT: 2,
  IDENTITY: 0x0010,
  COMPUTED: 0x0020,
  /** fHidden (TDS 7.2): a column the client does not show, e.g. the ROWSTAT column of an API
   *  cursor's fetch (sp_cursorfetch documents it as sent "similar to BROWSE mode") */
  HIDDEN: 0x2000,
} as const;

/** UserType 0: no user-defined type (msxd has none) */
const NO_USER_TYPE = 0;

export function columnFlags(nullable: boolean, identity = false, updateable: 0 | 1 | 2 = 0, hidden = false): number {
  return (
    (nullable ? COLUMN_FLAG.NULLABLE : 0) |
    (identity ? COLUMN_FLAG.IDENTITY : 0) |
    (updateable << COLUMN_FLAG.UPDATEABLE_SHIFT) |
    (hidden ? COLUMN_FLAG.HIDDEN : 0)
  );
}

/** UserType is ULONG from TDS 7.2, USHORT before. */
export function writeUserType(w: BufferWriter, tdsVersion: TdsVersion): void {
  if (atLeast(tdsVersion, TDS_VERSION.V7_2)) w.u32le(NO_USER_TYPE);
  else w.u16le(NO_USER_TYPE);
}
