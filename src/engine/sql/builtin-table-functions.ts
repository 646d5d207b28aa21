// Built-in table-valued functions with constant arguments, computed in JS and inlined as VALUES:
// STRING_SPLIT(string, separator [, enable_ordinal]).
import { sqlError } from '../../errors/catalog';
import { encodeValue } from '../../store/storage-types';
import { quoteIdent } from '../../store/sqlite-names';
import type { TableFunctionSource } from '../../tsql/ast';
import { isCharacter, isUnicode } from '../../types/categories';
import type { SqlType } from '../../types/sql-type';
import { evaluate } from '../expressions/evaluate';
import { notSupportedExpression } from '../statements/not-supported';
import { isConstant } from './fold';
import type { SourceColumn } from './source-types';
import type { TxContext } from './tx-context';

export const BUILTIN_TABLE_FUNCTIONS = new Set(['STRING_SPLIT', 'OPENJSON']);

export function builtinTableFunction(s: TableFunctionSource, c: TxContext): { from: string; columns: SourceColumn[] } {
  const name = s.name.name.toUpperCase();
  if (name === 'OPENJSON') return openJson(s, c);
  if (name !== 'STRING_SPLIT') throw notSupportedExpression(`table-valued function ${s.name.name}`);
  if (s.args.length < 2 || s.args.length > 3) throw sqlError(189, 'string_split', 2, 3);
  if (!s.args.every(isConstant)) throw notSupportedExpression('STRING_SPLIT with column arguments');
  const [text, sep, ordinal] = s.args.map((a) => evaluate(a, { scope: c.scope }));
  const valueType: SqlType = text && isCharacter(text.type) && !isUnicode(text.type)
    ? { kind: 'varchar', length: 'length' in text.type ? text.type.length : 'max' }
    : { kind: 'nvarchar', length: text && 'length' in text.type ? text.type.length : 'max' };
  const withOrdinal = ordinal !== undefined && ordinal.value !== null && Number(ordinal.value) === 1;
  const separator = sep?.value === null || sep === undefined ? null : String(sep.value);
  if (separator !== null && separator.length !== 1) throw sqlError(214, '@separator', 'nchar(1)/nvarchar(1)');
  const parts = text?.value === null || text === undefined || separator === null ? [] : String(text.value).split(separator);
  c.params.volatile = true;
  const columns: SourceColumn[] = [{ name: 'value', type: valueType, nullable: false }];
  if (withOrdinal) columns.push({ name: 'ordinal', type: { kind: 'bigint' }, nullable: false });
  const names = columns.map((col, i) => `column${i + 1} AS ${quoteIdent(col.name)}`).join(', ');
  if (parts.length === 0) return { from: `(SELECT ${columns.map((col) => `NULL AS ${quoteIdent(col.name)}`).join(', ')} WHERE 0)`, columns };
  const rows = parts.map((p, i) => `(${c.params.fixed(encodeValue(valueType, p))}${withOrdinal ? `, ${i + 1}` : ''})`);
  return { from: `(SELECT ${names} FROM (VALUES ${rows.join(', ')}))`, columns };
}

/** OPENJSON(json [, path]) with the default schema: key, value, type (0 null ... 5 object) */
function openJson(s: TableFunctionSource, c: TxContext): { from: string; columns: SourceColumn[] } {
  if (s.args.length < 1 || s.args.length > 2) throw sqlError(189, 'openjson', 1, 2);
  if (!s.args.every(isConstant)) throw notSupportedExpression('OPENJSON with column arguments');
  const [json, path] = s.args.map((a) => evaluate(a, { scope: c.scope }));
  c.params.volatile = true;
  const columns: SourceColumn[] = [
    { name: 'key', type: { kind: 'nvarchar', length: 4000 }, nullable: false },
    { name: 'value', type: { kind: 'nvarchar', length: 'max' }, nullable: true },
    { name: 'type', type: { kind: 'tinyint' }, nullable: false },
  ];
  const empty = { from: `(SELECT NULL AS "key", NULL AS "value", NULL AS "type" WHERE 0)`, columns };
  if (!json || json.value === null) return empty;
  let doc: unknown;
  try {
    doc = JSON.parse(String(json.value));
  } catch (e) {
    const at = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const pos = at ? Number(at[1]) : 0;
    throw sqlError(13609, String(json.value).charAt(pos) || ' ', pos);
  }
  const target = path && path.value !== null ? navigate(doc, String(path.value)) : doc;
  if (target === undefined || target === null || typeof target !== 'object') return empty;
  const entries = Array.isArray(target) ? target.map((v, i) => [String(i), v] as const) : Object.entries(target as Record<string, unknown>);
  if (entries.length === 0) return empty;
  const rows = entries.map(([k, v]) => {
    const [value, type] = jsonCell(v);
    return `(${c.params.fixed(k)}, ${c.params.fixed(value)}, ${type})`;
  });
  return { from: `(SELECT column1 AS "key", column2 AS "value", column3 AS "type" FROM (VALUES ${rows.join(', ')}))`, columns };
}

function jsonCell(v: unknown): [string | null, number] {
  if (v === null) return [null, 0];
  if (typeof v === 'string') return [v, 1];
  if (typeof v === 'number') return [String(v), 2];
  if (typeof v === 'boolean') return [v ? 'true' : 'false', 3];
  return [JSON.stringify(v), Array.isArray(v) ? 4 : 5];
}

/** '$', '$.a.b', '$.list[2]', optionally prefixed by lax/strict (lax: a missing step is empty) */
function navigate(doc: unknown, path: string): unknown {
  const p = path.trim().replace(/^(lax|strict)\s+/i, '');
  if (!p.startsWith('$')) throw sqlError(13607, p.charAt(0) || ' ', 0);
  let cur: unknown = doc;
  const steps = p.slice(1).match(/\.("[^"]*"|[^.[]+)|\[\d+\]/g) ?? [];
  for (const step of steps) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1).replace(/^"|"$/g, '');
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}
