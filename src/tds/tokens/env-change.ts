// MS-TDS 2.2.7.9 ENVCHANGE: Length USHORT, Type BYTE, NewValue, OldValue. Database, language and
// packet size carry B_VARCHAR strings; collation and transaction descriptors B_VARBYTE.
import { ENVCHANGE_TYPE, TOKEN } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import type { TdsEnvChange } from './token-types';

const EMPTY = Buffer.alloc(0);
const LENGTH_FIELD = 2;
/** 2.2.7.9: transaction descriptors are 8 bytes */
const DESCRIPTOR_LENGTH = 8;

function descriptor(d: Buffer): Buffer {
  if (d.length !== DESCRIPTOR_LENGTH) throw new RangeError(`transaction descriptor of ${d.length} bytes`);
  return d;
}

export function encodeEnvChange(change: TdsEnvChange): Buffer {
  const w = new BufferWriter(64);
  w.u8(TOKEN.ENVCHANGE).u16le(0);
  switch (change.kind) {
    case 'database':
      w.u8(ENVCHANGE_TYPE.DATABASE).bVarchar(change.newValue).bVarchar(change.oldValue);
      break;
    case 'language':
      w.u8(ENVCHANGE_TYPE.LANGUAGE).bVarchar(change.newValue).bVarchar(change.oldValue);
      break;
    case 'packetSize':
      w.u8(ENVCHANGE_TYPE.PACKET_SIZE).bVarchar(String(change.newValue)).bVarchar(String(change.oldValue));
      break;
    case 'collation':
      w.u8(ENVCHANGE_TYPE.SQL_COLLATION).bVarbyte(change.collation).bVarbyte(change.oldCollation ?? EMPTY);
      break;
    case 'beginTransaction':
      w.u8(ENVCHANGE_TYPE.BEGIN_TRANSACTION).bVarbyte(descriptor(change.descriptor)).bVarbyte(EMPTY);
      break;
    case 'commitTransaction':
      w.u8(ENVCHANGE_TYPE.COMMIT_TRANSACTION).bVarbyte(EMPTY).bVarbyte(descriptor(change.descriptor));
      break;
    case 'rollbackTransaction':
      w.u8(ENVCHANGE_TYPE.ROLLBACK_TRANSACTION).bVarbyte(EMPTY).bVarbyte(descriptor(change.descriptor));
      break;
    case 'resetConnectionAck':
      w.u8(ENVCHANGE_TYPE.RESET_CONNECTION_ACK).bVarbyte(EMPTY).bVarbyte(EMPTY);
      break;
    default: {
      const never: never = change;
      throw new Error(`unknown ENVCHANGE ${JSON.stringify(never)}`);
    }
  }
  w.patchU16le(1, w.length - 1 - LENGTH_FIELD);
  return w.toBuffer();
}
