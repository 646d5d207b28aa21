// What the engine writes results into. The engine never sees TDS bytes: server/ adapts these calls
// to tokens (COLMETADATA, ROW, DONE*, INFO/ERROR, ENVCHANGE, RETURNSTATUS, RETURNVALUE).
import type { SqlError } from '../errors/sql-error';
import type { SqlType } from '../types/sql-type';
import type { SqlValue } from '../types/values';

export interface ResultColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /** an IDENTITY column (COLMETADATA flag fIdentity) */
  readonly identity?: boolean;
  /** COLMETADATA usUpdateable: 1 read/write (a column an updatable API cursor can change) */
  readonly updateable?: 0 | 1;
  /** COLMETADATA fHidden: the ROWSTAT column API cursors append to their rows */
  readonly hidden?: boolean;
}

/** The statement kind a DONE token reports (MS-TDS DONE CurCmd). */
export type DoneCommand = 'select' | 'insert' | 'update' | 'delete' | 'execute' | 'other';

export interface StatementDone {
  readonly command: DoneCommand;
  /** rows affected/returned; undefined when the statement has no count (or SET NOCOUNT ON) */
  readonly rowCount?: number;
  /** the statement raised an error */
  readonly error?: boolean;
  /** the statement ran inside a procedure (DONEINPROC rather than DONE) */
  readonly inProc: boolean;
}

export type EnvChange =
  | { readonly kind: 'database'; readonly newValue: string; readonly oldValue: string }
  | { readonly kind: 'language'; readonly newValue: string; readonly oldValue: string }
  /** descriptor: the 8-byte transaction descriptor clients echo in ALL_HEADERS */
  | { readonly kind: 'beginTransaction'; readonly descriptor: Buffer }
  | { readonly kind: 'commitTransaction'; readonly descriptor: Buffer }
  | { readonly kind: 'rollbackTransaction'; readonly descriptor: Buffer };

export interface ResultSink {
  /** starts a result set */
  columns(columns: readonly ResultColumn[]): void;
  /** one row of the current result set, values in column order */
  row(values: readonly SqlValue[]): void;
  /** a statement finished (ends its result set if it had one) */
  statementDone(done: StatementDone): void;
  /** INFO (severity <= 10, e.g. PRINT) or ERROR (severity >= 11) message */
  message(msg: SqlError): void;
  envChange(change: EnvChange): void;
  /** return status of a procedure called by RPC (or EXEC inside a batch: SQL Server sends it too) */
  returnStatus(value: number): void;
  /** an OUTPUT parameter's value of an RPC call (RETURNVALUE), in parameter order */
  outputParam(param: { readonly ordinal: number; readonly name: string; readonly type: SqlType; readonly value: SqlValue }): void;
  /** the end of an RPC procedure call (DONEPROC) */
  procedureDone(done: { readonly rowCount?: number; readonly error?: boolean }): void;
  /**
   * Resolves when the client has taken what was written so far. The engine awaits it every few
   * hundred rows so a large result never sits whole in memory.
   */
  drain(): Promise<void> | void;
}
