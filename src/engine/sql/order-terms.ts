// ORDER BY / PARTITION BY / GROUP BY keys: strings order and group by their CI_AS key.
import { isCharacter } from '../../types/categories';
import type { TExpr } from './texpr';

export function keyOf(t: TExpr): string {
  if (t.type.kind === 'uniqueidentifier') return `msxd_guid_key(${t.sql})`;
  return isCharacter(t.type) && t.type.kind !== 'xml' ? `msxd_ci_key(${t.sql})` : t.sql;
}

/** SQLite and SQL Server agree: NULLs first ascending, last descending. */
export function orderTerm(t: TExpr, desc: boolean): string {
  return `${keyOf(t)}${desc ? ' DESC' : ''}`;
}
