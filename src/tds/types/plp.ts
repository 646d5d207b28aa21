// MS-TDS 2.2.5.2.3 partially length-prefixed (PLP) data, used by the MAX types and xml:
// ULONGLONG total length (or PLP_NULL, or UNKNOWN_PLP_LEN), chunks of ULONG length + data,
// then a zero-length terminator chunk.
import { ProtocolError } from '../../errors/protocol-error';
import type { BufferReader } from '../io/buffer-reader';
import type { BufferWriter } from '../io/buffer-writer';

export const PLP_NULL = 0xffffffffffffffffn;
export const PLP_UNKNOWN_LENGTH = 0xfffffffffffffffen;
const PLP_TERMINATOR = 0;
/** Chunks we send; any size is legal, this keeps single writes moderate. */
const PLP_CHUNK_SIZE = 1 << 20;

export function writePlp(w: BufferWriter, data: Buffer | null): void {
  if (data === null) {
    w.u64le(PLP_NULL);
    return;
  }
  w.u64le(data.length);
  for (let at = 0; at < data.length; at += PLP_CHUNK_SIZE) {
    const chunk = data.subarray(at, at + PLP_CHUNK_SIZE);
    w.u32le(chunk.length).bytes(chunk);
  }
  w.u32le(PLP_TERMINATOR);
}

/** Reads a PLP value; memory used never exceeds the chunk bytes actually present. */
export function readPlp(r: BufferReader, field: string): Buffer | null {
  const total = r.u64le(`${field} PLP length`);
  if (total === PLP_NULL) return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for (;;) {
    const length = r.u32le(`${field} PLP chunk length`);
    if (length === PLP_TERMINATOR) break;
    chunks.push(r.bytes(length, `${field} PLP chunk`));
    size += length;
  }
  if (total !== PLP_UNKNOWN_LENGTH && BigInt(size) !== total) {
    throw new ProtocolError(`${field}: PLP chunks hold ${size} bytes, header said ${total}`);
  }
  return Buffer.concat(chunks, size);
}
