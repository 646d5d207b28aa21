// MS-TDS 2.2.7.18 RETURNSTATUS: the procedure's RETURN value, LONG.
import { TOKEN } from '../constants';

export function encodeReturnStatus(value: number): Buffer {
  if (value === 0) return RETURN_STATUS_0;
  return build(value);
}

function build(value: number): Buffer {
  const out = Buffer.alloc(5);
  out[0] = TOKEN.RETURNSTATUS;
  out.writeInt32LE(value, 1);
  return out;
}

/** the status of nearly every RPC, built once: a token is written out (copied), never changed */
const RETURN_STATUS_0 = build(0);
