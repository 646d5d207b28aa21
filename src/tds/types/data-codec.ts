// The data bytes of one non-NULL value (MS-TDS 2.2.5.5.1), without any length prefix, for
// every SqlType, in both directions. Value shapes follow src/types/values.ts.
import { ProtocolError } from '../../errors/protocol-error';
import { SERVER_COLLATION } from '../../types/collation';
import type { SqlType } from '../../types/sql-type';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, type SqlValue } from '../../types/values';
import { decodeCodePage, encodeCodePage } from './code-page';
import { decodeDecimal, decodeGuid, decodeMoney, encodeDecimal, encodeGuid, encodeMoney } from './numeric';
import {
  DAYS_0001_TO_1900,
  datetimeUnitsToTicks,
  minutesToTicks,
  roundDateTime,
  ticksToDatetimeUnits,
  ticksToMinutes,
  timeLength,
  timeUnitsToTicks,
  ticksToTimeUnits,
} from './temporal';

const DATE_LENGTH = 3;
const UTF16_BOM = '\ufeff';

type NonNull = Exclude<SqlValue, null>;

function expect<T>(ok: boolean, value: unknown, type: SqlType): T {
  if (!ok) throw new TypeError(`value ${String(value)} (${typeof value}) does not fit ${type.kind}`);
  return value as T;
}

const asNumber = (v: NonNull, t: SqlType): number => expect<number>(typeof v === 'number', v, t);
const asBigint = (v: NonNull, t: SqlType): bigint =>
  typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : expect<bigint>(typeof v === 'bigint', v, t);
const asString = (v: NonNull, t: SqlType): string => expect<string>(typeof v === 'string', v, t);
const asBuffer = (v: NonNull, t: SqlType): Buffer => expect<Buffer>(Buffer.isBuffer(v), v, t);

function fixedBuffer(length: number, write: (b: Buffer) => void): Buffer {
  const b = Buffer.alloc(length);
  write(b);
  return b;
}

function encodeTimeDate(units: number, scale: number, days: number): Buffer {
  const t = timeLength(scale);
  return fixedBuffer(t + DATE_LENGTH, (b) => {
    b.writeUIntLE(units, 0, t);
    b.writeUIntLE(days, t, DATE_LENGTH);
  });
}

export function encodeData(type: SqlType, value: NonNull): Buffer {
  switch (type.kind) {
    case 'bit':
      return Buffer.from([value === true || value === 1 ? 1 : 0]);
    case 'tinyint':
      return fixedBuffer(1, (b) => b.writeUInt8(asNumber(value, type)));
    case 'smallint':
      return fixedBuffer(2, (b) => b.writeInt16LE(asNumber(value, type)));
    case 'int':
      return fixedBuffer(4, (b) => b.writeInt32LE(asNumber(value, type)));
    case 'bigint':
      return fixedBuffer(8, (b) => b.writeBigInt64LE(asBigint(value, type)));
    case 'real':
      return fixedBuffer(4, (b) => b.writeFloatLE(asNumber(value, type)));
    case 'float':
      return fixedBuffer(8, (b) => b.writeDoubleLE(asNumber(value, type)));
    case 'smallmoney':
      return fixedBuffer(4, (b) => b.writeInt32LE(Number(asBigint(value, type))));
    case 'money':
      return encodeMoney(asBigint(value, type));
    case 'decimal':
      return encodeDecimal(expect<SqlDecimal>(value instanceof SqlDecimal, value, type), type.precision, type.scale);
    case 'char':
    case 'varchar':
    case 'text':
      return encodeCodePage(asString(value, type), SERVER_COLLATION.codePage);
    case 'nchar':
    case 'nvarchar':
    case 'ntext':
    case 'xml':
      return Buffer.from(asString(value, type), 'utf16le');
    case 'binary':
    case 'varbinary':
    case 'image':
      return asBuffer(value, type);
    case 'uniqueidentifier':
      return encodeGuid(asString(value, type));
    case 'date':
      return fixedBuffer(DATE_LENGTH, (b) => b.writeUIntLE(asNumber(value, type), 0, DATE_LENGTH));
    case 'time': {
      const { units } = ticksToTimeUnits(asNumber(value, type), type.scale);
      return fixedBuffer(timeLength(type.scale), (b) => b.writeUIntLE(units, 0, timeLength(type.scale)));
    }
    case 'datetime2': {
      const v = expect<SqlDateTime>(value instanceof SqlDateTime, value, type);
      const r = roundDateTime(v.days, v.ticks, type.scale);
      return encodeTimeDate(r.units, type.scale, r.days);
    }
    case 'datetimeoffset': {
      const v = expect<SqlDateTimeOffset>(value instanceof SqlDateTimeOffset, value, type);
      const r = roundDateTime(v.days, v.ticks, type.scale);
      return Buffer.concat([encodeTimeDate(r.units, type.scale, r.days), fixedBuffer(2, (b) => b.writeInt16LE(v.offsetMinutes))]);
    }
    case 'datetime': {
      const v = expect<SqlDateTime>(value instanceof SqlDateTime, value, type);
      const { units, carry } = ticksToDatetimeUnits(v.ticks);
      return fixedBuffer(8, (b) => {
        b.writeInt32LE(v.days + carry - DAYS_0001_TO_1900, 0);
        b.writeUInt32LE(units, 4);
      });
    }
    case 'smalldatetime': {
      const v = expect<SqlDateTime>(value instanceof SqlDateTime, value, type);
      const { minutes, carry } = ticksToMinutes(v.ticks);
      return fixedBuffer(4, (b) => {
        b.writeUInt16LE(v.days + carry - DAYS_0001_TO_1900, 0);
        b.writeUInt16LE(minutes, 2);
      });
    }
    case 'sql_variant':
      throw new Error('sql_variant data is written by variant.ts');
    default: {
      const never: never = type;
      throw new Error(`cannot encode ${JSON.stringify(never)}`);
    }
  }
}

function exactLength(bytes: Buffer, length: number, type: SqlType): void {
  if (bytes.length !== length) throw new ProtocolError(`${type.kind} value of ${bytes.length} bytes, expected ${length}`);
}

function decodeTimeDate(bytes: Buffer, scale: number): { days: number; ticks: number } {
  const t = timeLength(scale);
  return { ticks: timeUnitsToTicks(bytes.readUIntLE(0, t), scale), days: bytes.readUIntLE(t, DATE_LENGTH) };
}

/** `codePage` decodes char/varchar/text (from the value's collation). */
export function decodeData(type: SqlType, bytes: Buffer, codePage: number): NonNull {
  switch (type.kind) {
    case 'bit':
      exactLength(bytes, 1, type);
      return bytes[0] !== 0;
    case 'tinyint':
      exactLength(bytes, 1, type);
      return bytes.readUInt8(0);
    case 'smallint':
      exactLength(bytes, 2, type);
      return bytes.readInt16LE(0);
    case 'int':
      exactLength(bytes, 4, type);
      return bytes.readInt32LE(0);
    case 'bigint':
      exactLength(bytes, 8, type);
      return bytes.readBigInt64LE(0);
    case 'real':
      exactLength(bytes, 4, type);
      return bytes.readFloatLE(0);
    case 'float':
      exactLength(bytes, 8, type);
      return bytes.readDoubleLE(0);
    case 'smallmoney':
      exactLength(bytes, 4, type);
      return BigInt(bytes.readInt32LE(0));
    case 'money':
      exactLength(bytes, 8, type);
      return decodeMoney(bytes);
    case 'decimal':
      return decodeDecimal(bytes, type.scale);
    case 'char':
    case 'varchar':
    case 'text':
      return decodeCodePage(bytes, codePage);
    case 'nchar':
    case 'nvarchar':
    case 'ntext':
      if (bytes.length % 2 !== 0) throw new ProtocolError(`${type.kind} value of odd length ${bytes.length}`);
      return bytes.toString('utf16le');
    case 'xml': {
      if (bytes.length % 2 !== 0) throw new ProtocolError(`xml value of odd length ${bytes.length}`);
      const text = bytes.toString('utf16le');
      return text.startsWith(UTF16_BOM) ? text.slice(1) : text;
    }
    case 'binary':
    case 'varbinary':
    case 'image':
      return Buffer.from(bytes);
    case 'uniqueidentifier':
      return decodeGuid(bytes);
    case 'date':
      exactLength(bytes, DATE_LENGTH, type);
      return bytes.readUIntLE(0, DATE_LENGTH);
    case 'time':
      exactLength(bytes, timeLength(type.scale), type);
      return timeUnitsToTicks(bytes.readUIntLE(0, bytes.length), type.scale);
    case 'datetime2': {
      exactLength(bytes, timeLength(type.scale) + DATE_LENGTH, type);
      const v = decodeTimeDate(bytes, type.scale);
      return new SqlDateTime(v.days, v.ticks);
    }
    case 'datetimeoffset': {
      exactLength(bytes, timeLength(type.scale) + DATE_LENGTH + 2, type);
      const v = decodeTimeDate(bytes, type.scale);
      return new SqlDateTimeOffset(v.days, v.ticks, bytes.readInt16LE(bytes.length - 2));
    }
    case 'datetime':
      exactLength(bytes, 8, type);
      return new SqlDateTime(bytes.readInt32LE(0) + DAYS_0001_TO_1900, datetimeUnitsToTicks(bytes.readUInt32LE(4)));
    case 'smalldatetime':
      exactLength(bytes, 4, type);
      return new SqlDateTime(bytes.readUInt16LE(0) + DAYS_0001_TO_1900, minutesToTicks(bytes.readUInt16LE(2)));
    case 'sql_variant':
      throw new Error('sql_variant data is read by variant.ts');
    default: {
      const never: never = type;
      throw new Error(`cannot decode ${JSON.stringify(never)}`);
    }
  }
}
