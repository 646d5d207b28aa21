// Subqueries inside expressions: translated with the enclosing names as parent scope, so
// correlated references bind to outer columns (SQLite evaluates correlated subqueries natively).
import { sqlError } from '../../errors/catalog';
import { quoteIdent } from '../../store/sqlite-names';
import type { Query } from '../../tsql/ast';
import { NameScope } from './name-scope';
import { assertNestedOrderBy, translateQuery, type TranslatedQuery } from './translate-query';
import type { TxContext } from './tx-context';
import type { TExpr } from './texpr';

export function translateSubquery(q: Query, c: TxContext): TranslatedQuery {
  assertNestedOrderBy(q);
  return translateQuery(q, { ...c, names: new NameScope(c.names), aliases: undefined, allowAggregates: true });
}

/** the single column of a subquery read through alias `alias` (116 when it has more) */
export function subqueryColumn(sub: TranslatedQuery, alias: string): TExpr {
  if (sub.columns.length !== 1) throw sqlError(116);
  const col = sub.columns[0]!;
  return { sql: `${quoteIdent(alias)}.${quoteIdent(col.outName)}`, type: col.type, nullable: true };
}

export function scalarSubquery(q: Query, c: TxContext): TExpr {
  const sub = translateSubquery(q, c);
  const col = subqueryColumn(sub, 's');
  if (sub.singleRow) return { sql: `(SELECT ${col.sql} FROM (${sub.sql}) AS s)`, type: col.type, nullable: true };
  // SQLite would take the first row silently; SQL Server raises 512 for more than one.
  return {
    sql: `(SELECT CASE WHEN count(*) > 1 THEN msxd_raise(512) ELSE max(${col.sql}) END FROM (SELECT * FROM (${sub.sql}) LIMIT 2) AS s)`,
    type: col.type,
    nullable: true,
  };
}
