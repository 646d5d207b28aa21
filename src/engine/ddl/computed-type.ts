// The declared type of a computed column (sys.columns, COLMETADATA): the SQL Server type of its
// expression over the table's other columns (`qty * price` over int and decimal(9,2) is
// decimal(20,2)), found by the translator's typing without running it. An expression the
// translator cannot type keeps the old answer: CAST/CONVERT's type, a literal's, else sql_variant
// (which holds any value the DML engine computes for it).
import { SqlError } from '../../errors/sql-error';
import type { ColumnDef, Expr } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import { literalValue } from '../expressions/literal';
import type { Scope } from '../interpreter/scope';
import { expressionType } from '../sql/expression-type';
import type { SourceColumn } from '../sql/source-types';
import type { PlannedColumn } from './table-plan';

const INVALID_COLUMN = 207;

interface ColumnShape {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
}

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

/**
 * Retypes the computed columns among `planned` (planned[i] is defs[i]) over `context` (the
 * table's stored columns) and the plain columns planned with them. A name that is not a column
 * is SQL Server's 207 at CREATE/ALTER.
 */
export function typeComputedColumns(
  scope: Scope, defs: readonly ColumnDef[], planned: readonly PlannedColumn[], context: readonly ColumnShape[] = [],
): PlannedColumn[] {
  const plain = planned.filter((_, i) => !defs[i]?.computed);
  const columns: SourceColumn[] = [...context, ...plain].map((c) => ({ name: c.name, type: c.type, nullable: c.nullable }));
  return planned.map((p, i) => {
    const e = defs[i]?.computed?.expr;
    if (!e || e.kind === 'cast' || e.kind === 'convert') return p;
    try {
      return { ...p, type: expressionType(scope, e, columns).type };
    } catch (err) {
      if (err instanceof SqlError && err.number === INVALID_COLUMN) throw err;
      return p;
    }
  });
}
