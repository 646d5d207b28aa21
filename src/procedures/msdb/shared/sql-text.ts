// Literals for values spliced into the generated T-SQL (argument values never become SQL text
// any other way).
import { hmsFromTicks, ymdFromDays } from '../../../types/dates';
import { SqlDateTime, type SqlValue } from '../../../types/values';

/** N'...' (NULL for null/undefined) */
export function nlit(v: SqlValue | string | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  return `N'${String(v).replace(/'/g, "''")}'`;
}

/** an int literal (NULL for null/undefined) */
export function ilit(v: SqlValue | number | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${String(v)}`);
  return String(Math.trunc(n));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** CONVERT(uniqueidentifier, N'...') of a GUID text */
export function glit(v: SqlValue | string | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  const s = String(v);
  if (!GUID.test(s)) throw new Error(`not a GUID: ${s}`);
  return `CONVERT(uniqueidentifier, N'${s.toUpperCase()}')`;
}

const HEX = /^0x[0-9a-f]*$/i;

/** a binary literal from '0x...' text */
export function blit(v: string | undefined): string {
  if (v === undefined) return 'NULL';
  if (!HEX.test(v)) throw new Error(`not hex: ${v}`);
  return v;
}

/** the text of an optional string argument trimmed; '' and NULL → undefined */
export function trimmed(v: SqlValue): string | undefined {
  if (v === null) return undefined;
  const t = String(v).trim();
  return t === '' ? undefined : t;
}

/** the number of an optional argument, undefined for NULL */
export function num(v: SqlValue): number | undefined {
  return v === null ? undefined : Number(v);
}

/** a datetime literal (through datetime2(7), exact) of a date/time value, NULL for null */
export function dlit(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (!(v instanceof SqlDateTime)) throw new Error('not a date/time value');
  const { year, month, day } = ymdFromDays(v.days);
  const { hour, minute, second, fraction } = hmsFromTicks(v.ticks);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `CONVERT(datetime, CONVERT(datetime2(7), N'${p(year, 4)}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}:${p(second)}.${p(fraction, 7)}', 126))`;
}
