// Reading and writing backup media files (media-format.ts) on disk. Every file operation is
// asynchronous (libuv's pool), so a BACKUP or RESTORE never blocks the node's event loop.
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { promisify } from 'node:util';
import { deflateRaw, inflateRaw } from 'node:zlib';
import { sqlError } from '../../errors/catalog';
import type { SqlError } from '../../errors/sql-error';
import {
  decodeSetHeader, decodeSetPrefix, encodeSetHeader, encodeSetPrefix, FORMAT_VERSION, PREFIX_LENGTH, SET_FLAGS,
  type BackupSetHeader,
} from './media-format';

const deflate = promisify(deflateRaw);
const inflate = promisify(inflateRaw);

export interface MediaSet {
  readonly header: BackupSetHeader;
  readonly flags: number;
  readonly imageOffset: number;
  readonly storedLength: number;
}

/** SQL Server's "Operating system error n(text)." part of 3201, for the errno codes a path gives. */
const OS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: '2(The system cannot find the file specified.)',
  ENOTDIR: '3(The system cannot find the path specified.)',
  EACCES: '5(Access is denied.)',
  EPERM: '5(Access is denied.)',
  EISDIR: '5(Access is denied.)',
  EROFS: '19(The media is write protected.)',
  ENOSPC: '112(There is not enough space on the disk.)',
};

export function deviceError(path: string, e: unknown): SqlError {
  const code = (e as { code?: unknown } | null)?.code;
  const os = typeof code === 'string' ? OS_ERRORS[code] ?? `31(A device attached to the system is not functioning. ${code})` : '31(A device attached to the system is not functioning.)';
  return sqlError(3201, path, os);
}

async function openDevice(path: string, flags: string): Promise<fsp.FileHandle> {
  try {
    return await fsp.open(path, flags, 0o600);
  } catch (e) {
    throw deviceError(path, e);
  }
}

/** The sets of a media file in position order; [] for an empty file. 3201 unreadable, 3241 not ours. */
export async function readMediaSets(path: string): Promise<MediaSet[]> {
  const handle = await openDevice(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const sets: MediaSet[] = [];
    let offset = 0;
    while (offset < size) {
      const prefixBytes = await readAt(handle, offset, PREFIX_LENGTH);
      const prefix = decodeSetPrefix(prefixBytes);
      if (typeof prefix === 'string') throw sqlError(3241, path);
      const header = decodeSetHeader(await readAt(handle, offset + PREFIX_LENGTH, prefix.headerLength));
      const imageOffset = offset + PREFIX_LENGTH + prefix.headerLength;
      if (!header || imageOffset + prefix.storedLength > size) throw sqlError(3241, path);
      sets.push({ header, flags: prefix.flags, imageOffset, storedLength: prefix.storedLength });
      offset = imageOffset + prefix.storedLength;
    }
    return sets;
  } catch (e) {
    if (e instanceof Error && 'number' in e) throw e;
    throw deviceError(path, e);
  } finally {
    await handle.close();
  }
}

async function readAt(handle: fsp.FileHandle, position: number, length: number): Promise<Buffer> {
  const b = Buffer.alloc(length);
  const { bytesRead } = await handle.read(b, 0, length, position);
  return b.subarray(0, bytesRead);
}

/** The set's SQLite image, inflated and checked against its checksum (3241 when damaged). */
export async function readSetImage(path: string, set: MediaSet): Promise<Buffer> {
  const handle = await openDevice(path, 'r');
  let stored: Buffer;
  try {
    stored = await readAt(handle, set.imageOffset, set.storedLength);
  } finally {
    await handle.close();
  }
  let image: Buffer;
  try {
    image = (set.flags & SET_FLAGS.compressed) !== 0 ? await inflate(stored) : stored;
  } catch {
    throw sqlError(3241, path);
  }
  if (image.length !== set.header.imageBytes || sha256(image) !== set.header.checksum) throw sqlError(3241, path);
  return image;
}

export function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/**
 * Writes one backup set: at the start of a new/overwritten file (INIT, FORMAT) or after the sets
 * already there (NOINIT). Flushed to disk before it resolves.
 */
export async function writeBackupSet(path: string, header: BackupSetHeader, image: Buffer, mode: 'overwrite' | 'append'): Promise<number> {
  const stored = header.compressed ? await deflate(image) : image;
  const json = encodeSetHeader(header);
  const prefix = encodeSetPrefix({
    version: FORMAT_VERSION, flags: header.compressed ? SET_FLAGS.compressed : 0, headerLength: json.length, storedLength: stored.length,
  });
  const handle = await openDevice(path, mode === 'overwrite' ? 'w' : 'a');
  try {
    await handle.writev([prefix, json, stored]);
    await handle.sync();
  } catch (e) {
    throw deviceError(path, e);
  } finally {
    await handle.close();
  }
  return stored.length;
}
