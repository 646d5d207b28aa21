// MS-TDS 2.2.7.4 COLMETADATA.
import type { TdsVersion } from '../constants';
import type { TdsColumn } from './token-types';

/** `null` sends the "no metadata" form (count 0xFFFF). */
export function encodeColMetadata(columns: readonly TdsColumn[] | null, tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}
