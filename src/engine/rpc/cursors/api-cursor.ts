// An API server cursor (sp_cursoropen and friends): an engine cursor (interpreter/cursors.ts, the
// one T-SQL's DECLARE CURSOR uses) kept by the session under an int handle, with the options it
// was settled with and its fetch buffer. It lives until sp_cursorclose, RESETCONNECTION or the end
// of the connection (sp_reset_connection "will kill all global cursors owned by the connection").
import { sqlError } from '../../../errors/catalog';
import type { SqlError } from '../../../errors/sql-error';
import { typed, type Typed } from '../../../types/typed-value';
import { unwrapVariant } from '../../expressions/variant';
import type { Cursor } from '../../interpreter/cursors';
import type { CallArgument } from '../../interpreter/procedure-call';
import type { Scope } from '../../interpreter/scope';
import type { RoutineParam } from '../../../tsql/ast';
import type { ResultColumn } from '../../result-sink';
import type { EngineProcedureOutcome } from '../engine-procedures';
import type { ApiCursorType, Concurrency } from './cursor-options';
import type { FetchBuffer } from './fetch-buffer';

export interface ApiCursor {
  readonly handle: number;
  readonly cursor: Cursor;
  readonly type: ApiCursorType;
  readonly concurrency: Concurrency;
  /** FAST_FORWARD with AUTO_CLOSE: closed by the fetch that reaches the end */
  readonly autoClose: boolean;
  buffer: FetchBuffer;
  /** the COLMETADATA of every result set of the cursor (cursor-rows.ts), set once it is open */
  columns: readonly ResultColumn[];
  /** the name sp_cursoroption CURSOR_NAME gave it (a GLOBAL cursor name for T-SQL) */
  name?: string;
}

/** sp_cursorprepare's statement, opened by sp_cursorexecute */
export interface PreparedCursor {
  readonly text: string;
  readonly declarations: string;
  readonly params: readonly RoutineParam[];
  readonly scrollopt: number;
  readonly ccopt: number;
}

/** what the session keeps of API cursors (SessionState.apiCursors) */
export class ApiCursorSet {
  readonly open = new Map<number, ApiCursor>();
  readonly prepared = new Map<number, PreparedCursor>();
  // SQL Server's handles are large opaque numbers; clients only echo them
  private nextCursor = 180150001;
  private nextPrepared = 1;

  add(make: (handle: number) => ApiCursor): ApiCursor {
    const cursor = make(this.nextCursor++);
    this.open.set(cursor.handle, cursor);
    return cursor;
  }

  prepare(statement: PreparedCursor): number {
    const handle = this.nextPrepared++;
    this.prepared.set(handle, statement);
    return handle;
  }

  /** the cursor, or 16909 naming the procedure and the handle in hex */
  find(handle: number | null, procedure: string): ApiCursor {
    const found = handle === null ? undefined : this.open.get(handle);
    if (found === undefined) throw sqlError(16909, procedure, handle ?? 0);
    return found;
  }

  close(api: ApiCursor, scope: Scope): void {
    api.cursor.open = undefined;
    this.open.delete(api.handle);
    const key = api.name?.toLowerCase();
    if (key !== undefined && scope.session.globalCursors.get(key) === api.cursor) scope.session.globalCursors.delete(key);
  }

  /** RESETCONNECTION and disconnect: every cursor and prepared handle goes */
  clear(): void {
    for (const api of this.open.values()) api.cursor.open = undefined;
    this.open.clear();
    this.prepared.clear();
  }
}

const INT = { kind: 'int' } as const;

export function intValue(n: number): Typed {
  return typed(INT, n);
}

/** an int argument; null when absent, DEFAULT or NULL */
export function intArg(arg: CallArgument | undefined): number | null {
  const v = arg?.value ? unwrapVariant(arg.value).value : null;
  if (v === null || v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : null;
}

export function textArg(arg: CallArgument | undefined): string | null {
  const v = arg?.value ? unwrapVariant(arg.value).value : null;
  return v === null || v === undefined ? null : String(v);
}

/**
 * Reports an error and ends the call with a return status, as the cursor procedures do (16909
 * answers status 1): the call itself completes, so RETURNSTATUS and the OUTPUT values follow.
 */
export function reported(err: SqlError, scope: Scope, status: number, outputs: ReadonlyMap<number, Typed> = new Map()): EngineProcedureOutcome {
  scope.session.lastError = err.number;
  if (err.lineNumber === 0) err.lineNumber = 1;
  scope.run.sink.message(err);
  return { status, outputs };
}
