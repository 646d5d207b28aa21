// The declared type of a computed column (sys.columns needs one). Without binding the expression
// to the table's columns only explicit CAST/CONVERT and constants have a knowable type; anything
// else is typed sql_variant, which holds any value the DML engine computes for it.
import type { Expr } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { literalValue } from '../expressions/literal';

export function computedColumnType(e: Expr): SqlType {
  switch (e.kind) {
    case 'cast':
    case 'convert':
      return e.type.kind === 'userType' ? { kind: 'sql_variant' } : e.type;
    case 'literal':
      return literalValue(e).type;
    default:
      return { kind: 'sql_variant' };
  }
}
