// T-SQL syntax tree: expressions. Conventions are in ../ast.ts.
import type { ObjectName, TypeRef } from './names';
import type { Query } from './queries';

export type Expr =
  | Literal
  | NullLiteral
  | DefaultValue
  | VariableRef
  | GlobalVariableRef
  | ColumnRef
  | PseudoColumn
  | DatePartArg
  | UnaryExpr
  | BinaryExpr
  | CompareExpr
  | LogicalExpr
  | NotExpr
  | IsNullExpr
  | BetweenExpr
  | InListExpr
  | InSubqueryExpr
  | LikeExpr
  | ExistsExpr
  | QuantifiedCompareExpr
  | SubqueryExpr
  | CaseExpr
  | CastExpr
  | ConvertExpr
  | FunctionCall
  | NiladicFunction
  | NextValueFor
  | CollateExpr;

export type LiteralForm = 'integer' | 'decimal' | 'float' | 'money' | 'string' | 'binary';

/**
 * A constant as written. `text`: integer/decimal/float digits as written (no sign); money without
 * the '$' (may carry a sign: $-1); string already unescaped ('' -> '); binary hex digits without 0x.
 */
export interface Literal {
  readonly kind: 'literal';
  readonly line: number;
  readonly form: LiteralForm;
  readonly text: string;
  /** N'...' */
  readonly unicode: boolean;
}

export interface NullLiteral {
  readonly kind: 'null';
  readonly line: number;
}

/** The DEFAULT keyword where a value may be written: INSERT VALUES cells, EXEC arguments. */
export interface DefaultValue {
  readonly kind: 'default';
  readonly line: number;
}

export interface VariableRef {
  readonly kind: 'variable';
  readonly line: number;
  /** with '@', as written */
  readonly name: string;
}

export interface GlobalVariableRef {
  readonly kind: 'global';
  readonly line: number;
  /** upper-cased, with '@@': '@@ROWCOUNT' */
  readonly name: string;
}

export interface ColumnRef {
  readonly kind: 'column';
  readonly line: number;
  /** qualifying parts before the column name: [], ['t'], ['dbo','t'], ['db','dbo','t'] */
  readonly qualifier: readonly string[];
  readonly name: string;
}

/** $IDENTITY, $ROWGUID, $ACTION (MERGE OUTPUT) */
export interface PseudoColumn {
  readonly kind: 'pseudoColumn';
  readonly line: number;
  readonly qualifier: readonly string[];
  /** upper-cased, with '$' */
  readonly name: string;
}

/**
 * The datepart argument of DATEADD/DATEDIFF/DATEDIFF_BIG/DATEPART/DATENAME/DATETRUNC/DATE_BUCKET,
 * and the other bare-word arguments of built-ins (ISJSON's json_type_constraint).
 */
export interface DatePartArg {
  readonly kind: 'datePart';
  readonly line: number;
  /** as written, lower-cased: 'day', 'dd', 'd', 'month', ... (the engine maps abbreviations) */
  readonly name: string;
}

export type UnaryOp = '-' | '+' | '~';

export interface UnaryExpr {
  readonly kind: 'unary';
  readonly line: number;
  readonly op: UnaryOp;
  readonly operand: Expr;
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^' | '<<' | '>>';

export interface BinaryExpr {
  readonly kind: 'binary';
  readonly line: number;
  readonly op: BinaryOp;
  readonly left: Expr;
  readonly right: Expr;
}

/** '!=' is stored as '<>', '!<' as '>=', '!>' as '<=' (same semantics in SQL Server). */
export type CompareOp = '=' | '<>' | '<' | '>' | '<=' | '>=';

export interface CompareExpr {
  readonly kind: 'compare';
  readonly line: number;
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
}

export interface LogicalExpr {
  readonly kind: 'logical';
  readonly line: number;
  readonly op: 'and' | 'or';
  readonly left: Expr;
  readonly right: Expr;
}

export interface NotExpr {
  readonly kind: 'not';
  readonly line: number;
  readonly operand: Expr;
}

export interface IsNullExpr {
  readonly kind: 'isNull';
  readonly line: number;
  readonly operand: Expr;
  readonly not: boolean;
}

export interface BetweenExpr {
  readonly kind: 'between';
  readonly line: number;
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
  readonly not: boolean;
}

export interface InListExpr {
  readonly kind: 'inList';
  readonly line: number;
  readonly operand: Expr;
  readonly list: readonly Expr[];
  readonly not: boolean;
}

export interface InSubqueryExpr {
  readonly kind: 'inSubquery';
  readonly line: number;
  readonly operand: Expr;
  readonly query: Query;
  readonly not: boolean;
}

export interface LikeExpr {
  readonly kind: 'like';
  readonly line: number;
  readonly operand: Expr;
  readonly pattern: Expr;
  readonly escape?: Expr;
  readonly not: boolean;
}

export interface ExistsExpr {
  readonly kind: 'exists';
  readonly line: number;
  readonly query: Query;
}

/** x > ALL (subquery), x = ANY/SOME (subquery) */
export interface QuantifiedCompareExpr {
  readonly kind: 'quantified';
  readonly line: number;
  readonly op: CompareOp;
  readonly quantifier: 'all' | 'any';
  readonly left: Expr;
  readonly query: Query;
}

export interface SubqueryExpr {
  readonly kind: 'subquery';
  readonly line: number;
  readonly query: Query;
}

export interface CaseWhen {
  readonly when: Expr;
  readonly then: Expr;
}

/** Simple CASE has `operand`; searched CASE does not. */
export interface CaseExpr {
  readonly kind: 'case';
  readonly line: number;
  readonly operand?: Expr;
  readonly whens: readonly CaseWhen[];
  readonly else?: Expr;
}

/** CAST / TRY_CAST */
export interface CastExpr {
  readonly kind: 'cast';
  readonly line: number;
  readonly operand: Expr;
  readonly type: TypeRef;
  readonly try: boolean;
}

/** CONVERT / TRY_CONVERT */
export interface ConvertExpr {
  readonly kind: 'convert';
  readonly line: number;
  readonly type: TypeRef;
  readonly operand: Expr;
  readonly style?: Expr;
  readonly try: boolean;
}

export interface FunctionCall {
  readonly kind: 'call';
  readonly line: number;
  /** built-ins have only `name`; user functions may be schema-qualified (dbo.fn) */
  readonly name: ObjectName;
  readonly args: readonly Expr[];
  /** COUNT(*) */
  readonly star: boolean;
  /** COUNT(DISTINCT x) */
  readonly distinct: boolean;
  /** STRING_AGG(...) WITHIN GROUP (ORDER BY ...) */
  readonly withinGroup?: readonly OrderItem[];
  readonly over?: OverClause;
  /**
   * JSON_OBJECT / JSON_ARRAY (SQL Server 2022): the json_null_clause as written (NULL ON NULL,
   * ABSENT ON NULL). JSON_OBJECT's `key: value` pairs are `args` in order: key, value, key, value.
   */
  readonly jsonNullClause?: 'NULL' | 'ABSENT';
}

/** Functions written without parentheses: CURRENT_TIMESTAMP, CURRENT_USER, SESSION_USER, SYSTEM_USER, USER. */
export interface NiladicFunction {
  readonly kind: 'niladic';
  readonly line: number;
  /** upper-cased */
  readonly name: string;
}

export interface NextValueFor {
  readonly kind: 'nextValueFor';
  readonly line: number;
  readonly sequence: ObjectName;
  readonly over?: OverClause;
}

export interface CollateExpr {
  readonly kind: 'collate';
  readonly line: number;
  readonly operand: Expr;
  readonly collation: string;
}

export interface OverClause {
  readonly partitionBy: readonly Expr[];
  readonly orderBy: readonly OrderItem[];
  readonly frame?: WindowFrame;
}

export interface WindowFrame {
  readonly unit: 'rows' | 'range';
  readonly start: FrameBound;
  /** present for BETWEEN start AND end */
  readonly end?: FrameBound;
}

export type FrameBound =
  | { readonly kind: 'unboundedPreceding' }
  | { readonly kind: 'unboundedFollowing' }
  | { readonly kind: 'currentRow' }
  | { readonly kind: 'preceding'; readonly offset: Expr }
  | { readonly kind: 'following'; readonly offset: Expr };

export interface OrderItem {
  readonly expr: Expr;
  readonly desc: boolean;
}
