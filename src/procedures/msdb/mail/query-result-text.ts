// The text sp_send_dbmail puts in the body for @query: each result set as fixed-width columns
// (names, a line of dashes, the rows, then "(n rows affected)"), the layout of SQL Server's
// query mail (sqlcmd's). Simplified: a column is as wide as its longest value or name (SQL Server
// sizes it from the type's display width), and a line is cut at @query_result_width.
import type { QueryResult } from '../../../engine/procedure-registry';
import type { SqlType } from '../../../types/sql-type';
import { hmsFromTicks, ymdFromDays } from '../../../types/dates';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, type SqlValue } from '../../../types/values';

export interface QueryTextOptions {
  readonly header: boolean;
  readonly width: number;
  readonly separator: string;
  readonly noPadding: boolean;
}

const p = (n: number, w = 2): string => String(n).padStart(w, '0');

function dateText(days: number): string {
  const { year, month, day } = ymdFromDays(days);
  return `${p(year, 4)}-${p(month)}-${p(day)}`;
}

function timeText(ticks: number, digits: number): string {
  const { hour, minute, second, fraction } = hmsFromTicks(ticks);
  const frac = digits > 0 ? `.${p(fraction, 7).slice(0, digits)}` : '';
  return `${p(hour)}:${p(minute)}:${p(second)}${frac}`;
}

function decimalText(d: SqlDecimal): string {
  const negative = d.unscaled < 0n;
  const digits = (negative ? -d.unscaled : d.unscaled).toString().padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const text = d.scale > 0 ? `${whole}.${digits.slice(digits.length - d.scale)}` : whole;
  return negative ? `-${text}` : text;
}

export function valueText(v: SqlValue, type: SqlType): string {
  if (v === null) return 'NULL';
  if (v instanceof SqlVariant) return valueText(v.value, v.type);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (Buffer.isBuffer(v)) return `0x${v.toString('hex').toUpperCase()}`;
  if (v instanceof SqlDecimal) return decimalText(v);
  if (v instanceof SqlDateTimeOffset) {
    const sign = v.offsetMinutes < 0 ? '-' : '+';
    const off = Math.abs(v.offsetMinutes);
    const local = v.ticks + v.offsetMinutes * 600_000_000;
    const dayShift = Math.floor(local / 864_000_000_000);
    return `${dateText(v.days + dayShift)} ${timeText(local - dayShift * 864_000_000_000, 7)} ${sign}${p(Math.floor(off / 60))}:${p(off % 60)}`;
  }
  if (v instanceof SqlDateTime) {
    switch (type.kind) {
      case 'date': return dateText(v.days);
      case 'time': return timeText(v.ticks, 7);
      case 'smalldatetime': return `${dateText(v.days)} ${timeText(v.ticks, 0)}`;
      case 'datetime2': return `${dateText(v.days)} ${timeText(v.ticks, 7)}`;
      default: return `${dateText(v.days)} ${timeText(v.ticks, 3)}`;
    }
  }
  return String(v);
}

export function queryResultText(sets: readonly QueryResult[], o: QueryTextOptions): string {
  const lines: string[] = [];
  for (const set of sets) {
    const cells = set.rows.map((row) => row.map((v, i) => valueText(v, set.columns[i]!.type)));
    const widths = set.columns.map((c, i) => Math.max(o.header ? c.name.length : 0, ...cells.map((r) => r[i]!.length)));
    const line = (parts: readonly string[]): string => {
      const text = parts.map((t, i) => (o.noPadding ? t : t.padEnd(widths[i]!))).join(o.separator);
      return (o.noPadding ? text : text.trimEnd()).slice(0, o.width);
    };
    if (o.header) {
      lines.push(line(set.columns.map((c) => c.name)));
      lines.push(line(widths.map((w) => '-'.repeat(w))));
    }
    for (const r of cells) lines.push(line(r));
    lines.push('', `(${set.rows.length} row${set.rows.length === 1 ? '' : 's'} affected)`, '');
  }
  return lines.join('\r\n');
}
