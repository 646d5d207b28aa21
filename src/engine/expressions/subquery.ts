// Subqueries inside expressions: scalar (one column, at most one row), EXISTS, IN, ANY/ALL.
import { sqlError } from '../../errors/catalog';
import type { Query } from '../../tsql/ast';
import { typed, type Typed } from '../../types/typed-value';
import { runQuery } from '../query/run-query';
import type { EvalContext } from './eval-context';

export function queryRows(query: Query, ctx: EvalContext, limit = Infinity): readonly (readonly Typed[])[] {
  return runQuery(query, ctx, limit).rows;
}

export function scalarSubquery(query: Query, ctx: EvalContext): Typed {
  const result = runQuery(query, ctx, 2);
  if (result.columns.length !== 1) throw sqlError(116);
  if (result.rows.length > 1) throw sqlError(512);
  const row = result.rows[0];
  return row ? row[0]! : typed(result.columns[0]!.type, null);
}
