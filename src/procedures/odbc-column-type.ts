// The ODBC description of one typed column or parameter (DATA_TYPE, PRECISION, LENGTH, SCALE,
// RADIX, SQL_DATA_TYPE, SQL_DATETIME_SUB, ...) as SQL Server's catalog procedures compute it from
// sys.types and the column's max_length/precision/scale. Two flavours: the procedures that predate
// SQL Server 2008 report date, time, datetime2 and datetimeoffset as nvarchar strings (ODBC
// SQL_WVARCHAR, -9) so old drivers can read them; the `_100` procedures give their own codes
// (SQL_TYPE_DATE 91 / SQL_DATE 9, SQL_SS_TIME2 -154, SQL_SS_TIMESTAMPOFFSET -155).
// https://learn.microsoft.com/sql/relational-databases/native-client-odbc-date-time/metadata-catalog

/** ODBC SQL data type codes (sql.h, sqlext.h, sqlncli.h). */
export const ODBC_TYPE = {
  char: 1, numeric: 2, decimal: 3, integer: 4, smallint: 5, float: 6, real: 7, date2: 9, datetime2: 11, varchar: 12,
  typeDate: 91, typeTimestamp: 93, longVarchar: -1, binary: -2, varbinary: -3, longVarbinary: -4, bigint: -5,
  tinyint: -6, bit: -7, wchar: -8, wvarchar: -9, wlongVarchar: -10, guid: -11, variant: -150, xml: -152,
  time2: -154, timestampOffset: -155, datetimeVerbose: 9,
} as const;

/** SQL_DATETIME_SUB codes (SQL_CODE_DATE, SQL_CODE_TIMESTAMP). */
const DATETIME_SUB = { date: 1, timestamp: 3, none: 0 } as const;

export interface OdbcFlavour {
  readonly odbcVer: number;
  /** the SQL Server 2008 (`_100`) procedures */
  readonly katmai: boolean;
}

export interface ColumnTypeFacts {
  readonly dataType: number;
  readonly precision: number;
  readonly length: number;
  readonly scale: number | null;
  readonly radix: number | null;
  readonly sqlDataType: number;
  readonly sqlDatetimeSub: number | null;
  readonly charOctetLength: number | null;
  readonly ssDataType: number | null;
}

/** Numbers that do not depend on the column: [DATA_TYPE, PRECISION, LENGTH, SCALE, RADIX, SS_DATA_TYPE]. */
const FIXED: Readonly<Record<string, readonly [number, number, number, number | null, number | null, number]>> = {
  bigint: [ODBC_TYPE.bigint, 19, 8, 0, 10, 38], int: [ODBC_TYPE.integer, 10, 4, 0, 10, 38],
  smallint: [ODBC_TYPE.smallint, 5, 2, 0, 10, 38], tinyint: [ODBC_TYPE.tinyint, 3, 1, 0, 10, 38],
  bit: [ODBC_TYPE.bit, 1, 1, null, null, 50], float: [ODBC_TYPE.float, 15, 8, null, 10, 109],
  real: [ODBC_TYPE.real, 7, 4, null, 10, 109], money: [ODBC_TYPE.decimal, 19, 21, 4, 10, 110],
  smallmoney: [ODBC_TYPE.decimal, 10, 12, 4, 10, 110], uniqueidentifier: [ODBC_TYPE.guid, 36, 16, null, null, 37],
  sql_variant: [ODBC_TYPE.variant, 8000, 8000, 0, 10, 39], timestamp: [ODBC_TYPE.binary, 8, 8, null, null, 45],
  text: [ODBC_TYPE.longVarchar, 2147483647, 2147483647, null, null, 35],
  ntext: [ODBC_TYPE.wlongVarchar, 1073741823, 2147483646, null, null, 35],
  image: [ODBC_TYPE.longVarbinary, 2147483647, 2147483647, null, null, 34],
};

/** [code, characters per byte, SS_DATA_TYPE] of the sized string and binary types. */
const SIZED: Readonly<Record<string, readonly [number, number, number]>> = {
  char: [ODBC_TYPE.char, 1, 47], varchar: [ODBC_TYPE.varchar, 1, 39], nchar: [ODBC_TYPE.wchar, 2, 39],
  nvarchar: [ODBC_TYPE.wvarchar, 2, 39], binary: [ODBC_TYPE.binary, 1, 45], varbinary: [ODBC_TYPE.varbinary, 1, 37],
};

/** Characters of the string form of the date/time types at fractional scale `s` (sp_columns PRECISION). */
const withFraction = (base: number, s: number): number => base + (s > 0 ? s + 1 : 0);

/** ODBC C structure sizes of the 2008 types (BUFFER_LENGTH / LENGTH in the `_100` procedures). */
const STRUCT_LENGTH = { date: 6, time: 12, datetime2: 16, datetimeoffset: 20 } as const;

function plain(dataType: number, precision: number, length: number, scale: number | null, radix: number | null, ss: number | null,
  charOctetLength: number | null = null): ColumnTypeFacts {
  return { dataType, precision, length, scale, radix, sqlDataType: dataType, sqlDatetimeSub: null, charOctetLength, ssDataType: ss };
}

function temporal(dataType: number, precision: number, length: number, scale: number | null, sqlDataType: number, sub: number): ColumnTypeFacts {
  return { dataType, precision, length, scale, radix: null, sqlDataType, sqlDatetimeSub: sub, charOctetLength: null, ssDataType: 0 };
}

/** The 2008 date/time types, by flavour. */
function dateTime2008(type: 'date' | 'time' | 'datetime2' | 'datetimeoffset', scale: number, f: OdbcFlavour): ColumnTypeFacts {
  const base = { date: 10, time: 8, datetime2: 19, datetimeoffset: 26 }[type];
  const precision = type === 'date' ? base : withFraction(base, scale);
  const s = type === 'date' ? null : scale;
  if (!f.katmai) return { ...plain(ODBC_TYPE.wvarchar, precision, 2 * precision, s, null, 39, 2 * precision) };
  switch (type) {
    case 'date': return temporal(f.odbcVer === 3 ? ODBC_TYPE.typeDate : ODBC_TYPE.date2, precision, STRUCT_LENGTH.date, s, ODBC_TYPE.datetimeVerbose, DATETIME_SUB.date);
    case 'time': return temporal(ODBC_TYPE.time2, precision, STRUCT_LENGTH.time, s, ODBC_TYPE.time2, DATETIME_SUB.none);
    case 'datetime2': return temporal(f.odbcVer === 3 ? ODBC_TYPE.typeTimestamp : ODBC_TYPE.datetime2, precision, STRUCT_LENGTH.datetime2, s,
      ODBC_TYPE.datetimeVerbose, DATETIME_SUB.timestamp);
    case 'datetimeoffset': return temporal(ODBC_TYPE.timestampOffset, precision, STRUCT_LENGTH.datetimeoffset, s, ODBC_TYPE.timestampOffset, DATETIME_SUB.none);
    default: { const never: never = type; return never; }
  }
}

/**
 * `typeName` is the sys.types name; maxLength/precision/scale are sys.columns / sys.parameters
 * numbers (max_length in bytes, -1 for (max)).
 */
export function odbcColumnType(typeName: string, maxLength: number, precision: number, scale: number, f: OdbcFlavour): ColumnTypeFacts {
  const name = typeName.toLowerCase();
  const fixed = FIXED[name];
  if (fixed !== undefined) return plain(...fixed);
  const sized = SIZED[name];
  if (sized !== undefined) {
    const [code, bytesPerChar, ss] = sized;
    // (max) keeps the type's own code (SQL Server 2005+ report varchar(max) as varchar) with the
    // long type's precision and LENGTH 0, as sp_columns does.
    if (maxLength === -1) return plain(code, bytesPerChar === 2 ? 1073741823 : 2147483647, 0, null, null, ss, 0);
    return plain(code, maxLength / bytesPerChar, maxLength, null, null, ss, maxLength);
  }
  switch (name) {
    case 'decimal': case 'numeric':
      return plain(name === 'decimal' ? ODBC_TYPE.decimal : ODBC_TYPE.numeric, precision, precision + 2, scale, 10, name === 'decimal' ? 106 : 108);
    case 'datetime': case 'smalldatetime': {
      const code = f.odbcVer === 3 ? ODBC_TYPE.typeTimestamp : ODBC_TYPE.datetime2;
      return { ...temporal(code, name === 'datetime' ? 23 : 16, 16, name === 'datetime' ? 3 : 0, ODBC_TYPE.datetimeVerbose, DATETIME_SUB.timestamp), ssDataType: 111 };
    }
    case 'date': case 'time': case 'datetime2': case 'datetimeoffset':
      return dateTime2008(name, scale, f);
    case 'xml':
      return f.katmai ? plain(ODBC_TYPE.xml, 0, 0, null, null, 0) : plain(ODBC_TYPE.wlongVarchar, 1073741823, 2147483646, null, null, 35);
    default:
      return plain(ODBC_TYPE.wvarchar, maxLength, maxLength, null, null, null);
  }
}
