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
  const w = new BufferWriter(64);
  writeRow(w, columns, values, tdsVersion);
  return w.toBuffer();
}

function writeRow(w: BufferWriter, columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): void {
  checkArity(columns, values);
  w.u8(TOKEN.ROW);
  for (let i = 0; i < columns.length; i++) writeColumnValue(w, columns[i] as TdsColumn, values[i] as SqlValue, tdsVersion);
}

export function encodeNbcRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  const w = new BufferWriter(64);
  writeNbcRow(w, columns, values, tdsVersion);
  return w.toBuffer();
}

function writeNbcRow(w: BufferWriter, columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): void {
  checkArity(columns, values);
  if (!atLeast(tdsVersion, TDS_VERSION.V7_3B)) throw new Error('NBCROW needs TDS 7.3B or later');
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
}

export function encodeBestRow(columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): Buffer {
  const w = new BufferWriter(64);
  writeBestRow(w, columns, values, tdsVersion);
  return w.toBuffer();
}

/** encodeBestRow appended to `w` (a connection reuses one writer for its rows). */
export function writeBestRow(w: BufferWriter, columns: readonly TdsColumn[], values: readonly SqlValue[], tdsVersion: TdsVersion): void {
  if (atLeast(tdsVersion, TDS_VERSION.V7_3B) && values.includes(null)) writeNbcRow(w, columns, values, tdsVersion);
  else writeRow(w, columns, values, tdsVersion);
}
