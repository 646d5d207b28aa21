// MS-TDS 2.2.7.10 ERROR and 2.2.7.13 INFO (same layout): Length USHORT, Number LONG, State BYTE,
// Class BYTE, MsgText US_VARCHAR, ServerName B_VARCHAR, ProcName B_VARCHAR, LineNumber (LONG from
// TDS 7.2, USHORT before).
import { TDS_VERSION, TOKEN, atLeast, type TdsVersion } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import type { TdsMessageFields } from './token-types';

const LENGTH_FIELD = 2;
/** SQL Server's rule: severity 0-10 is informational (INFO), 11 and above an ERROR */
const MAX_INFO_SEVERITY = 10;

function encode(token: number, msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  const w = new BufferWriter(64 + msg.message.length * 2);
  w.u8(token).u16le(0);
  w.i32le(msg.number).u8(msg.state).u8(msg.severity).usVarchar(msg.message).bVarchar(serverName).bVarchar(msg.procName ?? '');
  const line = msg.lineNumber ?? 0;
  if (atLeast(tdsVersion, TDS_VERSION.V7_2)) w.i32le(line);
  else w.u16le(Math.min(Math.max(line, 0), 0xffff));
  w.patchU16le(1, w.length - 1 - LENGTH_FIELD);
  return w.toBuffer();
}

export function encodeError(msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  return encode(TOKEN.ERROR, msg, serverName, tdsVersion);
}

export function encodeInfo(msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  return encode(TOKEN.INFO, msg, serverName, tdsVersion);
}

export function encodeMessage(msg: TdsMessageFields, serverName: string, tdsVersion: TdsVersion): Buffer {
  return msg.severity > MAX_INFO_SEVERITY ? encodeError(msg, serverName, tdsVersion) : encodeInfo(msg, serverName, tdsVersion);
}
