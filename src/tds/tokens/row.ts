// MS-TDS 2.2.7.20 ROW (every value in column order) and 2.2.7.15 NBCROW (TDS 7.3B+: a null
// bitmap, one bit per column LSB-first, then only the non-NULL values).
import type { SqlValue } from '../../types/values';
import { TDS_VERSION, TOKEN, atLeast, type TdsVersion } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import { downlevelType, downlevelValue } from '../types/downlevel';
import { writeValue } from '../types/value-write';
import { wireTypeFor } from '../types/wire-type';
import type { TdsColumn } from './token-types';

const BITS_PER_BYTE = 8;

function checkArity(columns: readonly TdsColumn[], values: readonly SqlValue[]): void {
  if (values.length !== columns.length) throw new RangeError(`row of ${values.length} values for ${columns.length} columns`);
}

function writeColumnValue(w: BufferWriter, column: TdsColumn, value: SqlValue, tdsVersion: TdsVersion): void {
  const type = downlevelType(column.type, tdsVersion);
  writeValue(w, wireTypeFor(type), type, downlevelValue(column.type, value, tdsVersion));
}

export function encodeRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  checkArity(columns, values);
  const w = new BufferWriter(64);
  w.u8(TOKEN.ROW);
  for (let i = 0; i < columns.length; i++) writeColumnValue(w, columns[i] as TdsColumn, values[i] as SqlValue, tdsVersion);
  return w.toBuffer();
}

export function encodeNbcRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  checkArity(columns, values);
  if (!atLeast(tdsVersion, TDS_VERSION.V7_3B)) throw new Error('NBCROW needs TDS 7.3B or later');
  const w = new BufferWriter(64);
  w.u8(TOKEN.NBCROW);
  const bitmap = Buffer.alloc(Math.ceil(columns.length / BITS_PER_BYTE));
  values.forEach((v, i) => {
    if (v === null) bitmap[i >> 3] = (bitmap[i >> 3] as number) | (1 << (i % BITS_PER_BYTE));
  });
  w.bytes(bitmap);
  columns.forEach((c, i) => {
    const v = values[i] as SqlValue;
    if (v !== null) writeColumnValue(w, c, v, tdsVersion);
  });
  return w.toBuffer();
}

export function encodeBestRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  return atLeast(tdsVersion, TDS_VERSION.V7_3B) && values.includes(null)
    ? encodeNbcRow(columns, values, tdsVersion)
    : encodeRow(columns, values, tdsVersion);
}
