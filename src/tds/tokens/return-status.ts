// MS-TDS 2.2.7.18 RETURNSTATUS: the procedure's RETURN value, LONG.
import { TOKEN } from '../constants';

export function encodeReturnStatus(value: number): Buffer {
  const out = Buffer.alloc(5);
  out[0] = TOKEN.RETURNSTATUS;
  out.writeInt32LE(value, 1);
  return out;
}
