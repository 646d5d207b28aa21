// MS-TDS 2.2.7.17 ORDER: Length USHORT, then the 1-based ordinals (USHORT) of the ORDER BY columns.
import { TOKEN } from '../constants';
import { BufferWriter } from '../io/buffer-writer';

export function encodeOrder(columnOrdinals: readonly number[]): Buffer {
  const w = new BufferWriter();
  w.u8(TOKEN.ORDER).u16le(columnOrdinals.length * 2);
  for (const ordinal of columnOrdinals) w.u16le(ordinal);
  return w.toBuffer();
}
