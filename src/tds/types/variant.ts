// MS-TDS 2.2.5.5.4 sql_variant: LONGLEN total (0 = NULL), then SSVARIANT_INSTANCE = base type
// BYTE, PropBytes BYTE, properties, data. Base types are the fixed (not N) ids for numbers.
import { ProtocolError } from '../../errors/protocol-error';
import { SERVER_COLLATION } from '../../types/collation';
import type { SqlType } from '../../types/sql-type';
import { SqlVariant } from '../../types/values';
import { DATA_TYPE, DATA_TYPE_NAME, type DataTypeId } from '../constants';
import { BufferReader } from '../io/buffer-reader';
import type { BufferWriter } from '../io/buffer-writer';
import { COLLATION_LENGTH, decodeCollation, encodeCollation } from './collation-bytes';
import { decodeData, encodeData } from './data-codec';

const VARIANT_NULL = 0;
const BASE_TYPE_AND_PROPBYTES = 2;
const SERVER_COLLATION_BYTES = encodeCollation(SERVER_COLLATION);
const UCS2 = 2;

function maxLength(length: number | 'max', unit: number, type: SqlType): Buffer {
  if (length === 'max') throw new TypeError(`${type.kind}(max) cannot be a sql_variant base type`);
  const b = Buffer.alloc(2);
  b.writeUInt16LE(length * unit);
  return b;
}

function baseTypeOf(type: SqlType): { id: DataTypeId; props: Buffer } {
  const none = Buffer.alloc(0);
  switch (type.kind) {
    case 'tinyint':
      return { id: DATA_TYPE.INT1, props: none };
    case 'smallint':
      return { id: DATA_TYPE.INT2, props: none };
    case 'int':
      return { id: DATA_TYPE.INT4, props: none };
    case 'bigint':
      return { id: DATA_TYPE.INT8, props: none };
    case 'bit':
      return { id: DATA_TYPE.BIT, props: none };
    case 'real':
      return { id: DATA_TYPE.FLT4, props: none };
    case 'float':
      return { id: DATA_TYPE.FLT8, props: none };
    case 'money':
      return { id: DATA_TYPE.MONEY, props: none };
    case 'smallmoney':
      return { id: DATA_TYPE.MONEY4, props: none };
    case 'datetime':
      return { id: DATA_TYPE.DATETIME, props: none };
    case 'smalldatetime':
      return { id: DATA_TYPE.DATETIM4, props: none };
    case 'uniqueidentifier':
      return { id: DATA_TYPE.GUID, props: none };
    case 'date':
      return { id: DATA_TYPE.DATEN, props: none };
    case 'time':
      return { id: DATA_TYPE.TIMEN, props: Buffer.from([type.scale]) };
    case 'datetime2':
      return { id: DATA_TYPE.DATETIME2N, props: Buffer.from([type.scale]) };
    case 'datetimeoffset':
      return { id: DATA_TYPE.DATETIMEOFFSETN, props: Buffer.from([type.scale]) };
    case 'decimal':
      return { id: type.numeric ? DATA_TYPE.NUMERICN : DATA_TYPE.DECIMALN, props: Buffer.from([type.precision, type.scale]) };
    case 'binary':
      return { id: DATA_TYPE.BIGBINARY, props: maxLength(type.length, 1, type) };
    case 'varbinary':
      return { id: DATA_TYPE.BIGVARBIN, props: maxLength(type.length, 1, type) };
    case 'char':
    case 'varchar':
    case 'nchar':
    case 'nvarchar': {
      const ids = { char: DATA_TYPE.BIGCHAR, varchar: DATA_TYPE.BIGVARCHR, nchar: DATA_TYPE.NCHAR, nvarchar: DATA_TYPE.NVARCHAR };
      const unit = type.kind === 'nchar' || type.kind === 'nvarchar' ? UCS2 : 1;
      // The table in 2.2.5.5.4: 5-byte COLLATION, then the 2-byte max length.
      return { id: ids[type.kind], props: Buffer.concat([SERVER_COLLATION_BYTES, maxLength(type.length, unit, type)]) };
    }
    case 'text':
    case 'ntext':
    case 'image':
    case 'xml':
    case 'sql_variant':
      throw new TypeError(`${type.kind} cannot be a sql_variant base type`);
    default: {
      const never: never = type;
      throw new Error(`no variant base type for ${JSON.stringify(never)}`);
    }
  }
}

export function writeVariant(w: BufferWriter, value: SqlVariant | null): void {
  if (value === null) {
    w.u32le(VARIANT_NULL);
    return;
  }
  const { id, props } = baseTypeOf(value.type);
  const data = encodeData(value.type, value.value);
  w.u32le(BASE_TYPE_AND_PROPBYTES + props.length + data.length).u8(id).u8(props.length).bytes(props).bytes(data);
}

function typeOfBase(id: number, props: BufferReader): { type: SqlType; codePage: number } {
  const plain = (type: SqlType): { type: SqlType; codePage: number } => ({ type, codePage: SERVER_COLLATION.codePage });
  switch (id) {
    case DATA_TYPE.INT1:
      return plain({ kind: 'tinyint' });
    case DATA_TYPE.INT2:
      return plain({ kind: 'smallint' });
    case DATA_TYPE.INT4:
      return plain({ kind: 'int' });
    case DATA_TYPE.INT8:
      return plain({ kind: 'bigint' });
    case DATA_TYPE.BIT:
      return plain({ kind: 'bit' });
    case DATA_TYPE.FLT4:
      return plain({ kind: 'real' });
    case DATA_TYPE.FLT8:
      return plain({ kind: 'float' });
    case DATA_TYPE.MONEY:
      return plain({ kind: 'money' });
    case DATA_TYPE.MONEY4:
      return plain({ kind: 'smallmoney' });
    case DATA_TYPE.DATETIME:
      return plain({ kind: 'datetime' });
    case DATA_TYPE.DATETIM4:
      return plain({ kind: 'smalldatetime' });
    case DATA_TYPE.GUID:
      return plain({ kind: 'uniqueidentifier' });
    case DATA_TYPE.DATEN:
      return plain({ kind: 'date' });
    case DATA_TYPE.TIMEN:
      return plain({ kind: 'time', scale: props.u8('variant scale') });
    case DATA_TYPE.DATETIME2N:
      return plain({ kind: 'datetime2', scale: props.u8('variant scale') });
    case DATA_TYPE.DATETIMEOFFSETN:
      return plain({ kind: 'datetimeoffset', scale: props.u8('variant scale') });
    case DATA_TYPE.DECIMALN:
    case DATA_TYPE.NUMERICN: {
      const precision = props.u8('variant precision');
      const scale = props.u8('variant scale');
      return plain(id === DATA_TYPE.NUMERICN ? { kind: 'decimal', precision, scale, numeric: true } : { kind: 'decimal', precision, scale });
    }
    case DATA_TYPE.BIGBINARY:
      return plain({ kind: 'binary', length: props.u16le('variant max length') });
    case DATA_TYPE.BIGVARBIN:
      return plain({ kind: 'varbinary', length: props.u16le('variant max length') });
    case DATA_TYPE.BIGCHAR:
    case DATA_TYPE.BIGVARCHR:
    case DATA_TYPE.NCHAR:
    case DATA_TYPE.NVARCHAR: {
      const collation = decodeCollation(props.bytes(COLLATION_LENGTH, 'variant collation'));
      const length = props.u16le('variant max length');
      const kind =
        id === DATA_TYPE.BIGCHAR ? 'char' : id === DATA_TYPE.BIGVARCHR ? 'varchar' : id === DATA_TYPE.NCHAR ? 'nchar' : 'nvarchar';
      const unit = kind === 'nchar' || kind === 'nvarchar' ? UCS2 : 1;
      return { type: { kind, length: Math.floor(length / unit) }, codePage: collation.codePage };
    }
    default:
      throw new ProtocolError(`sql_variant base type ${DATA_TYPE_NAME[id] ?? `0x${id.toString(16)}`} not allowed`);
  }
}

export function readVariant(r: BufferReader): SqlVariant | null {
  const total = r.u32le('sql_variant length');
  if (total === VARIANT_NULL) return null;
  if (total < BASE_TYPE_AND_PROPBYTES) throw new ProtocolError(`sql_variant length ${total} too small`);
  const instance = r.bytes(total, 'sql_variant instance');
  const ir = new BufferReader(instance, 0, 'sql_variant');
  const id = ir.u8('VARIANT_BASETYPE');
  const propBytes = ir.u8('VARIANT_PROPBYTES');
  const props = new BufferReader(ir.bytes(propBytes, 'VARIANT_PROPERTIES'), 0, 'sql_variant properties');
  const { type, codePage } = typeOfBase(id, props);
  const data = instance.subarray(ir.offset);
  const value = decodeData(type, data, codePage);
  return new SqlVariant(type, value as Exclude<typeof value, SqlVariant>);
}
