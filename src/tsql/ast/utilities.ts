// T-SQL syntax tree: server utilities. Conventions are in ../ast.ts.
import type { Expr } from './expressions';

/** DBCC name [(args)] [WITH options]: parsed so the engine can answer the few it knows. */
export interface DbccStatement {
  readonly kind: 'dbcc';
  readonly line: number;
  /** upper-cased: 'CHECKIDENT', 'TRACESTATUS', 'FREEPROCCACHE' */
  readonly command: string;
  readonly args: readonly Expr[];
  /** WITH NO_INFOMSGS, TABLERESULTS ... upper-cased */
  readonly options: readonly string[];
}

/** Statements with no operands worth a node of their own. */
export interface SimpleCommandStatement {
  readonly kind: 'simpleCommand';
  readonly line: number;
  readonly command: 'CHECKPOINT' | 'SHUTDOWN' | 'SHUTDOWN WITH NOWAIT';
}

/** RECONFIGURE [WITH OVERRIDE]: installs the configured values of server options (sp_configure). */
export interface ReconfigureStatement {
  readonly kind: 'reconfigure';
  readonly line: number;
  readonly override: boolean;
}

export interface KillStatement {
  readonly kind: 'kill';
  readonly line: number;
  readonly target: Expr;
}
