// T-SQL syntax tree: data modification. Conventions are in ../ast.ts.
import type { ObjectName } from './names';
import type { Expr, ColumnRef } from './expressions';
import type { Query, CommonTableExpr, TopClause, SelectItem, AssignOp, TableSource } from './queries';
import type { CursorRef } from './variables';
import type { ExecStatement, ExecStringStatement } from './exec';

/** The table an INSERT/UPDATE/DELETE/MERGE writes: a (possibly aliased) name or a table variable. */
export type DmlTarget =
  | { readonly kind: 'table'; readonly name: ObjectName; readonly hints: readonly string[] }
  | { readonly kind: 'tableVariable'; readonly name: string };

export interface OutputClause {
  readonly items: readonly SelectItem[];
  readonly into?: { readonly target: DmlTarget; readonly columns: readonly string[] };
}

export type InsertSource =
  | { readonly kind: 'values'; readonly rows: readonly (readonly Expr[])[] }
  | { readonly kind: 'query'; readonly query: Query }
  | { readonly kind: 'exec'; readonly exec: ExecStatement | ExecStringStatement }
  | { readonly kind: 'defaultValues' };

export interface InsertStatement {
  readonly kind: 'insert';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly columns: readonly string[];
  /** OUTPUT ... INTO ... and/or a plain OUTPUT (at most one of each) */
  readonly output: readonly OutputClause[];
  readonly source: InsertSource;
}

export type UpdateSetItem =
  | { readonly kind: 'column'; readonly column: ColumnRef; readonly op: AssignOp; readonly value: Expr }
  | { readonly kind: 'variable'; readonly variable: string; readonly op: AssignOp; readonly value: Expr }
  /** SET @v = col = expr */
  | { readonly kind: 'variableColumn'; readonly variable: string; readonly column: ColumnRef; readonly op: AssignOp; readonly value: Expr };

export interface UpdateStatement {
  readonly kind: 'update';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly set: readonly UpdateSetItem[];
  readonly output: readonly OutputClause[];
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  /** WHERE CURRENT OF cursor */
  readonly currentOf?: CursorRef;
}

export interface DeleteStatement {
  readonly kind: 'delete';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly output: readonly OutputClause[];
  readonly from: readonly TableSource[];
  readonly where?: Expr;
  readonly currentOf?: CursorRef;
}

export type MergeAction =
  | { readonly kind: 'update'; readonly set: readonly UpdateSetItem[] }
  | { readonly kind: 'delete' }
  /** values absent = DEFAULT VALUES */
  | { readonly kind: 'insert'; readonly columns: readonly string[]; readonly values?: readonly Expr[] };

export interface MergeWhen {
  readonly when: 'matched' | 'notMatchedByTarget' | 'notMatchedBySource';
  readonly condition?: Expr;
  readonly action: MergeAction;
}

export interface MergeStatement {
  readonly kind: 'merge';
  readonly line: number;
  readonly with: readonly CommonTableExpr[];
  readonly top?: TopClause;
  readonly target: DmlTarget;
  readonly targetAlias?: string;
  readonly source: TableSource;
  readonly on: Expr;
  readonly whens: readonly MergeWhen[];
  readonly output: readonly OutputClause[];
}

export interface SelectStatement {
  readonly kind: 'select';
  readonly line: number;
  readonly query: Query;
}

export interface TruncateTableStatement {
  readonly kind: 'truncateTable';
  readonly line: number;
  readonly name: ObjectName;
}
