// The text sp_send_dbmail makes of @query's results (in the body, or the attached file), laid out
// as the sqlcmd library SQL Server runs the query with lays it out: per result set the column
// names, a line of dashes as wide as each column, the rows, a blank line and "(n rows affected)"
// (sqlcmd's wording, "rows" whatever n; none under SET NOCOUNT ON). Columns are as wide as their
// type's display size (query-column-width.ts), numbers right-aligned, separated by
// @query_result_separator; a line longer than @query_result_width continues on the next line.
// @query_result_no_padding = 1 (sqlcmd -W) pads nothing, makes each dash line as long as the
// column name and, as documented, overrides the width; @query_result_header = 0 drops names and
// dashes; @query_no_truncate = 1 shows large values whole and, as documented, without headers.
import type { QueryResult } from '../../../engine/procedure-registry';
import type { SqlType } from '../../../types/sql-type';
import { hmsFromTicks, ymdFromDays } from '../../../types/dates';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, SqlVariant, type SqlValue } from '../../../types/values';
import { displaySize, rightAligned, TRUNCATED_WIDTH } from './query-column-width';

export interface QueryTextOptions {
  readonly header: boolean;
  readonly width: number;
  readonly separator: string;
  readonly noPadding: boolean;
  readonly noTruncate: boolean;
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

function scaledText(unscaled: bigint, scale: number): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const text = scale > 0 ? `${whole}.${digits.slice(digits.length - scale)}` : whole;
  return negative ? `-${text}` : text;
}

function scaleOf(type: SqlType): number {
  return type.kind === 'time' || type.kind === 'datetime2' || type.kind === 'datetimeoffset' ? type.scale : 7;
}

export function valueText(v: SqlValue, type: SqlType): string {
  if (v === null) return 'NULL';
  if (v instanceof SqlVariant) return valueText(v.value, v.type);
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (Buffer.isBuffer(v)) return `0x${v.toString('hex').toUpperCase()}`;
  if (v instanceof SqlDecimal) return scaledText(v.unscaled, v.scale);
  if (typeof v === 'bigint' && (type.kind === 'money' || type.kind === 'smallmoney')) return scaledText(v, 4);
  if (v instanceof SqlDateTimeOffset) {
    const sign = v.offsetMinutes < 0 ? '-' : '+';
    const off = Math.abs(v.offsetMinutes);
    const local = v.ticks + v.offsetMinutes * 600_000_000;
    const dayShift = Math.floor(local / 864_000_000_000);
    return `${dateText(v.days + dayShift)} ${timeText(local - dayShift * 864_000_000_000, scaleOf(type))} ${sign}${p(Math.floor(off / 60))}:${p(off % 60)}`;
  }
  if (v instanceof SqlDateTime) {
    switch (type.kind) {
      case 'date': return dateText(v.days);
      case 'time': return timeText(v.ticks, type.scale);
      case 'smalldatetime': return `${dateText(v.days)} ${timeText(v.ticks, 0)}`;
      case 'datetime2': return `${dateText(v.days)} ${timeText(v.ticks, type.scale)}`;
      default: return `${dateText(v.days)} ${timeText(v.ticks, 3)}`;
    }
  }
  return String(v);
}

/** a line longer than the width goes on over the next lines */
function wrapped(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const out: string[] = [];
  for (let i = 0; i < line.length; i += width) out.push(line.slice(i, i + width));
  return out;
}

function setText(set: QueryResult, o: QueryTextOptions): string[] {
  const header = o.header && !o.noTruncate;
  const cells = set.rows.map((row) => row.map((v, i) => {
    const text = valueText(v, set.columns[i]!.type);
    return displaySize(set.columns[i]!.type) === null && !o.noTruncate ? text.slice(0, TRUNCATED_WIDTH) : text;
  }));
  const widths = set.columns.map((c, i) => {
    const size = displaySize(c.type) ?? (o.noTruncate ? Math.max(0, ...cells.map((r) => r[i]!.length)) : TRUNCATED_WIDTH);
    return Math.max(size, header ? c.name.length : 0);
  });
  const line = (parts: readonly string[], align: boolean): string => parts.map((t, i) => {
    if (o.noPadding) return t;
    return align && rightAligned(set.columns[i]!.type) ? t.padStart(widths[i]!) : t.padEnd(widths[i]!);
  }).join(o.separator);
  const lines: string[] = [];
  if (header) {
    lines.push(line(set.columns.map((c) => c.name), false));
    lines.push(line(set.columns.map((c, i) => '-'.repeat(o.noPadding ? c.name.length : widths[i]!)), false));
  }
  for (const r of cells) lines.push(line(r, true));
  if (set.rowCount !== undefined) lines.push('', `(${set.rowCount} rows affected)`);
  // "@query_result_no_padding overwrites @query_result_width" (sp_send_dbmail (Transact-SQL))
  return o.noPadding ? lines : lines.flatMap((l) => wrapped(l, o.width));
}

export function queryResultText(sets: readonly QueryResult[], o: QueryTextOptions): string {
  return sets.flatMap((set) => setText(set, o)).map((l) => `${l}\r\n`).join('');
}
