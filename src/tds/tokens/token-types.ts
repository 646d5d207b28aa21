// Inputs of the token encoders. Shapes mirror engine/result-sink.ts so server/ passes values
// straight through, but are declared here: tds must not import engine.
import type { SqlType } from '../../types/sql-type';
import type { SqlValue } from '../../types/values';

export interface TdsColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly identity?: boolean;
  /** COLMETADATA fUpdateable: 0 read-only (default), 1 read/write, 2 unknown */
  readonly updateable?: 0 | 1 | 2;
  /** COLMETADATA fHidden (TDS 7.2+) */
  readonly hidden?: boolean;
}

export type DoneCommand = 'select' | 'insert' | 'update' | 'delete' | 'execute' | 'other';

export interface TdsDone {
  /** DONE ends a statement of a batch, DONEPROC an RPC call, DONEINPROC a statement in a proc */
  readonly token: 'done' | 'doneProc' | 'doneInProc';
  readonly command: DoneCommand;
  /** present = DONE_COUNT set and the count sent */
  readonly rowCount?: number | bigint;
  readonly more?: boolean;
  readonly error?: boolean;
  readonly inTransaction?: boolean;
  /** acknowledges an ATTENTION (DONE_ATTN) */
  readonly attention?: boolean;
  readonly serverError?: boolean;
}

/** The ERROR/INFO token fields (MS-TDS 2.2.7.10 / 2.2.7.13); errors/SqlError fits it. */
export interface TdsMessageFields {
  readonly number: number;
  readonly state: number;
  readonly severity: number;
  readonly message: string;
  readonly procName?: string;
  readonly lineNumber?: number;
}

export type TdsEnvChange =
  | { readonly kind: 'database'; readonly newValue: string; readonly oldValue: string }
  | { readonly kind: 'language'; readonly newValue: string; readonly oldValue: string }
  | { readonly kind: 'packetSize'; readonly newValue: number; readonly oldValue: number }
  /** the 5-byte collation; old value empty (as SQL Server sends at login) */
  | { readonly kind: 'collation'; readonly collation: Buffer; readonly oldCollation?: Buffer }
  | { readonly kind: 'beginTransaction'; readonly descriptor: Buffer }
  | { readonly kind: 'commitTransaction'; readonly descriptor: Buffer }
  | { readonly kind: 'rollbackTransaction'; readonly descriptor: Buffer }
  | { readonly kind: 'resetConnectionAck' };

export interface TdsReturnValue {
  /** ParamOrdinal: the parameter's position in the RPC call */
  readonly ordinal: number;
  /** '@name' (may be '') */
  readonly name: string;
  readonly type: SqlType;
  readonly value: SqlValue;
  /** status 0x02: the return value of a user-defined function, else 0x01 (output parameter) */
  readonly udf?: boolean;
}
