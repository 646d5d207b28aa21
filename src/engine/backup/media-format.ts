// msxd's backup media format (a file of ours, not Microsoft Tape Format): backup sets one after
// the other, each a fixed prefix, a JSON header and the database image (SQLite file, raw or
// deflated). NOINIT appends a set; INIT/FORMAT starts the file afresh; RESTORE ... FILE = n reads
// the set whose position is n. Pure codec: bytes in, typed values out.
//
//   offset  size  field
//   0       8     magic "MSXDBAK\0"
//   8       2     format version (u16 LE), FORMAT_VERSION
//   10      2     flags (u16 LE): bit 0 = image deflated
//   12      4     header length h (u32 LE): UTF-8 JSON of BackupSetHeader
//   16      8     stored image length n (u64 LE)
//   24      h     header
//   24+h    n     image
export const MEDIA_MAGIC = Buffer.from('MSXDBAK\0', 'latin1');
export const FORMAT_VERSION = 1;
export const PREFIX_LENGTH = 24;
export const SET_FLAGS = { compressed: 1 } as const;
/** a header bigger than this is not one of ours (names and descriptions are short) */
const MAX_HEADER_LENGTH = 1 << 20;

/** What RESTORE HEADERONLY and msdb's backupset report about one set. Times are local wall-clock ms. */
export interface BackupSetHeader {
  readonly position: number;
  readonly name: string | null;
  readonly description: string | null;
  readonly databaseName: string;
  readonly databaseCreatedMs: number;
  readonly startMs: number;
  readonly finishMs: number;
  readonly serverName: string;
  readonly machineName: string;
  readonly userName: string;
  readonly pageSize: number;
  readonly pageCount: number;
  /** SQLite image bytes before compression */
  readonly imageBytes: number;
  readonly compressed: boolean;
  /** SHA-256 of the (uncompressed) image, hex; RESTORE and VERIFYONLY check it */
  readonly checksum: string;
  readonly copyOnly: boolean;
  readonly backupSetGuid: string;
  readonly mediaSetGuid: string;
  readonly collation: string;
  readonly recoveryModel: string;
  readonly productVersion: string;
  readonly expirationMs: number | null;
  /** the database file the set was taken from (RESTORE FILELISTONLY's PhysicalName) */
  readonly physicalName?: string;
}

export interface SetPrefix {
  readonly version: number;
  readonly flags: number;
  readonly headerLength: number;
  readonly storedLength: number;
}

export function encodeSetPrefix(p: SetPrefix): Buffer {
  const b = Buffer.alloc(PREFIX_LENGTH);
  MEDIA_MAGIC.copy(b, 0);
  b.writeUInt16LE(p.version, 8);
  b.writeUInt16LE(p.flags, 10);
  b.writeUInt32LE(p.headerLength, 12);
  b.writeBigUInt64LE(BigInt(p.storedLength), 16);
  return b;
}

/** 'short' when fewer than PREFIX_LENGTH bytes are given; 'bad' when they are not a set prefix of ours. */
export function decodeSetPrefix(b: Buffer): SetPrefix | 'short' | 'bad' {
  if (b.length < PREFIX_LENGTH) return b.subarray(0, Math.min(b.length, MEDIA_MAGIC.length)).equals(MEDIA_MAGIC.subarray(0, Math.min(b.length, MEDIA_MAGIC.length))) ? 'short' : 'bad';
  if (!b.subarray(0, 8).equals(MEDIA_MAGIC)) return 'bad';
  const version = b.readUInt16LE(8);
  const headerLength = b.readUInt32LE(12);
  const stored = b.readBigUInt64LE(16);
  if (version !== FORMAT_VERSION || headerLength === 0 || headerLength > MAX_HEADER_LENGTH || stored > BigInt(Number.MAX_SAFE_INTEGER)) return 'bad';
  return { version, flags: b.readUInt16LE(10), headerLength, storedLength: Number(stored) };
}

export function encodeSetHeader(h: BackupSetHeader): Buffer {
  return Buffer.from(JSON.stringify(h), 'utf8');
}

/** undefined when the bytes are not a header of ours */
export function decodeSetHeader(b: Buffer): BackupSetHeader | undefined {
  let v: unknown;
  try {
    v = JSON.parse(b.toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const h = v as Partial<BackupSetHeader>;
  const ok = typeof h.position === 'number' && typeof h.databaseName === 'string' && typeof h.startMs === 'number' &&
    typeof h.finishMs === 'number' && typeof h.imageBytes === 'number' && typeof h.checksum === 'string' &&
    typeof h.pageCount === 'number' && typeof h.pageSize === 'number';
  return ok ? (h as BackupSetHeader) : undefined;
}
