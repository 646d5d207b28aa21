// T-SQL syntax tree: exec. Conventions are in ../ast.ts.
import type { ObjectName } from './names';
import type { Expr } from './expressions';

export interface ExecArg {
  /** '@param' for named arguments */
  readonly name?: string;
  /** an expression; `default` node for DEFAULT */
  readonly value: Expr;
  readonly output: boolean;
}

export interface ExecStatement {
  readonly kind: 'exec';
  readonly line: number;
  /** EXEC @rc = proc */
  readonly returnVariable?: string;
  /** the procedure by name, or a variable holding its name */
  readonly procedure: { readonly kind: 'name'; readonly name: ObjectName } | { readonly kind: 'variable'; readonly name: string };
  readonly args: readonly ExecArg[];
  readonly recompile: boolean;
}

/** EXEC ('select 1' + @more) [AS LOGIN|USER = '...'] [AT linked_server] */
export interface ExecStringStatement {
  readonly kind: 'execString';
  readonly line: number;
  /** the concatenated parts, in order (string literals and variables) */
  readonly parts: readonly Expr[];
  readonly as?: { readonly principal: 'login' | 'user'; readonly name: string };
  readonly at?: string;
}

/** EXECUTE AS LOGIN|USER = 'name' / EXECUTE AS CALLER */
export interface ExecuteAsStatement {
  readonly kind: 'executeAs';
  readonly line: number;
  readonly principal: 'login' | 'user' | 'caller';
  readonly name?: string;
  /** WITH NO REVERT */
  readonly noRevert?: boolean;
}

export interface RevertStatement {
  readonly kind: 'revert';
  readonly line: number;
}
