// Text forms for FOR XML / FOR JSON (for-clause.ts): the msxd_for aggregate's row formatting.
import { sqlError } from '../../errors/catalog';
import { decodeValue } from '../../store/storage-types';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';
import type { ForSpec } from './for-clause';

const DATES = new Set(['date', 'time', 'datetime', 'smalldatetime', 'datetime2', 'datetimeoffset']);
const NUMBERS = new Set(['tinyint', 'smallint', 'int', 'bigint', 'decimal', 'money', 'smallmoney', 'real', 'float']);

function text(type: SqlType, raw: unknown): string {
  return valueText(type, decodeValue(type, raw));
}

function valueText(type: SqlType, value: SqlValue): string {
  if (value === null) return '';
  if (isCharacter(type) || type.kind === 'uniqueidentifier') return String(value);
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (type.kind === 'bit') return value ? '1' : '0';
  const style = DATES.has(type.kind) ? { style: 126 } : {};
  return String(convert({ type, value }, { kind: 'nvarchar', length: 'max' }, style).value);
}

const escapeXml = (s: string, attribute: boolean): string => {
  const t = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return attribute ? t.replace(/"/g, '&quot;') : t;
};

export function xmlRow(spec: ForSpec, values: readonly unknown[]): string {
  const attrs: string[] = [];
  let body = '';
  spec.columns.forEach((c, i) => {
    const raw = values[i];
    if (raw === null || raw === undefined) return;
    const v = text(c.type, raw);
    const xml = c.type.kind === 'xml';
    if (spec.mode === 'raw' && !spec.elements) {
      attrs.push(`${c.name || 'unnamed'}="${escapeXml(v, true)}"`);
    } else if (c.name.startsWith('@')) {
      attrs.push(`${c.name.slice(1)}="${escapeXml(v, true)}"`);
    } else if (c.name === '' || c.name === 'text()' || c.name === '*') {
      body += xml ? v : escapeXml(v, false);
    } else {
      body += `<${c.name}>${xml ? v : escapeXml(v, false)}</${c.name}>`;
    }
  });
  const element = spec.element ?? 'row';
  if (element === '') return body;
  const open = `<${element}${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}`;
  return body === '' ? `${open}/>` : `${open}>${body}</${element}>`;
}

export function xmlDocument(spec: ForSpec, rows: readonly string[]): string | null {
  if (rows.length === 0) return null;
  const joined = rows.join('');
  return spec.root !== undefined ? `<${spec.root}>${joined}</${spec.root}>` : joined;
}

function jsonValue(type: SqlType, raw: unknown): unknown {
  return jsonValueOf(type, decodeValue(type, raw));
}

/** a value of a result column as FOR JSON writes it (number, boolean, ISO 8601 text, base64...) */
export function jsonValueOf(type: SqlType, value: SqlValue): unknown {
  if (value === null) return null;
  if (type.kind === 'bit') return value === true;
  if (NUMBERS.has(type.kind)) return Number(valueText(type, value));
  return valueText(type, value);
}

/** a column value that is JSON text already (JSON_QUERY ...): FOR JSON embeds it unescaped */
class RawJson {
  constructor(readonly text: string) {}
}

export function jsonRow(spec: ForSpec, values: readonly unknown[]): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  spec.columns.forEach((c, i) => {
    if (c.name === '') throw sqlError(13605);
    const raw = values[i] ?? null;
    const v = c.json === true && raw !== null ? new RawJson(text(c.type, raw)) : jsonValue(c.type, raw);
    if (v === null && !spec.includeNulls) return;
    // PATH mode: dotted names nest ("a.b" -> {"a": {"b": ...}}).
    const parts = spec.mode === 'path' ? c.name.split('.') : [c.name];
    let target = obj;
    for (const p of parts.slice(0, -1)) {
      const next = target[p];
      target = (next && typeof next === 'object' && !(next instanceof RawJson) ? next : (target[p] = {})) as Record<string, unknown>;
    }
    target[parts[parts.length - 1]!] = v;
  });
  return obj;
}

/** JSON.stringify, except that RawJson values are written as they are */
function stringify(v: unknown): string {
  if (v instanceof RawJson) return v.text;
  if (Array.isArray(v)) return `[${v.map(stringify).join(',')}]`;
  if (v !== null && typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${stringify(x)}`).join(',')}}`;
  return JSON.stringify(v);
}

export function jsonDocument(spec: ForSpec, rows: readonly Record<string, unknown>[]): string | null {
  if (rows.length === 0) return null;
  if (spec.withoutArray) return rows.map(stringify).join(',');
  const arr = stringify(rows);
  return spec.root !== undefined ? `{${JSON.stringify(spec.root)}:${arr}}` : arr;
}
