// MS-TDS 2.2.7.6 DONE, 2.2.7.7 DONEINPROC, 2.2.7.8 DONEPROC: Status USHORT, CurCmd USHORT,
// DoneRowCount (ULONGLONG from TDS 7.2, LONG before).
import { DONE_CURCMD, DONE_STATUS, TDS_VERSION, TOKEN, atLeast, type TdsVersion } from '../constants';
import type { DoneCommand, TdsDone } from './token-types';

/** token, Status, CurCmd, then DoneRowCount of 8 bytes (4 before TDS 7.2) */
const DONE_LENGTH_7_2 = 13;
const DONE_LENGTH_7_1 = 9;
const UINT32_RANGE = 2 ** 32;

const TOKEN_OF = { done: TOKEN.DONE, doneProc: TOKEN.DONEPROC, doneInProc: TOKEN.DONEINPROC } as const;

const CURCMD_OF: Readonly<Record<DoneCommand, number>> = {
  select: DONE_CURCMD.SELECT,
  insert: DONE_CURCMD.INSERT,
  update: DONE_CURCMD.UPDATE,
  delete: DONE_CURCMD.DELETE,
  execute: DONE_CURCMD.EXECUTE,
  other: DONE_CURCMD.OTHER,
};

export function doneStatus(done: TdsDone): number {
  let status = DONE_STATUS.FINAL as number;
  if (done.more) status |= DONE_STATUS.MORE;
  if (done.error) status |= DONE_STATUS.ERROR;
  if (done.inTransaction) status |= DONE_STATUS.INXACT;
  if (done.rowCount !== undefined) status |= DONE_STATUS.COUNT;
  if (done.attention) status |= DONE_STATUS.ATTN;
  if (done.serverError) status |= DONE_STATUS.SRVERROR;
  return status;
}

/** DONE is in every response: written straight into its 13 (9 before 7.2) bytes. */
export function encodeDone(done: TdsDone, tdsVersion: TdsVersion): Buffer {
  const out = Buffer.allocUnsafe(doneLength(tdsVersion));
  writeDone(out, done, tdsVersion);
  return out;
}

/** DONE_LENGTH_7_2 from TDS 7.2 on (64-bit DoneRowCount), else DONE_LENGTH_7_1 */
export function doneLength(tdsVersion: TdsVersion): number {
  return atLeast(tdsVersion, TDS_VERSION.V7_2) ? DONE_LENGTH_7_2 : DONE_LENGTH_7_1;
}

/** The longest DONE token: a buffer this long holds any. */
export const MAX_DONE_LENGTH = DONE_LENGTH_7_2;

/** encodeDone into the start of `out` (at least doneLength bytes); returns the length written. */
export function writeDone(out: Buffer, done: TdsDone, tdsVersion: TdsVersion): number {
  const wide = atLeast(tdsVersion, TDS_VERSION.V7_2);
  out[0] = TOKEN_OF[done.token];
  out.writeUInt16LE(doneStatus(done), 1);
  out.writeUInt16LE(CURCMD_OF[done.command], 3);
  const count = done.rowCount ?? 0;
  if (!wide) out.writeUInt32LE(Number(count) >>> 0, 5);
  else if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) {
    out.writeUInt32LE(count % UINT32_RANGE, 5);
    out.writeUInt32LE(Math.floor(count / UINT32_RANGE), 9);
  } else out.writeBigUInt64LE(BigInt(count), 5);
  return wide ? DONE_LENGTH_7_2 : DONE_LENGTH_7_1;
}
