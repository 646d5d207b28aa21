// One canonical text form per SQL type for values as tedious 19 delivers them (see
// test/tsql/README.md, "Values"). The column's announced type decides the form, not the JS type,
// so a datetime and a datetime2(3) holding the same instant still print differently.
export interface ColumnType {
  /** tedious' TYPE name: IntN, DecimalN, DateTime2, ... */
  readonly tdsType: string;
  /** SQL Server type name as printed in the header: int, decimal(12,2), datetime2(7), ... */
  readonly sqlType: string;
  readonly scale: number | undefined;
}

export function renderValue(value: unknown, column: ColumnType): string {
  if (value === null || value === undefined) return 'NULL';
  const base = column.sqlType.replace(/\(.*$/, '');
  switch (base) {
    case 'bit':
      return value === true ? '1' : value === false ? '0' : String(value);
    case 'tinyint': case 'smallint': case 'int': case 'bigint':
      return String(value);
    case 'decimal': case 'numeric':
      return typeof value === 'number' ? value.toFixed(column.scale ?? 0) : String(value);
    case 'money': case 'smallmoney':
      return typeof value === 'number' ? value.toFixed(4) : String(value);
    case 'float':
      return typeof value === 'number' ? String(value) : String(value);
    case 'real':
      return typeof value === 'number' ? shortestReal(value) : String(value);
    case 'date':
      return value instanceof Date ? datePart(value) : String(value);
    case 'time':
      return value instanceof Date ? timePart(value, column.scale ?? 7) : String(value);
    case 'datetime':
      return value instanceof Date ? `${datePart(value)} ${timePart(value, 3)}` : String(value);
    case 'smalldatetime':
      return value instanceof Date ? `${datePart(value)} ${timePart(value, 0)}` : String(value);
    case 'datetime2':
      return value instanceof Date ? `${datePart(value)} ${timePart(value, column.scale ?? 7)}` : String(value);
    case 'datetimeoffset':
      return value instanceof Date ? `${datePart(value)} ${timePart(value, column.scale ?? 7)} Z` : String(value);
    case 'uniqueidentifier':
      return String(value).toUpperCase();
    case 'binary': case 'varbinary': case 'image': case 'timestamp':
      return Buffer.isBuffer(value) ? `0x${value.toString('hex').toUpperCase()}` : String(value);
    case 'char': case 'varchar': case 'nchar': case 'nvarchar': case 'text': case 'ntext': case 'xml':
      return quote(String(value));
    default:
      return untyped(value);
  }
}

/** sql_variant and anything else: tedious unboxes the value, so print by its JS shape. */
function untyped(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex').toUpperCase()}`;
  if (value instanceof Date) return `${datePart(value)} ${timePart(value, 7)}`;
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

export function quote(text: string): string {
  let out = "'";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "'") out += "''";
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function datePart(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** hh:mm:ss plus `digits` fractional digits, from the millisecond and tedious' nanosecondsDelta. */
function timePart(d: Date, digits: number): string {
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (digits === 0) return hms;
  const delta = (d as Date & { nanosecondsDelta?: number }).nanosecondsDelta ?? 0;
  const ticks = d.getUTCMilliseconds() * 10_000 + Math.round(delta * 1e7);
  return `${hms}.${String(ticks).padStart(7, '0').slice(0, digits)}`;
}

/** The shortest decimal text that reads back to the same 32-bit float. */
function shortestReal(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  for (let p = 1; p <= 9; p++) {
    const text = String(Number(value.toPrecision(p)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(value);
}
