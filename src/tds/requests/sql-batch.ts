// MS-TDS 2.2.6.7 SQLBatch: ALL_HEADERS (TDS 7.2+) then the batch text, UCS-2, to the end.
import { ProtocolError } from '../../errors/protocol-error';
import { TDS_VERSION, atLeast, type TdsVersion } from '../constants';
import { BufferReader } from '../io/buffer-reader';
import { readAllHeaders, type AllHeaders } from './all-headers';

export interface SqlBatchRequest {
  /** undefined before TDS 7.2 (no ALL_HEADERS) */
  readonly headers: AllHeaders | undefined;
  readonly text: string;
}

export function decodeSqlBatch(payload: Buffer, tdsVersion: TdsVersion): SqlBatchRequest {
  const r = new BufferReader(payload, 0, 'SQLBatch');
  const headers = atLeast(tdsVersion, TDS_VERSION.V7_2) ? readAllHeaders(r) : undefined;
  if (r.remaining % 2 !== 0) throw new ProtocolError(`SQLBatch text of odd length ${r.remaining}`);
  return { headers, text: r.ucs2(r.remaining / 2, 'SQLText') };
}
