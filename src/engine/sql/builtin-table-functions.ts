// Built-in table-valued functions with constant arguments, computed in JS and inlined as VALUES:
// STRING_SPLIT(string, separator [, enable_ordinal]) and OPENJSON(json [, path]) (default schema).
import { sqlError, sqlErrorWithState } from '../../errors/catalog';
import { lookup, memberSpans } from '../json/json-lookup';
import { parseJsonPath } from '../json/json-path';
import { JsonText, type JsonKind, type JsonSpan } from '../json/json-text';
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
  const withPath = path !== undefined && path.value !== null;
  const parsed = withPath ? parseJsonPath(String(path.value)) : undefined;
  // 13609's state tells SQL Server's two OPENJSON reads apart: looking for the path (3) or the whole document (4).
  const doc = new JsonText(String(json.value), parsed ? OPENJSON_STATE.PATH : OPENJSON_STATE.DOCUMENT);
  const target = lookup(doc, parsed?.steps ?? []);
  const strict = parsed?.mode === 'strict';
  if (!target) {
    if (strict) throw sqlErrorWithState(13608, OPENJSON_STATE.PATH);
    return empty;
  }
  if (target.kind !== 'object' && target.kind !== 'array') {
    if (strict) throw sqlError(13611);
    return empty;
  }
  const entries = memberSpans(doc, target.start, parsed?.steps.length ?? 0);
  if (entries.length === 0) return empty;
  const rows = entries.map((m) => {
    const [value, type] = jsonCell(doc, m);
    return `(${c.params.fixed(m.key ?? String(m.index))}, ${c.params.fixed(value)}, ${type})`;
  });
  return { from: `(SELECT column1 AS "key", column2 AS "value", column3 AS "type" FROM (VALUES ${rows.join(', ')}))`, columns };
}

const OPENJSON_STATE = { PATH: 3, DOCUMENT: 4 } as const;

/** OPENJSON's type column: 0 null, 1 string, 2 number, 3 true/false, 4 array, 5 object */
const OPENJSON_TYPES: Readonly<Record<JsonKind, number>> = { null: 0, string: 1, number: 2, true: 3, false: 3, array: 4, object: 5 };

/** value and type of one member: strings decoded, everything else as written in the text */
function jsonCell(doc: JsonText, m: JsonSpan): [string | null, number] {
  const type = OPENJSON_TYPES[m.kind];
  if (m.kind === 'null') return [null, type];
  if (m.kind === 'string') return [doc.decodeString(m.start, m.end), type];
  return [doc.text.slice(m.start, m.end), type];
}
