// MS-TDS 2.2.6.6 RPC Request.
import { ProtocolError } from '../../errors/protocol-error';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { TdsVersion } from '../constants';
import type { AllHeaders } from './all-headers';

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

export function decodeRpc(payload: Buffer, tdsVersion: TdsVersion): RpcRequest {
  throw new ProtocolError('todo');
}
