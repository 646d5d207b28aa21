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
  // Most requests use neither list: they are created on first use (a `SELECT 1` allocates none).
  private levels: number[] | undefined;
  private caught: SqlError[] | undefined;

  constructor(readonly sink: ResultSink, readonly signal: AbortSignal) {}

  /** @@NESTLEVEL of each open BEGIN TRY, innermost last */
  get tryLevels(): number[] {
    return (this.levels ??= []);
  }

  /** errors of the CATCH blocks being executed, innermost last (ERROR_NUMBER() ...) */
  get catchStack(): SqlError[] {
    return (this.caught ??= []);
  }

  get currentError(): SqlError | undefined {
    const caught = this.caught;
    return caught === undefined ? undefined : caught[caught.length - 1];
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
