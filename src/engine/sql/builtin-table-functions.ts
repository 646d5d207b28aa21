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

export const BUILTIN_TABLE_FUNCTIONS = new Set(['STRING_SPLIT']);

export function builtinTableFunction(s: TableFunctionSource, c: TxContext): { from: string; columns: SourceColumn[] } {
  const name = s.name.name.toUpperCase();
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
