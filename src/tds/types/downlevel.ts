// What SQL Server sends to clients that negotiated an older TDS version, in one place:
// - below 7.3 there are no DATEN/TIMEN/DATETIME2N/DATETIMEOFFSETN types (2.2.5.4.3 "introduced
//   in TDS 7.3"): date/time/datetime2/datetimeoffset go out as NVARCHAR holding ISO text;
// - below 7.2 there is no PLP (2.2.5.2.3) nor XMLTYPE: varchar(max)/nvarchar(max)/varbinary(max)
//   go out as TEXT/NTEXT/IMAGE and xml as NTEXT.
// Token encoders call these before writing TYPE_INFO and values, so metadata and rows agree.
import type { SqlType } from '../../types/sql-type';
import { SqlDateTime, SqlDateTimeOffset, SqlVariant, type SqlValue } from '../../types/values';
import { TDS_VERSION, atLeast, type TdsVersion } from '../constants';
import { formatDate, formatDateTime2, formatDateTimeOffset, formatTime } from './temporal';

/** lengths of the ISO texts: 'hh:mm:ss', 'YYYY-MM-DD', 'YYYY-MM-DD hh:mm:ss', offset ' +hh:mm' */
const TIME_TEXT = 8;
const DATE_TEXT = 10;
const DATETIME_TEXT = 19;
const OFFSET_TEXT = 7;

const fraction = (scale: number): number => (scale > 0 ? scale + 1 : 0);

export function downlevelType(type: SqlType, tdsVersion: TdsVersion): SqlType {
  if (!atLeast(tdsVersion, TDS_VERSION.V7_3A)) {
    switch (type.kind) {
      case 'date':
        return { kind: 'nvarchar', length: DATE_TEXT };
      case 'time':
        return { kind: 'nvarchar', length: TIME_TEXT + fraction(type.scale) };
      case 'datetime2':
        return { kind: 'nvarchar', length: DATETIME_TEXT + fraction(type.scale) };
      case 'datetimeoffset':
        return { kind: 'nvarchar', length: DATETIME_TEXT + fraction(type.scale) + OFFSET_TEXT };
      default:
        break;
    }
  }
  if (!atLeast(tdsVersion, TDS_VERSION.V7_2)) {
    if (type.kind === 'xml') return { kind: 'ntext' };
    if ((type.kind === 'varchar' || type.kind === 'char') && type.length === 'max') return { kind: 'text' };
    if ((type.kind === 'nvarchar' || type.kind === 'nchar') && type.length === 'max') return { kind: 'ntext' };
    if ((type.kind === 'varbinary' || type.kind === 'binary') && type.length === 'max') return { kind: 'image' };
  }
  return type;
}

/** The value to send for a column/parameter of `type` (the type before downlevelType). */
export function downlevelValue(type: SqlType, value: SqlValue, tdsVersion: TdsVersion): SqlValue {
  if (value === null || atLeast(tdsVersion, TDS_VERSION.V7_3A)) return value;
  if (value instanceof SqlVariant) {
    const inner = downlevelValue(value.type, value.value, tdsVersion) as Exclude<SqlValue, SqlVariant | null>;
    return inner === value.value ? value : new SqlVariant(downlevelType(value.type, tdsVersion), inner);
  }
  switch (type.kind) {
    case 'date':
      return typeof value === 'number' ? formatDate(value) : value;
    case 'time':
      return typeof value === 'number' ? formatTime(value, type.scale) : value;
    case 'datetime2':
      return value instanceof SqlDateTime ? formatDateTime2(value.days, value.ticks, type.scale) : value;
    case 'datetimeoffset':
      return value instanceof SqlDateTimeOffset
        ? formatDateTimeOffset(value.days, value.ticks, value.offsetMinutes, type.scale)
        : value;
    default:
      return value;
  }
}
