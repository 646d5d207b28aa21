// The SQL Server type of an expression over a table's columns, without running it: computed
// columns (CREATE TABLE t (..., total AS qty * price)) are typed this way by the DDL engine.
import type { Expr } from '../../tsql/ast';
import type { SqlType } from '../../types/sql-type';
import type { Scope } from '../interpreter/scope';
import { NameScope } from './name-scope';
import { Params } from './params';
import type { SourceColumn } from './source-types';
import { tx } from './translate-expr';

export function expressionType(scope: Scope, expr: Expr, columns: readonly SourceColumn[]): { type: SqlType; nullable: boolean } {
  const names = new NameScope();
  names.add({ exposed: '__table', sqlAlias: 't0', columns, nullable: false });
  const t = tx(expr, { scope, params: new Params(), names, database: scope.session.database, allowAggregates: false });
  return { type: t.type, nullable: t.nullable };
}
