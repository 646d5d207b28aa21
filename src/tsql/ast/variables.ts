// T-SQL syntax tree: variables, set and cursors. Conventions are in ../ast.ts.
import type { ObjectName, TypeRef } from './names';
import type { Expr } from './expressions';
import type { Query, AssignOp } from './queries';
import type { TableDefinition } from './ddl';

export type DeclareItem =
  | { readonly kind: 'scalar'; readonly name: string; readonly type: TypeRef; readonly init?: Expr }
  | { readonly kind: 'table'; readonly name: string; readonly definition: TableDefinition }
  /** DECLARE @c CURSOR (a cursor variable, assigned later) */
  | { readonly kind: 'cursorVariable'; readonly name: string };

export interface DeclareStatement {
  readonly kind: 'declare';
  readonly line: number;
  readonly items: readonly DeclareItem[];
}

export interface SetVariableStatement {
  readonly kind: 'setVariable';
  readonly line: number;
  readonly name: string;
  readonly op: AssignOp;
  readonly value: Expr;
}

/**
 * Value of a SET option or a WITH option. ON/OFF become `onOff`; other bare words (mdy,
 * us_english, NORMAL, [master]) are `word`, upper-cased unless they were quoted identifiers or
 * the value of a name-valued option (NAME, DEFAULT_DATABASE, DEFAULT_SCHEMA ...: kept as written).
 */
export type OptionValue =
  | { readonly kind: 'onOff'; readonly on: boolean }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'string'; readonly value: string; readonly unicode: boolean }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'binary'; readonly hex: string }
  | { readonly kind: 'variable'; readonly name: string };

export interface OptionSetting {
  /** upper-cased: 'CHECK_POLICY', 'DEFAULT_DATABASE' */
  readonly name: string;
  readonly value?: OptionValue;
}

/**
 * SET NOCOUNT ON, SET ANSI_NULLS, QUOTED_IDENTIFIER ON, SET TEXTSIZE 2147483647, SET LOCK_TIMEOUT -1,
 * SET DATEFORMAT mdy, SET STATISTICS IO ON ('STATISTICS IO'). `options` upper-cased.
 */
export interface SetOptionStatement {
  readonly kind: 'setOption';
  readonly line: number;
  readonly options: readonly string[];
  readonly value: OptionValue;
}

export type IsolationLevel = 'read uncommitted' | 'read committed' | 'repeatable read' | 'snapshot' | 'serializable';

export interface SetTransactionIsolationStatement {
  readonly kind: 'setTransactionIsolation';
  readonly line: number;
  readonly level: IsolationLevel;
}

export interface SetIdentityInsertStatement {
  readonly kind: 'setIdentityInsert';
  readonly line: number;
  readonly table: ObjectName;
  readonly on: boolean;
}

/** A cursor name or a cursor variable ('@c'). */
export interface CursorRef {
  readonly name: string;
  readonly global: boolean;
}

export interface DeclareCursorStatement {
  readonly kind: 'declareCursor';
  readonly line: number;
  readonly name: string;
  /** LOCAL, GLOBAL, FORWARD_ONLY, SCROLL, STATIC, KEYSET, DYNAMIC, FAST_FORWARD, READ_ONLY, ... upper-cased */
  readonly options: readonly string[];
  readonly query: Query;
  /** FOR UPDATE [OF cols]: undefined = not written, [] = all columns */
  readonly forUpdate?: readonly string[];
}

/**
 * SET @c = CURSOR [options] FOR query: allocates a new cursor to a cursor variable; `cursor` is
 * the definition as DECLARE CURSOR would hold it, named after the variable.
 */
export interface SetCursorVariableStatement {
  readonly kind: 'setCursorVariable';
  readonly line: number;
  readonly name: string;
  readonly cursor: DeclareCursorStatement;
}

export interface OpenCursorStatement {
  readonly kind: 'openCursor';
  readonly line: number;
  readonly cursor: CursorRef;
}

export type FetchDirection = 'next' | 'prior' | 'first' | 'last' | 'absolute' | 'relative';

export interface FetchCursorStatement {
  readonly kind: 'fetchCursor';
  readonly line: number;
  readonly direction: FetchDirection;
  /** for ABSOLUTE/RELATIVE */
  readonly offset?: Expr;
  readonly cursor: CursorRef;
  readonly into: readonly string[];
}

export interface CloseCursorStatement {
  readonly kind: 'closeCursor';
  readonly line: number;
  readonly cursor: CursorRef;
}

export interface DeallocateCursorStatement {
  readonly kind: 'deallocateCursor';
  readonly line: number;
  readonly cursor: CursorRef;
}
