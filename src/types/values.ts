// The JavaScript representation of SQL values, one per SqlType kind. The engine computes with
// these and the TDS layer encodes them, so the table below is the contract between the two:
//
//   bit                          boolean
//   tinyint, smallint, int       number (integral)
//   bigint                       bigint
//   decimal/numeric              SqlDecimal (unscaled bigint + scale)
//   money, smallmoney            bigint, in units of 1/10,000
//   real, float                  number
//   char, varchar, nchar, nvarchar, text, ntext, xml   string
//   binary, varbinary, image     Buffer
//   uniqueidentifier             string, canonical 36 characters, upper case
//   date                         number: days since 0001-01-01
//   time                         number: 100 ns ticks since midnight (< 864,000,000,000)
//   datetime, smalldatetime, datetime2   SqlDateTime (days since 0001-01-01, ticks since midnight)
//   datetimeoffset               SqlDateTimeOffset (the UTC instant as days/ticks + offset minutes)
//   sql_variant                  SqlVariant (base type + value) — never nested
//   NULL (any type)              null
//
// Dates are proleptic Gregorian, UTC-free wall-clock values, as in SQL Server.
import type { SqlType } from './sql-type';

export const TICKS_PER_SECOND = 10_000_000;
export const TICKS_PER_DAY = 864_000_000_000;

export class SqlDecimal {
  /** value = unscaled / 10^scale */
  constructor(readonly unscaled: bigint, readonly scale: number) {}
}

export class SqlDateTime {
  constructor(readonly days: number, readonly ticks: number) {}
}

export class SqlDateTimeOffset {
  /** days/ticks are the UTC instant; offsetMinutes is the zone offset (-840..840). */
  constructor(readonly days: number, readonly ticks: number, readonly offsetMinutes: number) {}
}

export class SqlVariant {
  constructor(readonly type: SqlType, readonly value: Exclude<SqlValue, SqlVariant | null>) {}
}

export type SqlValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | Buffer
  | SqlDecimal
  | SqlDateTime
  | SqlDateTimeOffset
  | SqlVariant;
