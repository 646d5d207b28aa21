// MS-TDS 2.2.7.20 ROW and 2.2.7.15 NBCROW.
import type { SqlValue } from '../../types/values';
import type { TdsVersion } from '../constants';
import type { TdsColumn } from './token-types';

export function encodeRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}

/** NBCROW: only for TDS >= 7.3B. */
export function encodeNbcRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}

/** NBCROW when the version allows it and the row has a NULL, else ROW. */
export function encodeBestRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  throw new Error('todo');
}
