// Date and time built-ins ("Date and Time functions (Transact-SQL)"). DATEDIFF counts boundaries
// crossed (week boundaries are always Sundays); DATEPART(week/weekday) follows SET DATEFIRST.
import { IsoFields } from '@js-joda/core';
import { sqlError } from '../../errors/catalog';
import { isCharacter } from '../../types/categories';
import { convert, tryConvert } from '../../types/convert';
import {
  DAYS_1900, MAX_DAYS, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_MS, daysFromYmd, daysInMonth, dayOfYear,
  fromJsDate, hmsFromTicks, isValidYmd, isoDayOfWeek, localDateOf, normalize, ticksFromHms, ymdFromDays,
} from '../../types/dates';
import { DAY_NAMES, MONTH_NAMES, type DateTimeParts } from '../../types/format-datetime';
import type { SqlType } from '../../types/sql-type';
import { typeName } from '../../types/type-names';
import type { Typed } from '../../types/typed-value';
import { SqlDateTime, SqlDateTimeOffset, TICKS_PER_DAY, TICKS_PER_SECOND } from '../../types/values';
import { checkPartFor, dateArg, datePartOf, type DatePart } from './date-parts';
import { argAt, argInt, fn, INT_TYPE, BIGINT_TYPE, type BuiltinFunction, type FunctionContext } from './function-types';

const DATETIME: SqlType = { kind: 'datetime' };
const DATE: SqlType = { kind: 'date' };

/** Builds a value of `type` from wall-clock parts (rounding to the type's precision). */
function fromParts(p: DateTimeParts, type: SqlType): Typed {
  if (type.kind === 'datetimeoffset') {
    const offset = p.offsetMinutes ?? 0;
    const utc = normalize(p.days, p.ticks - offset * TICKS_PER_MINUTE);
    return { type, value: new SqlDateTimeOffset(utc.days, utc.ticks, offset) };
  }
  return convert({ type: { kind: 'datetime2', scale: 7 }, value: new SqlDateTime(p.days, p.ticks) }, type);
}

function weekday(days: number, dateFirst: number): number {
  return ((isoDayOfWeek(days) - dateFirst + 7) % 7) + 1;
}

function datePartValue(part: DatePart, p: DateTimeParts, ctx: FunctionContext): number {
  const { year, month, day } = ymdFromDays(p.days);
  const { hour, minute, second, fraction } = hmsFromTicks(p.ticks);
  switch (part) {
    case 'year': return year;
    case 'quarter': return Math.floor((month - 1) / 3) + 1;
    case 'month': return month;
    case 'dayofyear': return dayOfYear(p.days);
    case 'day': return day;
    case 'week': {
      const jan1 = daysFromYmd(year, 1, 1);
      return Math.floor((dayOfYear(p.days) - 1 + weekday(jan1, ctx.dateFirst) - 1) / 7) + 1;
    }
    case 'weekday': return weekday(p.days, ctx.dateFirst);
    case 'hour': return hour;
    case 'minute': return minute;
    case 'second': return second;
    case 'millisecond':
      return p.kind === 'datetime' ? Math.min(999, Math.round((Math.round((fraction * 300) / TICKS_PER_SECOND) * 10) / 3)) : Math.floor(fraction / TICKS_PER_MS);
    case 'microsecond': return Math.floor(fraction / 10);
    case 'nanosecond': return fraction * 100;
    case 'tzoffset': return p.offsetMinutes ?? 0;
    case 'iso_week': return localDateOf(p.days).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    default: {
      const never: never = part;
      throw new Error(`unknown date part ${String(never)}`);
    }
  }
}

function dateArgChecked(args: readonly Typed[], i: number, part: DatePart, fnName: string, ctx: FunctionContext): DateTimeParts | undefined {
  const a = argAt(args, i);
  const p = dateArg(a, ctx);
  if (p && !isCharacter(a.type)) checkPartFor(part, p, fnName, typeName(a.type));
  return p;
}

function dateAdd(args: readonly Typed[], ctx: FunctionContext): Typed {
  const part = datePartOf(args[0], 'dateadd');
  const target = argAt(args, 2);
  const resultType = isCharacter(target.type) ? DATETIME : target.type;
  const n = argInt(args, 1);
  const p = dateArgChecked(args, 2, part, 'dateadd', ctx);
  if (n === undefined || !p) return { type: resultType, value: null };
  let days = p.days;
  let ticks = p.ticks;
  const overflow = (): never => {
    throw sqlError(517, typeName(resultType));
  };
  const addMonths = (months: number): void => {
    const { year, month, day } = ymdFromDays(days);
    const total = year * 12 + (month - 1) + months;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    if (y < 1 || y > 9999) overflow();
    days = daysFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
  };
  switch (part) {
    case 'year': addMonths(n * 12); break;
    case 'quarter': addMonths(n * 3); break;
    case 'month': addMonths(n); break;
    case 'dayofyear':
    case 'day':
    case 'weekday': days += n; break;
    case 'week': days += n * 7; break;
    case 'hour': ticks += n * TICKS_PER_HOUR; break;
    case 'minute': ticks += n * TICKS_PER_MINUTE; break;
    case 'second': ticks += n * TICKS_PER_SECOND; break;
    case 'millisecond': ticks += n * TICKS_PER_MS; break;
    case 'microsecond': ticks += n * 10; break;
    case 'nanosecond': ticks += Math.round(n / 100); break;
    case 'tzoffset':
    case 'iso_week':
      throw sqlError(9810, part, 'dateadd', typeName(resultType));
    default: {
      const never: never = part;
      throw new Error(`unknown date part ${String(never)}`);
    }
  }
  const r = normalize(days, ticks);
  if (p.kind === 'time') return fromParts({ ...p, days: DAYS_1900, ticks: r.ticks }, resultType);
  if (r.days < 0 || r.days > MAX_DAYS) overflow();
  try {
    return fromParts({ ...p, days: r.days, ticks: r.ticks }, resultType);
  } catch {
    return overflow();
  }
}

const BIG = (n: number): bigint => BigInt(n);

/** Absolute position of a wall clock in 100 ns ticks (datetimeoffset: its UTC instant). */
function absoluteTicks(p: DateTimeParts): bigint {
  const offsetTicks = BIG(p.offsetMinutes ?? 0) * BIG(TICKS_PER_MINUTE);
  return BIG(p.days) * BIG(TICKS_PER_DAY) + BIG(p.ticks) - (p.kind === 'datetimeoffset' ? offsetTicks : 0n);
}

const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));

function dateDiff(part: DatePart, a: DateTimeParts, b: DateTimeParts): bigint {
  const ta = absoluteTicks(a);
  const tb = absoluteTicks(b);
  const da = Number(floorDiv(ta, BIG(TICKS_PER_DAY)));
  const db = Number(floorDiv(tb, BIG(TICKS_PER_DAY)));
  const ya = ymdFromDays(da);
  const yb = ymdFromDays(db);
  const per = (unit: number): bigint => floorDiv(tb, BIG(unit)) - floorDiv(ta, BIG(unit));
  switch (part) {
    case 'year': return BIG(yb.year - ya.year);
    case 'quarter': return BIG(yb.year * 4 + Math.floor((yb.month - 1) / 3) - (ya.year * 4 + Math.floor((ya.month - 1) / 3)));
    case 'month': return BIG(yb.year * 12 + yb.month - (ya.year * 12 + ya.month));
    case 'dayofyear':
    case 'day':
    case 'weekday': return BIG(db - da);
    // Day 0 (0001-01-01) is a Monday, so Sunday boundaries fall where (days + 1) % 7 == 0.
    case 'week': return BIG(Math.floor((db + 1) / 7) - Math.floor((da + 1) / 7));
    case 'iso_week': return BIG(Math.floor(db / 7) - Math.floor(da / 7));
    case 'hour': return per(TICKS_PER_HOUR);
    case 'minute': return per(TICKS_PER_MINUTE);
    case 'second': return per(TICKS_PER_SECOND);
    case 'millisecond': return per(TICKS_PER_MS);
    case 'microsecond': return per(10);
    case 'nanosecond': return (tb - ta) * 100n;
    case 'tzoffset': return BIG((b.offsetMinutes ?? 0) - (a.offsetMinutes ?? 0));
    default: {
      const never: never = part;
      throw new Error(`unknown date part ${String(never)}`);
    }
  }
}

function dateDiffFn(name: string, big: boolean): BuiltinFunction {
  return fn(name, 3, 3, (args, ctx) => {
    const part = datePartOf(args[0], name);
    const a = dateArgChecked(args, 1, part, name, ctx);
    const b = dateArgChecked(args, 2, part, name, ctx);
    const type = big ? BIGINT_TYPE : INT_TYPE;
    if (!a || !b) return { type, value: null };
    const d = dateDiff(part, a, b);
    if (big) return { type, value: d };
    if (d < -2147483648n || d > 2147483647n) throw sqlError(535, 'datediff', 'datediff');
    return { type, value: Number(d) };
  });
}

function datePartFn(name: string, part: DatePart | undefined): BuiltinFunction {
  return fn(name, part ? 1 : 2, part ? 1 : 2, (args, ctx) => {
    const dp = part ?? datePartOf(args[0], 'datepart');
    const p = dateArgChecked(args, part ? 0 : 1, dp, 'datepart', ctx);
    return { type: INT_TYPE, value: p ? datePartValue(dp, p, ctx) : null };
  });
}

function nowParts(ctx: FunctionContext, utc: boolean): DateTimeParts & { utcDays: number; utcTicks: number } {
  const { utc: instant, offsetMinutes } = ctx.now();
  const u = fromJsDate(instant);
  const local = normalize(u.days, u.ticks + (utc ? 0 : offsetMinutes * TICKS_PER_MINUTE));
  return { kind: 'datetime2', days: local.days, ticks: local.ticks, scale: 7, offsetMinutes: utc ? 0 : offsetMinutes, utcDays: u.days, utcTicks: u.ticks };
}

function clockFn(name: string, type: SqlType, utc: boolean): BuiltinFunction {
  return fn(name, 0, 0, (_args, ctx) => {
    const p = nowParts(ctx, utc);
    if (type.kind === 'datetimeoffset') return { type, value: new SqlDateTimeOffset(p.utcDays, p.utcTicks, p.offsetMinutes ?? 0) };
    return fromParts(p, type);
  });
}

function fromPartsFn(name: string, min: number, max: number, build: (n: number[]) => Typed | undefined, type: (n: (number | undefined)[]) => SqlType): BuiltinFunction {
  return fn(name, min, max, (args) => {
    const nums = args.map((_, i) => argInt(args, i));
    const t = type(nums);
    if (nums.some((n) => n === undefined)) return { type: t, value: null };
    const r = build(nums as number[]);
    if (!r) throw sqlError(289, t.kind);
    return r;
  });
}

function validTime(h: number, mi: number, s: number): boolean {
  return h >= 0 && h < 24 && mi >= 0 && mi < 60 && s >= 0 && s < 60;
}

const datetimeText = (part: DatePart, p: DateTimeParts, ctx: FunctionContext): string => {
  if (part === 'month') return MONTH_NAMES[ymdFromDays(p.days).month - 1] ?? '';
  if (part === 'weekday') return DAY_NAMES[isoDayOfWeek(p.days) - 1] ?? '';
  if (part === 'tzoffset') {
    const o = p.offsetMinutes ?? 0;
    const abs = Math.abs(o);
    return `${o < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  }
  return String(datePartValue(part, p, ctx));
};

export const dateFunctions: readonly BuiltinFunction[] = [
  fn('DATEADD', 3, 3, dateAdd),
  dateDiffFn('DATEDIFF', false),
  dateDiffFn('DATEDIFF_BIG', true),
  datePartFn('DATEPART', undefined),
  datePartFn('YEAR', 'year'),
  datePartFn('MONTH', 'month'),
  datePartFn('DAY', 'day'),
  fn('DATENAME', 2, 2, (args, ctx) => {
    const part = datePartOf(args[0], 'datename');
    const p = dateArgChecked(args, 1, part, 'datename', ctx);
    return { type: { kind: 'nvarchar', length: 30 }, value: p ? datetimeText(part, p, ctx) : null };
  }),
  fn('EOMONTH', 1, 2, (args, ctx) => {
    const p = dateArg(argAt(args, 0), ctx);
    const offset = args.length > 1 ? argInt(args, 1) : 0;
    if (!p || offset === undefined) return { type: DATE, value: null };
    const { year, month } = ymdFromDays(p.days);
    const total = year * 12 + month - 1 + offset;
    const y = Math.floor(total / 12);
    const m = (total % 12) + 1;
    if (y < 1 || y > 9999) throw sqlError(517, 'date');
    return { type: DATE, value: daysFromYmd(y, m, daysInMonth(y, m)) };
  }),
  fromPartsFn('DATEFROMPARTS', 3, 3, ([y = 0, m = 0, d = 0]) => (isValidYmd(y, m, d) ? { type: DATE, value: daysFromYmd(y, m, d) } : undefined), () => DATE),
  fromPartsFn('DATETIMEFROMPARTS', 7, 7, ([y = 0, m = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0]) => {
    if (!isValidYmd(y, m, d) || !validTime(h, mi, s) || ms < 0 || ms > 999 || y < 1753) return undefined;
    return convert({ type: { kind: 'datetime2', scale: 7 }, value: new SqlDateTime(daysFromYmd(y, m, d), ticksFromHms(h, mi, s, ms * TICKS_PER_MS)) }, DATETIME);
  }, () => DATETIME),
  fromPartsFn('SMALLDATETIMEFROMPARTS', 5, 5, ([y = 0, m = 0, d = 0, h = 0, mi = 0]) => {
    if (!isValidYmd(y, m, d) || !validTime(h, mi, 0) || y < 1900 || y > 2079) return undefined;
    return { type: { kind: 'smalldatetime' }, value: new SqlDateTime(daysFromYmd(y, m, d), ticksFromHms(h, mi, 0)) };
  }, () => ({ kind: 'smalldatetime' })),
  fromPartsFn('DATETIME2FROMPARTS', 8, 8, ([y = 0, m = 0, d = 0, h = 0, mi = 0, s = 0, f = 0, prec = 7]) => {
    if (!isValidYmd(y, m, d) || !validTime(h, mi, s) || prec < 0 || prec > 7 || f < 0 || f >= 10 ** prec) return undefined;
    return { type: { kind: 'datetime2', scale: prec }, value: new SqlDateTime(daysFromYmd(y, m, d), ticksFromHms(h, mi, s, f * 10 ** (7 - prec))) };
  }, (n) => ({ kind: 'datetime2', scale: n[7] ?? 7 })),
  fromPartsFn('TIMEFROMPARTS', 5, 5, ([h = 0, mi = 0, s = 0, f = 0, prec = 7]) => {
    if (!validTime(h, mi, s) || prec < 0 || prec > 7 || f < 0 || f >= 10 ** prec) return undefined;
    return { type: { kind: 'time', scale: prec }, value: ticksFromHms(h, mi, s, f * 10 ** (7 - prec)) };
  }, (n) => ({ kind: 'time', scale: n[4] ?? 7 })),
  clockFn('GETDATE', DATETIME, false),
  clockFn('CURRENT_TIMESTAMP', DATETIME, false),
  clockFn('GETUTCDATE', DATETIME, true),
  clockFn('SYSDATETIME', { kind: 'datetime2', scale: 7 }, false),
  clockFn('SYSUTCDATETIME', { kind: 'datetime2', scale: 7 }, true),
  clockFn('SYSDATETIMEOFFSET', { kind: 'datetimeoffset', scale: 7 }, false),
  fn('ISDATE', 1, 1, (args, ctx) => {
    const a = argAt(args, 0);
    if (a.value === null) return { type: INT_TYPE, value: 0 };
    const r = tryConvert(a, DATETIME, { dateFormat: ctx.dateFormat });
    return { type: INT_TYPE, value: r.value === null ? 0 : 1 };
  }),
  fn('SWITCHOFFSET', 2, 2, (args, ctx) => {
    const p = dateArg(argAt(args, 0), ctx);
    const off = argAt(args, 1);
    const type: SqlType = { kind: 'datetimeoffset', scale: 7 };
    if (!p || off.value === null) return { type, value: null };
    const minutes = offsetMinutesOf(off);
    const utc = normalize(p.days, p.ticks - (p.offsetMinutes ?? 0) * TICKS_PER_MINUTE);
    return { type, value: new SqlDateTimeOffset(utc.days, utc.ticks, minutes) };
  }),
  fn('TODATETIMEOFFSET', 2, 2, (args, ctx) => {
    const p = dateArg(argAt(args, 0), ctx);
    const off = argAt(args, 1);
    const type: SqlType = { kind: 'datetimeoffset', scale: 7 };
    if (!p || off.value === null) return { type, value: null };
    return fromParts({ ...p, offsetMinutes: offsetMinutesOf(off) }, type);
  }),
];

function offsetMinutesOf(v: Typed): number {
  if (isCharacter(v.type)) {
    const s = String(v.value).trim();
    const sign = s.startsWith('-') ? -1 : 1;
    const [h = '0', m = '0'] = s.replace(/^[+-]/, '').split(':');
    return sign * (Number(h) * 60 + Number(m));
  }
  return Number(convert(v, INT_TYPE).value);
}
