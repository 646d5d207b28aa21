// How SQL values become JSON text in JSON_MODIFY, JSON_OBJECT and JSON_ARRAY (as every SQL Server
// JSON producer writes them, see "Format query results as JSON with FOR JSON"), and which arguments are JSON
// text already.
import type { Expr, FunctionCall } from '../../tsql/ast';
import { isString } from '../../types/categories';
import { convert } from '../../types/convert';
import { formatScientific } from '../../types/format-float';
import { bitValue, varcharValue, type Typed } from '../../types/typed-value';
import type { SqlDecimal } from '../../types/values';
import { jsonStringLiteral } from '../json/json-escape';

/**
 * Functions whose result is JSON text: JSON_MODIFY, JSON_OBJECT and JSON_ARRAY insert such a
 * value unescaped ("JSON_MODIFY (Transact-SQL)": not escaped if it is properly formatted JSON
 * produced by FOR JSON, JSON_QUERY, or JSON_MODIFY; "JSON_OBJECT" example 4). SQL Server knows
 * this from the expression, not from the value, so a variable holding the same text is escaped.
 */
const JSON_PRODUCERS = new Set(['JSON_QUERY', 'JSON_MODIFY', 'JSON_OBJECT', 'JSON_ARRAY']);

/** whether the expression produces JSON text: a JSON built-in, or a (SELECT ... FOR JSON) subquery */
export function isJsonFragment(e: Expr | undefined): boolean {
  if (e?.kind === 'subquery') return e.query.for?.kind === 'json';
  return e?.kind === 'call' && e.name.schema === undefined && e.name.database === undefined && JSON_PRODUCERS.has(e.name.name.toUpperCase());
}

/** a varchar holding one mark per argument: which arguments are JSON text */
const FRAGMENT = 'J';
const NOT_FRAGMENT = '-';

/**
 * Constant arguments the engine appends to a built-in call, decided from the call's syntax that
 * the value alone does not carry: for JSON_MODIFY whether newValue is JSON text (bit); for
 * JSON_OBJECT / JSON_ARRAY the null clause (bit: ABSENT ON NULL) and which values are JSON text.
 * The interpreter (expressions/calls.ts) and the translator (sql/translate-call.ts) both add them.
 */
export function hiddenArguments(name: string, call: FunctionCall): Typed[] {
  switch (name) {
    case 'JSON_MODIFY':
      return [bitValue(isJsonFragment(call.args[2]))];
    case 'JSON_OBJECT':
    case 'JSON_ARRAY': {
      // The defaults differ: JSON_OBJECT is NULL ON NULL, JSON_ARRAY ABSENT ON NULL.
      const clause = call.jsonNullClause ?? (name === 'JSON_ARRAY' ? 'ABSENT' : 'NULL');
      const marks = call.args.map((a) => (isJsonFragment(a) ? FRAGMENT : NOT_FRAGMENT)).join('');
      return [bitValue(clause === 'ABSENT'), varcharValue(marks)];
    }
    default:
      return [];
  }
}

export function isFragmentMark(marks: Typed | undefined, i: number): boolean {
  return marks !== undefined && String(marks.value ?? '').charAt(i) === FRAGMENT;
}

export function hiddenFlag(a: Typed | undefined): boolean {
  return a !== undefined && a.value !== null && (a.value === true || Number(a.value) === 1);
}

/** a SQL value as JSON text (null for SQL NULL): strings quoted and escaped unless JSON text */
export function toJsonText(v: Typed, fragment: boolean): string | null {
  if (v.value === null) return null;
  if (isString(v.type)) return fragment ? String(v.value) : jsonStringLiteral(String(v.value));
  return jsonValueText(v);
}

const DATES = new Set(['date', 'time', 'datetime', 'smalldatetime', 'datetime2', 'datetimeoffset']);
const INTEGERS = new Set(['tinyint', 'smallint', 'int', 'bigint']);
const MONEY_SCALE = 4;

/** a non-string, non-NULL value as JSON text: numbers bare, bit true/false, the rest quoted */
export function jsonValueText(v: Typed): string {
  const t = v.type;
  if (t.kind === 'bit') return v.value === true ? 'true' : 'false';
  if (INTEGERS.has(t.kind)) return String(v.value);
  if (t.kind === 'money' || t.kind === 'smallmoney') {
    const units = BigInt(v.value as bigint);
    const sign = units < 0n ? '-' : '';
    const abs = (units < 0n ? -units : units).toString().padStart(MONEY_SCALE + 1, '0');
    return `${sign}${abs.slice(0, -MONEY_SCALE)}.${abs.slice(-MONEY_SCALE)}`;
  }
  // float / real as CONVERT style 2 / 1 writes them (16 / 8 significant digits, scientific).
  if (t.kind === 'float') return formatScientific(v.value as number, 16);
  if (t.kind === 'real') return formatScientific(v.value as number, 8);
  if (t.kind === 'decimal') return decimalText(v.value as SqlDecimal);
  if (Buffer.isBuffer(v.value)) return jsonStringLiteral(v.value.toString('base64'));
  const style = DATES.has(t.kind) ? { style: 126 } : {};
  return jsonStringLiteral(String(convert(v, { kind: 'nvarchar', length: 'max' }, style).value));
}

function decimalText(d: SqlDecimal): string {
  const sign = d.unscaled < 0n ? '-' : '';
  const digits = (d.unscaled < 0n ? -d.unscaled : d.unscaled).toString().padStart(d.scale + 1, '0');
  return d.scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
}
