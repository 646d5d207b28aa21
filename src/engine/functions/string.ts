// String built-ins ("String Functions (Transact-SQL)"). Results keep the Unicode-ness of their
// input (varchar in, varchar out); searches are case-insensitive as the server collation is.
import { formatMessage, messageDef, sqlError } from '../../errors/catalog';
import { dataLengthOf } from '../catalog/type-facts';
import { isBinary, isUnicode } from '../../types/categories';
import { charFromCp1252Byte, cp1252Byte } from '../../types/code-page';
import { like } from '../../types/like';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { formatFloat } from '../../types/format-float';
import { toJsNumber } from '../../types/numeric-value';
import { argAt, argInt, argString, fn, INT_TYPE, BIGINT_TYPE, type BuiltinFunction } from './function-types';
import { indexOfCi, replaceCi } from './string-match';

type Length = number | 'max';

function lengthOf(t: SqlType): Length {
  if ('length' in t) return t.length;
  if (t.kind === 'text' || t.kind === 'ntext' || t.kind === 'xml') return 'max';
  return 30;
}

/** varchar/nvarchar of `length` characters, following the Unicode-ness of `like`. */
export function stringType(likeType: SqlType, length: Length): SqlType {
  const unicode = isUnicode(likeType);
  const cap = unicode ? 4000 : 8000;
  const l = length === 'max' ? 'max' : length > cap ? 'max' : Math.max(1, length);
  return { kind: unicode ? 'nvarchar' : 'varchar', length: l };
}

const str = (likeType: SqlType, length: Length, value: string | null): Typed => ({ type: stringType(likeType, length), value });
const int = (value: number | null): Typed => ({ type: INT_TYPE, value });
const lenType = (t: SqlType): SqlType => (lengthOf(t) === 'max' ? BIGINT_TYPE : INT_TYPE);
const lenValue = (t: SqlType, n: number): number | bigint => (lengthOf(t) === 'max' ? BigInt(n) : n);
const rtrimSpaces = (s: string): string => s.replace(/ +$/, '');

function checkLength(name: string, n: number): void {
  if (n < 0) throw sqlError(536, name);
}

function trimChars(s: string, chars: string, left: boolean, right: boolean): string {
  const set = new Set([...chars]);
  const a = [...s];
  let i = 0;
  let j = a.length;
  if (left) while (i < j && set.has(a[i] ?? '')) i++;
  if (right) while (j > i && set.has(a[j - 1] ?? '')) j--;
  return a.slice(i, j).join('');
}

function trimFn(name: string, left: boolean, right: boolean): BuiltinFunction {
  return fn(name, 1, 2, (args) => {
    const s = argString(args, 0);
    const chars = args.length > 1 ? argString(args, 1) : ' ';
    const t = argAt(args, 0).type;
    if (s === undefined || chars === undefined) return str(t, lengthOf(t), null);
    return str(t, lengthOf(t), trimChars(s, chars, left, right));
  });
}

function substringOf(v: Typed, start: number, length: number): Typed {
  checkLength('substring', length);
  const from = Math.max(start, 1);
  const end = Math.max(start + length, 1);
  if (isBinary(v.type)) {
    const buf = v.value as Buffer;
    return { type: { kind: 'varbinary', length: lengthOf(v.type) }, value: buf.subarray(from - 1, Math.max(from - 1, end - 1)) };
  }
  const s = String(v.value);
  return str(v.type, lengthOf(v.type), s.slice(from - 1, Math.max(from - 1, end - 1)));
}

function concatType(args: readonly Typed[]): SqlType {
  const unicode = args.some((a) => isUnicode(a.type));
  let total = 0;
  let max = false;
  for (const a of args) {
    const l = lengthOf(a.type);
    if (l === 'max') max = true;
    else total += l;
  }
  return stringType(unicode ? { kind: 'nvarchar', length: 1 } : { kind: 'varchar', length: 1 }, max ? 'max' : total);
}

function quotename(s: string, q: string): string | null {
  if (s.length > 128) return null;
  const [open, close] = q === '[' || q === ']' ? ['[', ']'] : q === '(' || q === ')' ? ['(', ')'] : q === '<' || q === '>' ? ['<', '>'] : q === '{' || q === '}' ? ['{', '}'] : [q, q];
  if (!open || !close || !['[', '(', '<', '{', "'", '"', '`'].includes(open)) return null;
  return open + s.split(close).join(close + close) + close;
}

/** STR(float, length, decimals): right-justified, '*' filled when the integer part does not fit. */
function strFn(x: number, length: number, decimals: number): string | null {
  if (length <= 0 || length > 8000) return null;
  const d = Math.min(Math.max(decimals, 0), 16);
  let text = x.toFixed(d);
  if (text.length > length) {
    const intLen = Math.trunc(Math.abs(x)).toString().length + (x < 0 ? 1 : 0);
    if (intLen > length) return '*'.repeat(length);
    text = x.toFixed(Math.max(0, length - intLen - 1));
    if (text.length > length) text = x.toFixed(0);
  }
  return text.padStart(length, ' ');
}

export const stringFunctions: readonly BuiltinFunction[] = [
  fn('LEN', 1, 1, (args) => {
    const a = argAt(args, 0);
    const s = argString(args, 0);
    if (s === undefined) return { type: lenType(a.type), value: null };
    if (isBinary(a.type)) return { type: lenType(a.type), value: lenValue(a.type, (a.value as Buffer).length) };
    // The server collation has no _SC flag: lengths count UTF-16 code units (a surrogate pair is 2).
    return { type: lenType(a.type), value: lenValue(a.type, rtrimSpaces(s).length) };
  }),
  fn('DATALENGTH', 1, 1, (args) => {
    const a = argAt(args, 0);
    // The NULL case keeps the (max) types' bigint: result types are probed with NULL arguments.
    if (a.value === null) return { type: lenType(a.type), value: null };
    return { type: lenType(a.type), value: lenValue(a.type, dataLengthOf(a)) };
  }),
  fn('LEFT', 2, 2, (args) => {
    const a = argAt(args, 0);
    const n = argInt(args, 1);
    if (a.value === null || n === undefined) return str(a.type, lengthOf(a.type), null);
    checkLength('left', n);
    return substringOf(a, 1, n);
  }),
  fn('RIGHT', 2, 2, (args) => {
    const a = argAt(args, 0);
    const n = argInt(args, 1);
    if (a.value === null || n === undefined) return str(a.type, lengthOf(a.type), null);
    checkLength('right', n);
    const s = isBinary(a.type) ? a : { ...a, value: argString(args, 0) ?? '' };
    const len = isBinary(a.type) ? (a.value as Buffer).length : String(s.value).length;
    return substringOf(s, Math.max(1, len - n + 1), Math.min(n, len));
  }),
  fn('SUBSTRING', 3, 3, (args) => {
    const a = argAt(args, 0);
    const start = argInt(args, 1);
    const len = argInt(args, 2);
    if (a.value === null || start === undefined || len === undefined) return str(a.type, lengthOf(a.type), null);
    return substringOf(isBinary(a.type) ? a : { ...a, value: argString(args, 0) ?? '' }, start, len);
  }),
  fn('UPPER', 1, 1, (args) => {
    const t = argAt(args, 0).type;
    return str(t, lengthOf(t), argString(args, 0)?.toUpperCase() ?? null);
  }),
  fn('LOWER', 1, 1, (args) => {
    const t = argAt(args, 0).type;
    return str(t, lengthOf(t), argString(args, 0)?.toLowerCase() ?? null);
  }),
  trimFn('LTRIM', true, false),
  trimFn('RTRIM', false, true),
  trimFn('TRIM', true, true),
  fn('REPLICATE', 2, 2, (args) => {
    const t = argAt(args, 0).type;
    const s = argString(args, 0);
    const n = argInt(args, 1);
    const cap = isUnicode(t) ? 4000 : 8000;
    const rt = stringType(t, lengthOf(t) === 'max' ? 'max' : cap);
    if (s === undefined || n === undefined || n < 0) return { type: rt, value: null };
    const out = s.repeat(n);
    return { type: rt, value: lengthOf(t) === 'max' ? out : out.slice(0, cap) };
  }),
  fn('SPACE', 1, 1, (args) => {
    const n = argInt(args, 0);
    return { type: { kind: 'varchar', length: 8000 }, value: n === undefined || n < 0 ? null : ' '.repeat(Math.min(n, 8000)) };
  }),
  fn('STUFF', 4, 4, (args) => {
    const t = argAt(args, 0).type;
    const s = argString(args, 0);
    const start = argInt(args, 1);
    const len = argInt(args, 2);
    const repl = argString(args, 3) ?? '';
    const rt = stringType(isUnicode(argAt(args, 3).type) ? { kind: 'nvarchar', length: 1 } : t, lengthOf(t) === 'max' ? 'max' : isUnicode(t) ? 4000 : 8000);
    if (s === undefined || start === undefined || len === undefined || start < 1 || start > s.length || len < 0) return { type: rt, value: null };
    return { type: rt, value: s.slice(0, start - 1) + repl + s.slice(start - 1 + len) };
  }),
  fn('REVERSE', 1, 1, (args) => {
    const t = argAt(args, 0).type;
    return str(t, lengthOf(t), argString(args, 0)?.split('').reverse().join('') ?? null);
  }),
  fn('CONCAT', 2, 254, (args) => ({ type: concatType(args), value: args.map((_, i) => argString(args, i) ?? '').join('') })),
  fn('CONCAT_WS', 3, 254, (args) => {
    const sep = argString(args, 0) ?? '';
    const parts = args.slice(1).map((_, i) => argString(args, i + 1)).filter((s): s is string => s !== undefined);
    return { type: concatType(args), value: parts.join(sep) };
  }),
  fn('QUOTENAME', 1, 2, (args) => {
    const s = argString(args, 0);
    const q = args.length > 1 ? argString(args, 1) : '[';
    return { type: { kind: 'nvarchar', length: 258 }, value: s === undefined || q === undefined ? null : quotename(s, q.slice(0, 1)) };
  }),
  fn('ASCII', 1, 1, (args) => {
    const s = argString(args, 0);
    if (s === undefined || s === '') return int(null);
    return int(cp1252Byte(s[0] ?? '') ?? 63);
  }),
  fn('CHAR', 1, 1, (args) => {
    const n = argInt(args, 0);
    return { type: { kind: 'char', length: 1 }, value: n === undefined || n < 0 || n > 255 ? null : charFromCp1252Byte(n) };
  }),
  fn('UNICODE', 1, 1, (args) => {
    const s = argString(args, 0);
    // Without _SC the first UTF-16 code unit (a high surrogate for a supplementary character).
    return int(s === undefined || s === '' ? null : s.charCodeAt(0));
  }),
  fn('NCHAR', 1, 1, (args) => {
    const n = argInt(args, 0);
    return { type: { kind: 'nchar', length: 1 }, value: n === undefined || n < 0 || n > 0xffff ? null : String.fromCharCode(n) };
  }),
  fn('CHARINDEX', 2, 3, (args) => {
    const t = lengthOf(argAt(args, 1).type) === 'max' ? BIGINT_TYPE : INT_TYPE;
    const find = argString(args, 0);
    const s = argString(args, 1);
    const start = args.length > 2 ? argInt(args, 2) : 1;
    if (find === undefined || s === undefined || start === undefined) return { type: t, value: null };
    const pos = find === '' ? 0 : indexOfCi(s, find, Math.max(start, 1) - 1) + 1;
    return { type: t, value: t === BIGINT_TYPE ? BigInt(pos) : pos };
  }),
  fn('PATINDEX', 2, 2, (args) => {
    const pattern = argString(args, 0);
    const s = argString(args, 1);
    if (pattern === undefined || s === undefined) return int(null);
    if (!pattern.startsWith('%')) return int(like(s, pattern) ? 1 : 0);
    const inner = pattern.slice(1);
    for (let i = 0; i < s.length; i++) if (like(s.slice(i), inner)) return int(i + 1);
    return int(0);
  }),
  fn('REPLACE', 3, 3, (args) => {
    const t = argAt(args, 0).type;
    const s = argString(args, 0);
    const find = argString(args, 1);
    const repl = argString(args, 2);
    const unicode = args.some((a) => isUnicode(a.type));
    const rt = stringType(unicode ? { kind: 'nvarchar', length: 1 } : t, lengthOf(t) === 'max' ? 'max' : unicode ? 4000 : 8000);
    if (s === undefined || find === undefined || repl === undefined) return { type: rt, value: null };
    return { type: rt, value: replaceCi(s, find, repl) };
  }),
  fn('TRANSLATE', 3, 3, (args) => {
    const t = argAt(args, 0).type;
    const s = argString(args, 0);
    const from = argString(args, 1);
    const to = argString(args, 2);
    if (s === undefined || from === undefined || to === undefined) return str(t, lengthOf(t), null);
    if (from.length !== to.length) throw sqlError(9828);
    return str(t, lengthOf(t), [...s].map((c) => { const i = from.indexOf(c); return i >= 0 ? to[i] ?? c : c; }).join(''));
  }),
  fn('STR', 1, 3, (args) => {
    const len = args.length > 1 ? argInt(args, 1) : 10;
    const dec = args.length > 2 ? argInt(args, 2) : 0;
    const a = argAt(args, 0);
    const rt: SqlType = { kind: 'varchar', length: Math.max(1, Math.min(8000, len ?? 10)) };
    if (a.value === null || len === undefined || dec === undefined) return { type: rt, value: null };
    return { type: rt, value: strFn(toJsNumber(a), len, dec) };
  }),
  fn('FORMATMESSAGE', 1, 21, (args, ctx) => {
    // FORMATMESSAGE(msg_number, ...) formats a catalogued message (NULL for an unknown number);
    // FORMATMESSAGE('text', ...) formats the text itself.
    const first = argAt(args, 0);
    const template = typeof first.value === 'number' || typeof first.value === 'bigint'
      ? (ctx.messageText ? ctx.messageText(Number(first.value)) : messageDef(Number(first.value))?.text)
      : argString(args, 0);
    const rest = args.slice(1).map((a) => (a.value === null ? null : typeof a.value === 'number' || typeof a.value === 'bigint' ? a.value : typeof a.value === 'boolean' ? Number(a.value) : a.type.kind === 'float' && typeof a.value === 'number' ? formatFloat(a.value) : argString([a], 0)));
    return { type: { kind: 'nvarchar', length: 2047 }, value: template === undefined ? null : formatMessage(template, rest) };
  }),
];
