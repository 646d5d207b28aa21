// Control flow that unwinds the interpreter's call stack. Plain classes, not Errors: they are not
// failures and must never reach a client as a message (no stack capture either).
import type { SqlError } from '../../errors/sql-error';

export class BreakSignal {
  readonly signal = 'break';
}

export class ContinueSignal {
  readonly signal = 'continue';
}

/** RETURN [n]: leaves the batch, procedure or dynamic-SQL scope. */
export class ReturnSignal {
  readonly signal = 'return';
  constructor(readonly status: number | null) {}
}

/** A catchable error inside BEGIN TRY: unwinds to the innermost CATCH (across EXEC). */
export class CaughtErrorSignal {
  readonly signal = 'caught';
  constructor(
    readonly error: SqlError,
    /** set for scope-aborting errors: only a TRY in an outer scope (lower @@NESTLEVEL) catches it */
    readonly fromLevel?: number,
  ) {}
}

/** The batch is over (batch-aborting error already reported, or attention). */
export class BatchAbortSignal {
  readonly signal = 'abort';
  constructor(readonly reason: 'error' | 'attention') {}
}

/**
 * The current procedure or dynamic-SQL scope is over (a scope-aborting error, already reported);
 * its caller goes on with its next statement. At batch level it ends the batch.
 */
export class ScopeAbortSignal {
  readonly signal = 'scopeAbort';
}

export type Signal = BreakSignal | ContinueSignal | ReturnSignal | CaughtErrorSignal | BatchAbortSignal | ScopeAbortSignal;

export function isSignal(x: unknown): x is Signal {
  return x instanceof BreakSignal || x instanceof ContinueSignal || x instanceof ReturnSignal ||
    x instanceof CaughtErrorSignal || x instanceof BatchAbortSignal || x instanceof ScopeAbortSignal;
}
