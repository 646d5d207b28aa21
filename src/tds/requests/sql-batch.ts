// MS-TDS 2.2.6.7 SQLBatch: ALL_HEADERS (TDS 7.2+) then the batch text in UCS-2 to the end.
import { ProtocolError } from '../../errors/protocol-error';
import type { TdsVersion } from '../constants';
import type { AllHeaders } from './all-headers';

export interface SqlBatchRequest {
  /** undefined before TDS 7.2 (no ALL_HEADERS) */
  readonly headers: AllHeaders | undefined;
  readonly text: string;
}

export function decodeSqlBatch(payload: Buffer, tdsVersion: TdsVersion): SqlBatchRequest {
  throw new ProtocolError('todo');
}
