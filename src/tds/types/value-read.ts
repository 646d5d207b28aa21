// An RPC parameter value after its TYPE_INFO (MS-TDS 2.2.6.6 ParamLenData): the length prefix of
// its class, then data, decoded to the values.ts representation. A declared length never
// allocates: data is sliced from the message only after the reader has checked it is present.
import { ProtocolError } from '../../errors/protocol-error';
import type { SqlValue } from '../../types/values';
import type { BufferReader } from '../io/buffer-reader';
import { decodeData } from './data-codec';
import { readPlp } from './plp';
import type { ParamTypeInfo } from './type-info-read';
import { readVariant } from './variant';

const BYTELEN_NULL = 0;
const USHORTLEN_NULL = 0xffff;
const LONGLEN_NULL = 0xffffffff;

export function readParamValue(r: BufferReader, info: ParamTypeInfo): SqlValue {
  const field = `${info.type.kind} value`;
  if (info.fixedSize !== undefined) return decodeData(info.type, r.bytes(info.fixedSize, field), info.codePage);
  let data: Buffer | null;
  switch (info.lengthClass) {
    case 'byte': {
      // BYTELEN 0 is NULL; the legacy VARCHAR/BINARY ids cannot send an empty value either.
      const length = r.u8(`${field} length`);
      data = length === BYTELEN_NULL ? null : r.bytes(length, field);
      break;
    }
    case 'ushort': {
      const length = r.u16le(`${field} length`);
      data = length === USHORTLEN_NULL ? null : r.bytes(length, field);
      break;
    }
    case 'long': {
      const length = r.u32le(`${field} length`);
      data = length === LONGLEN_NULL ? null : r.bytes(length, field);
      break;
    }
    case 'plp':
      data = readPlp(r, field);
      break;
    case 'variant':
      return readVariant(r);
    case 'textptr':
      throw new ProtocolError('text pointers cannot appear in RPC parameters');
    default: {
      const never: never = info.lengthClass;
      throw new Error(`unknown length class ${String(never)}`);
    }
  }
  if (data === null) return null;
  return decodeData(info.type, data, info.codePage);
}

