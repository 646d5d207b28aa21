// T-SQL syntax tree: queries. Conventions are in ../ast.ts.
import type { ObjectName } from './names';
import type { Expr, OrderItem } from './expressions';

/** A full query expression: [WITH ctes] body [ORDER BY] [OFFSET/FETCH] [FOR ...] [OPTION (...)] */
export interface Query {
  readonly kind: 'query';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly body: QueryExpr;
  readonly orderBy: readonly OrderItem[];
  readonly offset?: Expr;
  readonly fetch?: Expr;
  readonly for?: ForClause;
  /** OPTION (...) query hints, each normalised to upper-case text: 'RECOMPILE', 'MAXDOP 1' */
  readonly hints: readonly string[];
}

/** A parenthesised Query may appear as a set-operation operand. */
export type QueryExpr = QuerySpec | SetOperation | Query;

export interface QuerySpec {
  readonly kind: 'querySpec';
  readonly line: number;
  readonly distinct: boolean;
  readonly top?: TopClause;
  readonly items: readonly SelectItem[];
  readonly into?: ObjectName;
  /** comma-separated sources; empty when there is no FROM */
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  readonly groupBy: readonly Expr[];
  readonly having?: Expr;
}

export interface SetOperation {
  readonly kind: 'setOperation';
  readonly line: number;
  readonly op: 'union' | 'unionAll' | 'except' | 'intersect';
  readonly left: QueryExpr;
  readonly right: QueryExpr;
}

export interface CommonTableExpr {
  readonly name: string;
  readonly columns: readonly string[];
  readonly query: Query;
}

export interface TopClause {
  readonly count: Expr;
  readonly percent: boolean;
  readonly withTies: boolean;
}

export type ForClause =
  | { readonly kind: 'xml'; readonly mode: 'raw' | 'auto' | 'path' | 'explicit'; readonly element?: string; readonly options: readonly string[] }
  | { readonly kind: 'json'; readonly mode: 'auto' | 'path'; readonly options: readonly string[] }
  | { readonly kind: 'browse' };

export type SelectItem = StarItem | ExprItem | AssignItem;

/** `*` or `t.*` */
export interface StarItem {
  readonly kind: 'star';
  readonly line: number;
  readonly qualifier: readonly string[];
}

/** expr [AS] alias, alias = expr, 'alias' = expr */
export interface ExprItem {
  readonly kind: 'expr';
  readonly line: number;
  readonly expr: Expr;
  readonly alias?: string;
}

/** SELECT @v = expr (also @v += expr) */
export interface AssignItem {
  readonly kind: 'assign';
  readonly line: number;
  readonly variable: string;
  readonly op: AssignOp;
  readonly expr: Expr;
}

export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=';

export type TableSource =
  | NamedTable
  | TableVariableSource
  | DerivedTable
  | ValuesTable
  | TableFunctionSource
  | JoinedTable;

export interface NamedTable {
  readonly kind: 'table';
  readonly line: number;
  readonly name: ObjectName;
  readonly alias?: string;
  /** WITH (NOLOCK, INDEX(ix)) normalised to upper-case text per hint */
  readonly hints: readonly string[];
}

export interface TableVariableSource {
  readonly kind: 'tableVariable';
  readonly line: number;
  readonly name: string;
  readonly alias?: string;
}

export interface DerivedTable {
  readonly kind: 'derived';
  readonly line: number;
  readonly query: Query;
  readonly alias: string;
  readonly columns: readonly string[];
}

/** (VALUES (1, 'a'), (2, 'b')) AS v(n, s) */
export interface ValuesTable {
  readonly kind: 'values';
  readonly line: number;
  readonly rows: readonly (readonly Expr[])[];
  readonly alias: string;
  readonly columns: readonly string[];
}

/** dbo.fn(1) AS f, OPENJSON(@j), STRING_SPLIT(@s, ',') */
export interface TableFunctionSource {
  readonly kind: 'tableFunction';
  readonly line: number;
  readonly name: ObjectName;
  readonly args: readonly Expr[];
  readonly alias?: string;
  readonly columns: readonly string[];
}

export type JoinType = 'inner' | 'left' | 'right' | 'full' | 'cross' | 'crossApply' | 'outerApply';

export interface JoinedTable {
  readonly kind: 'join';
  readonly line: number;
  readonly joinType: JoinType;
  readonly left: TableSource;
  readonly right: TableSource;
  /** absent for CROSS JOIN and APPLY */
  readonly on?: Expr;
  /** INNER LOOP / HASH / MERGE / REMOTE join hint, upper-cased */
  readonly hint?: string;
}
