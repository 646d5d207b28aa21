// MS-TDS 2.2.5.1.2 collation, 5 bytes: a 32-bit little-endian word holding LCID (bits 0-19),
// ColFlags (bits 20-27: fIgnoreCase, fIgnoreAccent, fIgnoreKana, fIgnoreWidth, fBinary, fBinary2,
// fUTF8, reserved) and Version (bits 28-31), then the SortId byte.
import type { Collation } from '../../types/sql-type';
import type { BufferReader } from '../io/buffer-reader';
import { codePageOf } from './code-page';

export const COLLATION_LENGTH = 5;

const LCID_MASK = 0xfffff;
const FLAGS_SHIFT = 20;
const FLAGS_MASK = 0xff;
const VERSION_SHIFT = 28;
const VERSION_MASK = 0xf;
/** ColFlags bit fUTF8 */
export const COLLATION_FLAG_UTF8 = 0x40;

/** The collation as the wire carries it, with the code page its varchar data uses. */
export interface WireCollation {
  readonly lcid: number;
  readonly flags: number;
  readonly version: number;
  readonly sortId: number;
  readonly codePage: number;
  readonly bytes: Buffer;
}

export function encodeCollation(collation: Collation, version = 0): Buffer {
  const word =
    (collation.lcid & LCID_MASK) |
    ((collation.flags & FLAGS_MASK) << FLAGS_SHIFT) |
    ((version & VERSION_MASK) << VERSION_SHIFT);
  const out = Buffer.alloc(COLLATION_LENGTH);
  out.writeUInt32LE(word >>> 0, 0);
  out[4] = collation.sortId;
  return out;
}

export function decodeCollation(bytes: Buffer): WireCollation {
  const word = bytes.readUInt32LE(0);
  const lcid = word & LCID_MASK;
  const flags = (word >>> FLAGS_SHIFT) & FLAGS_MASK;
  const sortId = bytes[4] as number;
  return {
    lcid,
    flags,
    version: (word >>> VERSION_SHIFT) & VERSION_MASK,
    sortId,
    codePage: codePageOf(lcid, sortId, (flags & COLLATION_FLAG_UTF8) !== 0),
    bytes: Buffer.from(bytes.subarray(0, COLLATION_LENGTH)),
  };
}

/**
 * Clients send the same few collations with every character parameter, so decoded ones are kept
 * (by their 40-bit value; at most MEMO_LIMIT, so odd bytes from a client cannot grow it).
 */
const memo = new Map<number, WireCollation>();
const MEMO_LIMIT = 64;
const SORT_ID_FACTOR = 0x100000000;

export function readCollation(r: BufferReader): WireCollation {
  const bytes = r.bytes(COLLATION_LENGTH, 'COLLATION');
  const key = bytes.readUInt32LE(0) + (bytes[4] as number) * SORT_ID_FACTOR;
  const known = memo.get(key);
  if (known) return known;
  const collation = decodeCollation(bytes);
  if (memo.size < MEMO_LIMIT) memo.set(key, collation);
  return collation;
}
