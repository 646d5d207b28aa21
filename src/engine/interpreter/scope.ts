// What every statement executor and the expression evaluator receive: the engine, the session, the
// request being served and the variable frame of the current batch/procedure.
import type { SqlError } from '../../errors/sql-error';
import type { EngineContext } from '../engine-context';
import type { ResultSink } from '../result-sink';
import type { SessionState } from '../session/session-state';
import type { Frame } from './frame';

/** One client request (SQL batch or RPC): lives until the response is complete. */
export class RequestRun {
  /** BEGIN TRY nesting across EXEC levels: errors inside jump to the innermost CATCH */
  tryDepth = 0;
  /** @@NESTLEVEL of each open BEGIN TRY, innermost last */
  readonly tryLevels: number[] = [];
  /** errors of the CATCH blocks being executed, innermost last (ERROR_NUMBER() ...) */
  readonly catchStack: SqlError[] = [];

  constructor(readonly sink: ResultSink, readonly signal: AbortSignal) {}

  get currentError(): SqlError | undefined {
    return this.catchStack[this.catchStack.length - 1];
  }
}

export interface Scope {
  readonly engine: EngineContext;
  readonly session: SessionState;
  readonly run: RequestRun;
  readonly frame: Frame;
}

export function withFrame(scope: Scope, frame: Frame): Scope {
  return { engine: scope.engine, session: scope.session, run: scope.run, frame };
}
