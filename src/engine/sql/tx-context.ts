// What expression translation needs: the interpreter scope (variables, session), the statement's
// parameters, the names in scope and where aggregates are allowed.
import type { Scope } from '../interpreter/scope';
import type { NameScope } from './name-scope';
import type { Params } from './params';
import type { TExpr } from './texpr';
import type { WritableTable } from './source-types';

export interface TxContext {
  readonly scope: Scope;
  readonly params: Params;
  readonly names: NameScope;
  /** the database unqualified object names resolve in (a view's own database inside a view) */
  readonly database: string;
  /** select-list aliases ORDER BY may name */
  readonly aliases?: ReadonlyMap<string, TExpr> | undefined;
  /** false in WHERE/ON/GROUP BY and inside aggregate arguments */
  readonly allowAggregates: boolean;
  /** user table-valued functions materialized for this statement (query/table-functions.ts) */
  readonly tableFunctions?: ReadonlyMap<object, WritableTable> | undefined;
  /** the FROM text of the current query level (user-function argument probes) */
  readonly fromSql?: string | undefined;
}

export function withNames(c: TxContext, names: NameScope): TxContext {
  return { ...c, names, aliases: undefined, allowAggregates: true };
}
