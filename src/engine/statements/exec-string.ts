// EXEC ('dynamic sql'): the text is a batch of its own, one nesting level deeper, without the
// caller's variables. A syntax error fails only the EXEC statement; batch-aborting errors inside
// still end the caller's batch.
import type { ExecStringStatement } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { Frame } from '../interpreter/frame';
import { runStatements } from '../interpreter/interpreter';
import { MAX_NESTING } from '../interpreter/procedure-call';
import { withFrame, type Scope } from '../interpreter/scope';
import { ReturnSignal, ScopeAbortSignal } from '../interpreter/signals';
import { parseCached } from '../parse';
import type { SetOptions } from '../session/set-options';
import { compileErrors } from '../interpreter/compile-check';
import { sqlError } from '../../errors/catalog';
import { notSupportedExpression } from './not-supported';

export async function executeExecString(stmt: ExecStringStatement, scope: Scope): Promise<void> {
  if (stmt.as || stmt.at) throw notSupportedExpression(stmt.at ? 'EXEC ... AT' : 'EXEC ... AS');
  let text = '';
  for (const part of stmt.parts) {
    const v = unwrapVariant(evaluate(part, { scope }));
    if (v.value === null) continue;
    text += isCharacter(v.type) ? String(v.value) : String(convert(v, { kind: 'nvarchar', length: 'max' }).value);
  }
  await runDynamicSql(text, scope, new Frame('', scope.frame.nestLevel + 1));
}

/**
 * `parameters`: the names declared in `frame` before the text runs (sp_executesql's, from its
 * cached declaration list); read from the frame when not given. The status when every statement
 * completed synchronously (a point SELECT), else a promise of it: no promise per call then.
 */
export function runDynamicSql(text: string, scope: Scope, frame: Frame, parameters?: readonly string[]): number | Promise<number> {
  if (frame.nestLevel > MAX_NESTING) throw sqlError(217, MAX_NESTING);
  const batch = parseCached(text, scope.engine);
  const compileFailure = compileErrors(batch.statements, { parameters: parameters ?? [...frame.all()].map((v) => v.name) })[0];
  if (compileFailure) throw compileFailure;
  // SET options changed by dynamic SQL revert when it ends, as a procedure's do.
  const caller: CallerState = { options: markOptions(scope.session.options), contexts: scope.session.contextDepth, database: scope.session.database };
  frame.contextBase = caller.contexts;
  let pending: Promise<void> | undefined;
  try {
    pending = runStatements(batch.statements, withFrame(scope, frame));
  } catch (e) {
    return failed(scope, caller, e);
  }
  if (pending === undefined) return ended(scope, caller);
  return pending.then(() => ended(scope, caller), (e: unknown) => failed(scope, caller, e));
}

interface CallerState {
  readonly options: OptionsMark;
  readonly contexts: number;
  readonly database: string;
}

/**
 * The caller's options, contexts and database back: "changes in database context last only until
 * the end of the EXECUTE statement" (EXECUTE and sp_executesql docs). The client heard of the
 * inner USE through ENVCHANGE, so it hears of the way back too.
 */
function ended(scope: Scope, caller: CallerState): number {
  scope.session.options = restoredOptions(caller.options);
  scope.session.revertTo(caller.contexts);
  const { session } = scope;
  if (session.database !== caller.database) {
    const inner = session.database;
    session.database = caller.database;
    scope.run.sink.envChange({ kind: 'database', newValue: caller.database, oldValue: inner });
  }
  return 0;
}

/** ended, then the status a RETURN gave, 0 for a scope abort, or the error thrown on. */
function failed(scope: Scope, caller: CallerState, error: unknown): number {
  ended(scope, caller);
  if (error instanceof ReturnSignal) return error.status ?? 0;
  if (error instanceof ScopeAbortSignal) return 0;
  throw error;
}

/** The caller's SET options before dynamic SQL runs: a copy of its fields, and its flags when it has any. */
interface OptionsMark {
  /** becomes the session's options again at the end; `flags` is the caller's set until then */
  readonly copy: SetOptions;
  readonly flags: readonly string[] | undefined;
}

// Run for every sp_executesql. One shallow copy, which is itself what the session goes back to,
// and a copy of the flag set only when it is not empty (it almost never has any): cloning the
// options twice with a new Set each time was a measurable part of a point query.
function markOptions(o: SetOptions): OptionsMark {
  return { copy: copyFields(o), flags: o.flags.size === 0 ? undefined : [...o.flags] };
}

/**
 * Field by field: an object spread of an object that was itself made by a spread (as the session's
 * options are after the first restore) takes V8's slow path, several times the cost of a literal.
 * The literal stops compiling when SetOptions gains a field (optional ones too), so none is forgotten.
 */
function copyFields(o: SetOptions): SetOptions {
  return {
    bits: o.bits, textSize: o.textSize, dateFormat: o.dateFormat, dateFirst: o.dateFirst, language: o.language,
    lockTimeout: o.lockTimeout, rowCountLimit: o.rowCountLimit, isolationLevel: o.isolationLevel,
    deadlockPriority: o.deadlockPriority, queryGovernorCostLimit: o.queryGovernorCostLimit, flags: o.flags,
  } satisfies Required<SetOptions>;
}

/**
 * The options to go back to: the caller's fields and flags. The caller's flag set is kept while it
 * is still empty (the other objects that hold it are dropped: only the returned one lives on).
 */
function restoredOptions(mark: OptionsMark): SetOptions {
  const copy = mark.copy;
  if (mark.flags !== undefined || copy.flags.size !== 0) copy.flags = new Set(mark.flags);
  return copy;
}
