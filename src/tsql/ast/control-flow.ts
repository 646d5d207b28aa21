// T-SQL syntax tree: control flow. Conventions are in ../ast.ts.
import type { Expr } from './expressions';
import type { Statement } from './statement';

export interface BlockStatement {
  readonly kind: 'block';
  readonly line: number;
  readonly statements: readonly Statement[];
}

export interface IfStatement {
  readonly kind: 'if';
  readonly line: number;
  readonly condition: Expr;
  readonly then: Statement;
  readonly else?: Statement;
}

export interface WhileStatement {
  readonly kind: 'while';
  readonly line: number;
  readonly condition: Expr;
  readonly body: Statement;
}

export interface BreakStatement {
  readonly kind: 'break';
  readonly line: number;
}

export interface ContinueStatement {
  readonly kind: 'continue';
  readonly line: number;
}

export interface ReturnStatement {
  readonly kind: 'return';
  readonly line: number;
  readonly value?: Expr;
}

export interface GotoStatement {
  readonly kind: 'goto';
  readonly line: number;
  readonly label: string;
}

/** `name:` */
export interface LabelStatement {
  readonly kind: 'label';
  readonly line: number;
  readonly name: string;
}

export interface TryCatchStatement {
  readonly kind: 'tryCatch';
  readonly line: number;
  readonly tryBlock: readonly Statement[];
  readonly catchBlock: readonly Statement[];
}

export interface PrintStatement {
  readonly kind: 'print';
  readonly line: number;
  readonly value: Expr;
}

export interface RaiserrorStatement {
  readonly kind: 'raiserror';
  readonly line: number;
  /** message number, message text or a variable holding either */
  readonly message: Expr;
  readonly severity: Expr;
  readonly state: Expr;
  readonly args: readonly Expr[];
  readonly options: readonly ('LOG' | 'NOWAIT' | 'SETERROR')[];
}

/** THROW; (rethrow in CATCH) has no arguments; otherwise all three are present. */
export interface ThrowStatement {
  readonly kind: 'throw';
  readonly line: number;
  readonly args?: { readonly number: Expr; readonly message: Expr; readonly state: Expr };
}

export interface WaitforStatement {
  readonly kind: 'waitfor';
  readonly line: number;
  readonly mode: 'delay' | 'time';
  readonly value: Expr;
}

export interface UseStatement {
  readonly kind: 'use';
  readonly line: number;
  readonly database: string;
}
