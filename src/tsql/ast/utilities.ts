// T-SQL syntax tree: server utilities. Conventions are in ../ast.ts.
import type { Expr } from './expressions';
import type { ObjectName } from './names';

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

/**
 * KILL { session_id | 'UOW' } [ WITH { STATUSONLY | COMMIT | ROLLBACK } ] ("KILL (Transact-SQL)"):
 * a constant only, never a variable or an expression.
 */
export interface KillStatement {
  readonly kind: 'kill';
  readonly line: number;
  readonly target: KillTarget;
  readonly option: 'none' | 'statusOnly' | 'commit' | 'rollback';
}

export type KillTarget =
  /** as written, sign included: KILL -1 and KILL 0 parse (and are 6101) */
  | { readonly kind: 'session'; readonly sessionId: number }
  /** the unit of work of a distributed transaction (a GUID string) */
  | { readonly kind: 'uow'; readonly uow: string };

/**
 * UPDATE STATISTICS table_or_view [ stats_name | ( stats_name [, ...] ) ] [ WITH option [, ...] ]
 * ("UPDATE STATISTICS (Transact-SQL)"): options kept upper-cased as written, a number and its
 * unit joined (`SAMPLE 50 PERCENT`, `MAXDOP = 2`).
 */
export interface UpdateStatisticsStatement {
  readonly kind: 'updateStatistics';
  readonly line: number;
  readonly table: ObjectName;
  readonly statistics: readonly string[];
  readonly options: readonly string[];
}

/** ALTER INDEX { index | ALL } ON table { REBUILD | REORGANIZE | DISABLE } [ ... ] (options skipped) */
export interface AlterIndexStatement {
  readonly kind: 'alterIndex';
  readonly line: number;
  /** null: ALL */
  readonly index: string | null;
  readonly table: ObjectName;
  readonly action: 'rebuild' | 'reorganize' | 'disable';
}
