// The duplicate key value SQL Server quotes in 1505 (CREATE UNIQUE INDEX, or ADD CONSTRAINT
// PRIMARY KEY / UNIQUE, over rows that already collide) and in 2627 / 2601: '(1, <NULL>)'.
import { ciKey, decodeValue, isCharacterType, quoteIdent, type SessionStorage } from '../../store/index';
import type { IndexColumn } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import type { Typed } from '../../types/typed-value';
import type { SqliteColumn } from './sqlite-ddl';

/** '(1, abc, <NULL>)': strings as they are, other values converted to nvarchar, NULL as <NULL>. */
export function keyValueText(values: readonly Typed[]): string {
  return `(${values.map(display).join(', ')})`;
}

function display(v: Typed): string {
  if (v.value === null) return '<NULL>';
  if (isCharacter(v.type)) return String(v.value);
  return String(convert(v, { kind: 'nvarchar', length: 4000 }).value);
}

/**
 * The first key (in key order) that two rows of `table` share, NULLs equal as in SQL Server (GROUP
 * BY puts NULLs together; strings compare by their CI key). '(?)' when none is found.
 * `table` is the quoted "schema"."table".
 */
export function firstDuplicateKey(s: SessionStorage, table: string, keys: readonly IndexColumn[], columns: readonly SqliteColumn[]): string {
  const cols: SqliteColumn[] = [];
  for (const k of keys) {
    const c = columns.find((x) => ciKey(x.name) === ciKey(k.name));
    if (!c) return '(?)';
    cols.push(c);
  }
  const key = cols.map((c) => (isCharacterType(c.type) ? `msxd_ci_key(${quoteIdent(c.name)})` : quoteIdent(c.name)));
  const row = s.get<Record<string, unknown>>(
    `SELECT ${key.map((_, i) => `min(${quoteIdent(cols[i]!.name)}) AS k${i}`).join(', ')} FROM ${table}
     GROUP BY ${key.join(', ')} HAVING count(*) > 1 ORDER BY ${key.join(', ')} LIMIT 1`);
  if (!row) return '(?)';
  return keyValueText(cols.map((c, i) => ({ type: c.type, value: decodeValue(c.type, row[`k${i}`]) })));
}
