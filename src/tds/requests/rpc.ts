// MS-TDS 2.2.6.6 RPC Request: [ALL_HEADERS (7.2+)] RPCReqBatch *(BatchFlag RPCReqBatch), where
// RPCReqBatch = (US_VARCHAR ProcName | 0xFFFF ProcID) OptionFlags USHORT *ParameterData and
// ParameterData = B_VARCHAR name, StatusFlags BYTE, TYPE_INFO, value.
import { ProtocolError } from '../../errors/protocol-error';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import { TDS_VERSION, atLeast, type TdsVersion } from '../constants';
import { BufferReader } from '../io/buffer-reader';
import { readParamTypeInfo } from '../types/type-info-read';
import { readParamValue } from '../types/value-read';
import { readAllHeaders, type AllHeaders } from './all-headers';
import type { RpcParamMemo } from './rpc-param-memo';
import { specialProcedureName } from './special-procedures';

/** Structurally identical to engine/api.ts RpcParam (tds may not import engine). */
export interface TdsRpcParam {
  /** '@name' or '' when sent positionally */
  readonly name: string;
  readonly type: SqlType;
  readonly value: SqlValue;
  /** fByRefValue: OUTPUT parameter */
  readonly output: boolean;
  /** fDefaultValue */
  readonly useDefault: boolean;
}

export interface TdsRpcCall {
  /** procedure name as sent, or the well-known name of a ProcID (sp_executesql, ...) */
  readonly procedure: string;
  /** the ProcID when the client sent one (0xFFFF form), else undefined */
  readonly procId: number | undefined;
  /** OptionFlags: fWithRecompile 0x01, fNoMetaData 0x02, fReuseMetaData 0x04 */
  readonly optionFlags: number;
  readonly params: readonly TdsRpcParam[];
  /** the call was preceded by NoExecFlag 0xFE (TDS 7.2+) */
  readonly noExec: boolean;
}

export interface RpcRequest {
  readonly headers: AllHeaders | undefined;
  readonly calls: readonly TdsRpcCall[];
}

/** NameLenProcID = 0xFFFF: a ProcID follows instead of a name */
const PROC_ID_MARKER = 0xffff;
/** BatchFlag: 0x80 before TDS 7.2, 0xFF from 7.2; NoExecFlag 0xFE (7.2+) */
const BATCH_FLAG_7_1 = 0x80;
const BATCH_FLAG = 0xff;
const NO_EXEC_FLAG = 0xfe;
export const RPC_OPTION = { WITH_RECOMPILE: 0x01, NO_METADATA: 0x02, REUSE_METADATA: 0x04 } as const;
export const RPC_PARAM_STATUS = { BY_REF_VALUE: 0x01, DEFAULT_VALUE: 0x02, ENCRYPTED: 0x08 } as const;

/** names up to this many characters are built in JS: a native UTF-16 decode costs more for '@id' */
const SHORT_NAME = 12;

/** B_VARCHAR ParamName; `payload` is the buffer `r` reads. */
function readParamName(r: BufferReader, payload: Buffer): string {
  const chars = r.u8('ParamName');
  if (chars > SHORT_NAME) return r.ucs2(chars, 'ParamName');
  const at = r.offset;
  r.skip(chars * 2, 'ParamName');
  // code units as they are (lone surrogates too), as Buffer's utf16le decoding gives them
  let name = '';
  for (let i = at; i < at + chars * 2; i += 2) name += String.fromCharCode(payload[i]! | (payload[i + 1]! << 8));
  return name;
}

function readParam(r: BufferReader, payload: Buffer): TdsRpcParam {
  const name = readParamName(r, payload);
  const status = r.u8('StatusFlags');
  if (status & RPC_PARAM_STATUS.ENCRYPTED) throw new ProtocolError('encrypted RPC parameters are not supported');
  const info = readParamTypeInfo(r);
  return {
    name,
    type: info.type,
    value: readParamValue(r, info),
    output: (status & RPC_PARAM_STATUS.BY_REF_VALUE) !== 0,
    useDefault: (status & RPC_PARAM_STATUS.DEFAULT_VALUE) !== 0,
  };
}

function readCall(
  r: BufferReader, payload: Buffer, noExec: boolean, isSeparator: (b: number) => boolean, memo: RpcParamMemo | undefined,
): TdsRpcCall {
  const nameLength = r.u16le('NameLenProcID');
  let procedure: string;
  let procId: number | undefined;
  if (nameLength === PROC_ID_MARKER) {
    procId = r.u16le('ProcID');
    const name = specialProcedureName(procId);
    if (!name) throw new ProtocolError(`unknown RPC ProcID ${procId}`);
    procedure = name;
  } else {
    procedure = r.ucs2(nameLength, 'ProcName');
  }
  const optionFlags = r.u16le('OptionFlags');
  const params: TdsRpcParam[] = [];
  while (!r.atEnd() && !isSeparator(r.peekU8())) {
    const start = r.offset;
    const known = memo?.match(params.length, payload, start);
    if (known) {
      r.skip(known.bytes.length, 'ParameterData');
      params.push(known.param);
      continue;
    }
    const param = readParam(r, payload);
    memo?.remember(params.length, payload, start, r.offset, param);
    params.push(param);
  }
  return { procedure, procId, optionFlags, params, noExec };
}

const isBatchFlag = (b: number): boolean => b === BATCH_FLAG || b === NO_EXEC_FLAG;
const isBatchFlag71 = (b: number): boolean => b === BATCH_FLAG_7_1;

/**
 * `memo`: the connection's last parameters (rpc-param-memo.ts), for the first call of the batch:
 * a repeated statement's text and declarations are then compared, not decoded.
 */
export function decodeRpc(payload: Buffer, tdsVersion: TdsVersion, memo?: RpcParamMemo): RpcRequest {
  const r = new BufferReader(payload, 0, 'RPC');
  const modern = atLeast(tdsVersion, TDS_VERSION.V7_2);
  const headers = modern ? readAllHeaders(r) : undefined;
  // Parameter names are at most 128 characters, so a name length byte is never 0xFE/0xFF; 0x80
  // is ambiguous, which is why 7.2 moved the flag (only pre-7.2 sessions treat 0x80 as one).
  const isSeparator = modern ? isBatchFlag : isBatchFlag71;
  const calls: TdsRpcCall[] = [];
  let noExec = false;
  for (;;) {
    calls.push(readCall(r, payload, noExec, isSeparator, calls.length === 0 ? memo : undefined));
    if (r.atEnd()) break;
    noExec = r.u8('BatchFlag') === NO_EXEC_FLAG;
    // 2.2.6.6: a flag after the last RPCReqBatch is ignored.
    if (r.atEnd()) break;
  }
  return { headers, calls };
}
