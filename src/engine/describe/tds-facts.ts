// The TDS facts sp_describe_first_result_set reports for a column (tds_type_id, tds_length,
// tds_collation_id, tds_collation_sort_id): the TYPE_INFO SQL Server would announce for it
// (MS-TDS 2.2.5.4.1-2.2.5.4.3). A NOT NULL fixed-length column is announced with its fixed type
// (INT4 56, BIT 50 ...), a nullable one with the N-type (INTN 38, BITN 104 ...). The engine cannot
// import src/tds (layers), so the documented type ids are written here.
import type { SqlType } from '../../types/sql-type';
import { SERVER_COLLATION } from '../../types/collation';

export interface TdsFacts {
  readonly typeId: number;
  readonly length: number;
  readonly collationId: number | null;
  readonly collationSortId: number | null;
}

// MS-TDS 2.2.5.4.1 FIXEDLENTYPE and 2.2.5.4.2 variable-length type ids.
const TDS = {
  INT1: 48, BIT: 50, INT2: 52, INT4: 56, DATETIM4: 58, FLT4: 59, MONEY: 60, DATETIME: 61, FLT8: 62, MONEY4: 122, INT8: 127,
  GUID: 36, INTN: 38, BITN: 104, DECIMALN: 106, NUMERICN: 108, FLTN: 109, MONEYN: 110, DATETIMN: 111,
  DATEN: 40, TIMEN: 41, DATETIME2N: 42, DATETIMEOFFSETN: 43,
  BIGVARBIN: 165, BIGVARCHR: 167, BIGBINARY: 173, BIGCHAR: 175, NVARCHAR: 231, NCHAR: 239,
  TEXT: 35, IMAGE: 34, NTEXT: 99, SSVARIANT: 98, XML: 241,
} as const;

/** TYPE_VARLEN of the MAX types (USHORTMAXLEN) */
const PLP_LENGTH = 0xffff;
const TEXT_LENGTH = 0x7fffffff;
const NTEXT_LENGTH = 0x7ffffffe;
const VARIANT_LENGTH = 8009;

/** The 4-byte collation value of TDS COLLATION (LCID in bits 0-19, flags in bits 20-27). */
const COLLATION_ID = SERVER_COLLATION.lcid | (SERVER_COLLATION.flags << 20);

function fixedOrN(nullable: boolean, fixed: number, n: number, length: number): [number, number] {
  return nullable ? [n, length] : [fixed, length];
}

function typeAndLength(type: SqlType, nullable: boolean): [number, number] {
  switch (type.kind) {
    case 'bit': return fixedOrN(nullable, TDS.BIT, TDS.BITN, 1);
    case 'tinyint': return fixedOrN(nullable, TDS.INT1, TDS.INTN, 1);
    case 'smallint': return fixedOrN(nullable, TDS.INT2, TDS.INTN, 2);
    case 'int': return fixedOrN(nullable, TDS.INT4, TDS.INTN, 4);
    case 'bigint': return fixedOrN(nullable, TDS.INT8, TDS.INTN, 8);
    case 'real': return fixedOrN(nullable, TDS.FLT4, TDS.FLTN, 4);
    case 'float': return fixedOrN(nullable, TDS.FLT8, TDS.FLTN, 8);
    case 'money': return fixedOrN(nullable, TDS.MONEY, TDS.MONEYN, 8);
    case 'smallmoney': return fixedOrN(nullable, TDS.MONEY4, TDS.MONEYN, 4);
    case 'datetime': return fixedOrN(nullable, TDS.DATETIME, TDS.DATETIMN, 8);
    case 'smalldatetime': return fixedOrN(nullable, TDS.DATETIM4, TDS.DATETIMN, 4);
    case 'decimal': return [type.numeric ? TDS.NUMERICN : TDS.DECIMALN, decimalBytes(type.precision)];
    case 'uniqueidentifier': return [TDS.GUID, 16];
    case 'date': return [TDS.DATEN, 3];
    case 'time': return [TDS.TIMEN, timeBytes(type.scale)];
    case 'datetime2': return [TDS.DATETIME2N, timeBytes(type.scale) + 3];
    case 'datetimeoffset': return [TDS.DATETIMEOFFSETN, timeBytes(type.scale) + 5];
    case 'char': return [TDS.BIGCHAR, sized(type.length, 1)];
    case 'varchar': return [TDS.BIGVARCHR, sized(type.length, 1)];
    case 'nchar': return [TDS.NCHAR, sized(type.length, 2)];
    case 'nvarchar': return [TDS.NVARCHAR, sized(type.length, 2)];
    case 'binary': return [TDS.BIGBINARY, sized(type.length, 1)];
    case 'varbinary': return [TDS.BIGVARBIN, sized(type.length, 1)];
    case 'text': return [TDS.TEXT, TEXT_LENGTH];
    case 'image': return [TDS.IMAGE, TEXT_LENGTH];
    case 'ntext': return [TDS.NTEXT, NTEXT_LENGTH];
    case 'sql_variant': return [TDS.SSVARIANT, VARIANT_LENGTH];
    case 'xml': return [TDS.XML, PLP_LENGTH];
    default: {
      const never: never = type;
      throw new Error(`no TDS type for ${(never as SqlType).kind}`);
    }
  }
}

function sized(length: number | 'max', unit: number): number {
  return length === 'max' ? PLP_LENGTH : length * unit;
}

/** MS-TDS 2.2.5.5.1.3: decimal value bytes by precision, plus the sign byte. */
function decimalBytes(precision: number): number {
  return precision <= 9 ? 5 : precision <= 19 ? 9 : precision <= 28 ? 13 : 17;
}

/** MS-TDS 2.2.5.5.1.8: time bytes by fractional scale. */
function timeBytes(scale: number): number {
  return scale <= 2 ? 3 : scale <= 4 ? 4 : 5;
}

const COLLATED = new Set<SqlType['kind']>(['char', 'varchar', 'nchar', 'nvarchar', 'text', 'ntext']);

export function tdsFacts(type: SqlType, nullable: boolean): TdsFacts {
  const [typeId, length] = typeAndLength(type, nullable);
  const collated = COLLATED.has(type.kind);
  return {
    typeId, length,
    collationId: collated ? COLLATION_ID : null,
    collationSortId: collated ? SERVER_COLLATION.sortId : null,
  };
}
