// MS-TDS 2.2.7.6 DONE, 2.2.7.7 DONEINPROC, 2.2.7.8 DONEPROC: Status USHORT, CurCmd USHORT,
// DoneRowCount (ULONGLONG from TDS 7.2, LONG before).
import { DONE_CURCMD, DONE_STATUS, TDS_VERSION, TOKEN, atLeast, type TdsVersion } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import type { DoneCommand, TdsDone } from './token-types';

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

export function encodeDone(done: TdsDone, tdsVersion: TdsVersion): Buffer {
  const w = new BufferWriter(16);
  w.u8(TOKEN_OF[done.token]).u16le(doneStatus(done)).u16le(CURCMD_OF[done.command]);
  const count = done.rowCount ?? 0;
  if (atLeast(tdsVersion, TDS_VERSION.V7_2)) w.u64le(count);
  else w.u32le(Number(count));
  return w.toBuffer();
}
