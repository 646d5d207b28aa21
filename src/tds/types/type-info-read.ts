// MS-TDS 2.2.5.6 TYPE_INFO as clients send it for RPC parameters, mapped to the SqlType the
// engine sees. Covers every type the common drivers send (tedious, SqlClient, ODBC, FreeTDS,
// JDBC), including the fixed-length ids, the legacy BYTELEN char/binary ids, TEXT/NTEXT/IMAGE
// (FreeTDS sends NTEXT for sp_prepexec), xml and sql_variant. UDT, TVP, JSON and VECTOR are refused.
import { ProtocolError } from '../../errors/protocol-error';
import { SERVER_COLLATION } from '../../types/collation';
import type { SqlType } from '../../types/sql-type';
import { DATA_TYPE, DATA_TYPE_NAME } from '../constants';
import type { BufferReader } from '../io/buffer-reader';
import { readCollation } from './collation-bytes';
import { MAX_SCALE } from './temporal';
import { USHORT_MAX_LENGTH, type LengthClass } from './wire-type';

export interface ParamTypeInfo {
  readonly id: number;
  readonly type: SqlType;
  readonly lengthClass: LengthClass;
  /** code page of char/varchar/text data (from the TYPE_INFO collation, else the server's) */
  readonly codePage: number;
  /** fixed-length ids (INT4, FLT8, ...) have no length prefix: the value is this many bytes */
  readonly fixedSize?: number;
}

const MAX_PRECISION = 38;
const UCS2 = 2;
/** XML_INFO SCHEMA_PRESENT */
const XML_SCHEMA_PRESENT = 1;

const plain = (id: number, type: SqlType, lengthClass: LengthClass): ParamTypeInfo => ({
  id,
  type,
  lengthClass,
  codePage: SERVER_COLLATION.codePage,
});

/**
 * MS-TDS 2.2.5.4.2 fixed-length types and their sizes. Built once: a TYPE_INFO of these ids has
 * nothing else in it, so every parameter of one id shares one (readonly) info.
 */
const FIXED: Readonly<Record<number, ParamTypeInfo>> = Object.fromEntries(
  ([
    [DATA_TYPE.INT1, { kind: 'tinyint' }, 1],
    [DATA_TYPE.BIT, { kind: 'bit' }, 1],
    [DATA_TYPE.INT2, { kind: 'smallint' }, 2],
    [DATA_TYPE.INT4, { kind: 'int' }, 4],
    [DATA_TYPE.INT8, { kind: 'bigint' }, 8],
    [DATA_TYPE.DATETIM4, { kind: 'smalldatetime' }, 4],
    [DATA_TYPE.FLT4, { kind: 'real' }, 4],
    [DATA_TYPE.FLT8, { kind: 'float' }, 8],
    [DATA_TYPE.MONEY, { kind: 'money' }, 8],
    [DATA_TYPE.MONEY4, { kind: 'smallmoney' }, 4],
    [DATA_TYPE.DATETIME, { kind: 'datetime' }, 8],
  ] as const).map(([id, type, size]) => [id, { ...plain(id, type, 'byte'), fixedSize: size }]),
);

/** BYTELEN N-types whose TYPE_VARLEN picks the SqlType (and so the whole info, shared as FIXED's). */
const BY_LENGTH: Readonly<Record<number, Readonly<Record<number, ParamTypeInfo>>>> = Object.fromEntries(
  ([
    [DATA_TYPE.INTN, { 1: { kind: 'tinyint' }, 2: { kind: 'smallint' }, 4: { kind: 'int' }, 8: { kind: 'bigint' } }],
    [DATA_TYPE.BITN, { 1: { kind: 'bit' } }],
    [DATA_TYPE.FLTN, { 4: { kind: 'real' }, 8: { kind: 'float' } }],
    [DATA_TYPE.MONEYN, { 4: { kind: 'smallmoney' }, 8: { kind: 'money' } }],
    [DATA_TYPE.DATETIMN, { 4: { kind: 'smalldatetime' }, 8: { kind: 'datetime' } }],
    [DATA_TYPE.GUID, { 16: { kind: 'uniqueidentifier' } }],
  ] as const).map(([id, byLength]) => [
    id,
    Object.fromEntries(Object.entries(byLength).map(([length, type]) => [length, plain(id, type as SqlType, 'byte')])),
  ]),
);

const typeName = (id: number): string => DATA_TYPE_NAME[id] ?? `0x${id.toString(16)}`;

function readScale(r: BufferReader): number {
  const scale = r.u8('SCALE');
  if (scale > MAX_SCALE) throw new ProtocolError(`time scale ${scale} above ${MAX_SCALE}`);
  return scale;
}

export function readParamTypeInfo(r: BufferReader): ParamTypeInfo {
  const id = r.u8('TYPE_INFO type');
  const fixed = FIXED[id];
  if (fixed) return fixed;
  const byLength = BY_LENGTH[id];
  if (byLength) {
    const length = r.u8(`${typeName(id)} length`);
    const info = byLength[length];
    if (!info) throw new ProtocolError(`${typeName(id)} with length ${length}`);
    return info;
  }
  switch (id) {
    case DATA_TYPE.DECIMALN:
    case DATA_TYPE.NUMERICN:
    case DATA_TYPE.DECIMAL:
    case DATA_TYPE.NUMERIC: {
      r.u8('decimal length');
      const precision = r.u8('PRECISION');
      const scale = r.u8('SCALE');
      if (precision < 1 || precision > MAX_PRECISION || scale > precision) {
        throw new ProtocolError(`decimal(${precision}, ${scale})`);
      }
      const numeric = id === DATA_TYPE.NUMERICN || id === DATA_TYPE.NUMERIC;
      return plain(id, numeric ? { kind: 'decimal', precision, scale, numeric } : { kind: 'decimal', precision, scale }, 'byte');
    }
    case DATA_TYPE.DATEN:
      return plain(id, { kind: 'date' }, 'byte');
    case DATA_TYPE.TIMEN:
      return plain(id, { kind: 'time', scale: readScale(r) }, 'byte');
    case DATA_TYPE.DATETIME2N:
      return plain(id, { kind: 'datetime2', scale: readScale(r) }, 'byte');
    case DATA_TYPE.DATETIMEOFFSETN:
      return plain(id, { kind: 'datetimeoffset', scale: readScale(r) }, 'byte');
    case DATA_TYPE.BIGVARCHR:
    case DATA_TYPE.BIGCHAR:
    case DATA_TYPE.NVARCHAR:
    case DATA_TYPE.NCHAR: {
      const maxLength = r.u16le('USHORTLEN max length');
      const collation = readCollation(r);
      const unicode = id === DATA_TYPE.NVARCHAR || id === DATA_TYPE.NCHAR;
      const fixedLength = id === DATA_TYPE.BIGCHAR || id === DATA_TYPE.NCHAR;
      const kind = unicode ? (fixedLength ? 'nchar' : 'nvarchar') : fixedLength ? 'char' : 'varchar';
      const max = maxLength === USHORT_MAX_LENGTH;
      const length = max ? 'max' : unicode ? Math.floor(maxLength / UCS2) : maxLength;
      return { id, type: { kind, length }, lengthClass: max ? 'plp' : 'ushort', codePage: collation.codePage };
    }
    case DATA_TYPE.BIGVARBIN:
    case DATA_TYPE.BIGBINARY: {
      const maxLength = r.u16le('USHORTLEN max length');
      const max = maxLength === USHORT_MAX_LENGTH;
      const kind = id === DATA_TYPE.BIGBINARY ? 'binary' : 'varbinary';
      return plain(id, { kind, length: max ? 'max' : maxLength }, max ? 'plp' : 'ushort');
    }
    case DATA_TYPE.VARCHAR:
    case DATA_TYPE.CHAR:
    case DATA_TYPE.VARBINARY:
    case DATA_TYPE.BINARY: {
      // Legacy BYTELEN types (TDS 4.2 heritage): no collation, the server's code page applies.
      const length = r.u8('BYTELEN max length');
      const kind = { [DATA_TYPE.VARCHAR]: 'varchar', [DATA_TYPE.CHAR]: 'char', [DATA_TYPE.VARBINARY]: 'varbinary', [DATA_TYPE.BINARY]: 'binary' }[id] as
        | 'varchar'
        | 'char'
        | 'varbinary'
        | 'binary';
      return plain(id, { kind, length }, 'byte');
    }
    case DATA_TYPE.TEXT:
    case DATA_TYPE.NTEXT:
    case DATA_TYPE.IMAGE: {
      r.u32le('LONGLEN max length');
      if (id === DATA_TYPE.IMAGE) return plain(id, { kind: 'image' }, 'long');
      const collation = readCollation(r);
      return { id, type: { kind: id === DATA_TYPE.TEXT ? 'text' : 'ntext' }, lengthClass: 'long', codePage: collation.codePage };
    }
    case DATA_TYPE.XML: {
      if (r.u8('SCHEMA_PRESENT') === XML_SCHEMA_PRESENT) {
        r.bVarchar('DbName');
        r.bVarchar('OwningSchema');
        r.usVarchar('XmlSchemaCollection');
      }
      return plain(id, { kind: 'xml' }, 'plp');
    }
    case DATA_TYPE.SSVARIANT:
      r.u32le('LONGLEN max length');
      return plain(id, { kind: 'sql_variant' }, 'variant');
    default:
      throw new ProtocolError(`RPC parameter type ${typeName(id)} is not supported`);
  }
}
