// How each SqlType travels on the wire when msxd sends it (COLMETADATA, ROW, RETURNVALUE): the
// TDS type id, the length prefix its values use, and what TYPE_INFO carries. Like SQL Server,
// fixed-length types always go out as their nullable N-type (INTN, BITN, FLTN, MONEYN, DATETIMN).
import type { SqlType } from '../../types/sql-type';
import { DATA_TYPE, type DataTypeId } from '../constants';
import { decimalLength } from './numeric';
import { timeLength } from './temporal';

/**
 * The value's length prefix (MS-TDS 2.2.5.2.3 TYPE_VARLEN): BYTELEN, USHORTLEN, LONGLEN, PLP,
 * TEXTPTR (text/ntext/image rows), VARIANT (LONGLEN + SSVARIANT_INSTANCE), or none when the type
 * id says the length (DATEN/TIMEN etc. still use BYTELEN for values).
 */
export type LengthClass = 'byte' | 'ushort' | 'long' | 'plp' | 'textptr' | 'variant';

export interface WireType {
  readonly id: DataTypeId;
  readonly lengthClass: LengthClass;
  /** TYPE_VARLEN in TYPE_INFO (bytes; 0xFFFF for MAX); undefined when TYPE_INFO has none */
  readonly maxLength: number | undefined;
  readonly collation: boolean;
  readonly precision?: number;
  readonly scale?: number;
  /** the value's byte length when it is fixed (numbers, dates), else undefined */
  readonly dataLength?: number;
}

/** 2.2.5.2.3 USHORTMAXLEN: the TYPE_VARLEN of varchar(max), nvarchar(max), varbinary(max). */
export const USHORT_MAX_LENGTH = 0xffff;
/** TYPE_VARLEN SQL Server declares for text/image and ntext columns. */
export const TEXT_MAX_LENGTH = 0x7fffffff;
export const NTEXT_MAX_LENGTH = 0x7ffffffe;
/** largest sql_variant instance (8000 data bytes + type header), the TYPE_VARLEN SQL Server uses */
export const VARIANT_MAX_LENGTH = 8009;
const GUID_LENGTH = 16;
const DATE_LENGTH = 3;
const OFFSET_LENGTH = 2;
const UCS2 = 2;

const fixed = (id: DataTypeId, length: number): WireType => ({
  id,
  lengthClass: 'byte',
  maxLength: length,
  collation: false,
  dataLength: length,
});

const sized = (id: DataTypeId, length: number | 'max', unit: number, collation: boolean): WireType =>
  length === 'max'
    ? { id, lengthClass: 'plp', maxLength: USHORT_MAX_LENGTH, collation }
    : { id, lengthClass: 'ushort', maxLength: length * unit, collation };

// The fixed types' wire types, built once: wireTypeFor runs for every value of every row.
const BITN_1 = fixed(DATA_TYPE.BITN, 1);
const INTN_1 = fixed(DATA_TYPE.INTN, 1);
const INTN_2 = fixed(DATA_TYPE.INTN, 2);
const INTN_4 = fixed(DATA_TYPE.INTN, 4);
const INTN_8 = fixed(DATA_TYPE.INTN, 8);
const FLTN_4 = fixed(DATA_TYPE.FLTN, 4);
const FLTN_8 = fixed(DATA_TYPE.FLTN, 8);
const MONEYN_4 = fixed(DATA_TYPE.MONEYN, 4);
const MONEYN_8 = fixed(DATA_TYPE.MONEYN, 8);
const DATETIMN_4 = fixed(DATA_TYPE.DATETIMN, 4);
const DATETIMN_8 = fixed(DATA_TYPE.DATETIMN, 8);
const GUID_16 = fixed(DATA_TYPE.GUID, GUID_LENGTH);

export function wireTypeFor(type: SqlType): WireType {
  switch (type.kind) {
    case 'bit':
      return BITN_1;
    case 'tinyint':
      return INTN_1;
    case 'smallint':
      return INTN_2;
    case 'int':
      return INTN_4;
    case 'bigint':
      return INTN_8;
    case 'real':
      return FLTN_4;
    case 'float':
      return FLTN_8;
    case 'smallmoney':
      return MONEYN_4;
    case 'money':
      return MONEYN_8;
    case 'smalldatetime':
      return DATETIMN_4;
    case 'datetime':
      return DATETIMN_8;
    case 'uniqueidentifier':
      return GUID_16;
    case 'decimal': {
      const length = decimalLength(type.precision);
      return {
        id: type.numeric ? DATA_TYPE.NUMERICN : DATA_TYPE.DECIMALN,
        lengthClass: 'byte',
        maxLength: length,
        collation: false,
        precision: type.precision,
        scale: type.scale,
        dataLength: length,
      };
    }
    case 'date':
      return { id: DATA_TYPE.DATEN, lengthClass: 'byte', maxLength: undefined, collation: false, dataLength: DATE_LENGTH };
    case 'time':
      return scaled(DATA_TYPE.TIMEN, type.scale, 0);
    case 'datetime2':
      return scaled(DATA_TYPE.DATETIME2N, type.scale, DATE_LENGTH);
    case 'datetimeoffset':
      return scaled(DATA_TYPE.DATETIMEOFFSETN, type.scale, DATE_LENGTH + OFFSET_LENGTH);
    case 'char':
      return sized(DATA_TYPE.BIGCHAR, type.length, 1, true);
    case 'varchar':
      return sized(DATA_TYPE.BIGVARCHR, type.length, 1, true);
    case 'nchar':
      return sized(DATA_TYPE.NCHAR, type.length, UCS2, true);
    case 'nvarchar':
      return sized(DATA_TYPE.NVARCHAR, type.length, UCS2, true);
    case 'binary':
      return sized(DATA_TYPE.BIGBINARY, type.length, 1, false);
    case 'varbinary':
      return sized(DATA_TYPE.BIGVARBIN, type.length, 1, false);
    case 'text':
      return { id: DATA_TYPE.TEXT, lengthClass: 'textptr', maxLength: TEXT_MAX_LENGTH, collation: true };
    case 'ntext':
      return { id: DATA_TYPE.NTEXT, lengthClass: 'textptr', maxLength: NTEXT_MAX_LENGTH, collation: true };
    case 'image':
      return { id: DATA_TYPE.IMAGE, lengthClass: 'textptr', maxLength: TEXT_MAX_LENGTH, collation: false };
    case 'xml':
      return { id: DATA_TYPE.XML, lengthClass: 'plp', maxLength: undefined, collation: false };
    case 'sql_variant':
      return { id: DATA_TYPE.SSVARIANT, lengthClass: 'variant', maxLength: VARIANT_MAX_LENGTH, collation: false };
    default: {
      const never: never = type;
      throw new Error(`no wire type for ${JSON.stringify(never)}`);
    }
  }
}

function scaled(id: DataTypeId, scale: number, extra: number): WireType {
  return { id, lengthClass: 'byte', maxLength: undefined, collation: false, scale, dataLength: timeLength(scale) + extra };
}
