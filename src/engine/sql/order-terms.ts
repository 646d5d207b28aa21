// ORDER BY / PARTITION BY / GROUP BY keys: strings order and group by their CI_AS sort key
// (msxd_ci_sort_key: the collation's order, msxd_ci_key's equality),
// sql_variant values by their variant key (family, then value: expressions/variant-order.ts).
import { isCharacter } from '../../types/categories';
import type { SqlType } from '../../types/sql-type';
import type { TExpr } from './texpr';

export function keyOf(t: TExpr): string {
  if (t.type.kind === 'uniqueidentifier') return `msxd_guid_key(${t.sql})`;
  if (t.type.kind === 'sql_variant') return `msxd_variant_key(${t.sql})`;
  return isCharacter(t.type) && t.type.kind !== 'xml' ? `msxd_ci_sort_key(${t.sql})` : t.sql;
}

/**
 * Types whose equal values may be stored differently ('a' and 'A ', int 1 and decimal 1.0 in a
 * sql_variant): DISTINCT and UNION must compare their keys, not SQLite's stored values.
 */
export function needsEqualityKey(t: SqlType): boolean {
  return isCharacter(t) || t.kind === 'sql_variant';
}

/** SQLite and SQL Server agree: NULLs first ascending, last descending. */
export function orderTerm(t: TExpr, desc: boolean): string {
  return `${keyOf(t)}${desc ? ' DESC' : ''}`;
}
