// SET FMTONLY ON: "No rows are processed or sent to the client because of the request" (SET
// FMTONLY docs). Each SELECT that would send a result set sends its COLMETADATA (the columns the
// same statement sends when it runs: statements/select.ts describeSelect) and a DONE without a
// row count; statements that change data, schema, variables or the transaction do not run and
// send nothing. SQL Server walks every branch of the batch without evaluating conditions (the
// documented reason FMTONLY reports result sets of IF branches that never run), so both branches
// of IF, one pass of a WHILE body and the TRY block are walked. SET, DECLARE, USE and EXEC of a
// procedure run: a SET must be able to switch FMTONLY OFF, DECLARE types the variables later
// SELECTs read, and a procedure's own SELECTs describe themselves under the same session option.
import type { SelectStatement, Statement } from '../../tsql/ast';
import type { SetOptions } from '../session/set-options';
import { describeSelect } from '../statements/select';
import { constantAssignment } from '../statements/select-assign';
import type { Scope } from './scope';

export const FMTONLY = 'FMTONLY';

/** true while SET FMTONLY ON is in force (flags is empty for almost every session) */
export function formatOnly(options: SetOptions): boolean {
  return options.flags.size > 0 && options.flags.has(FMTONLY);
}

/**
 * Runs `work` with FMTONLY off: statements the engine runs for itself (a table-valued function's
 * body filling its result table) must run even while the client's statement is only described.
 */
export async function withoutFormatOnly<T>(options: SetOptions, work: () => Promise<T>): Promise<T> {
  if (!formatOnly(options)) return work();
  options.flags.delete(FMTONLY);
  try {
    return await work();
  } finally {
    options.flags.add(FMTONLY);
  }
}

/** The interpreter's own ways to run statements (passed in: this module is below interpreter.ts). */
export interface StatementRunner {
  /** runs one statement as it always runs */
  dispatch(stmt: Statement, scope: Scope): Promise<void> | void;
  /** runs statements with the interpreter's error handling, each again under FMTONLY */
  statements(statements: readonly Statement[], scope: Scope): Promise<void> | undefined;
}

/** One statement under FMTONLY ON. */
export function runFormatOnly(stmt: Statement, scope: Scope, runner: StatementRunner): Promise<void> | void {
  switch (stmt.kind) {
    case 'select': return describeOnly(stmt, scope);
    case 'declare':
    case 'setOption':
    case 'setTransactionIsolation':
    case 'use':
    case 'exec':
      return runner.dispatch(stmt, scope);
    case 'block': return runner.statements(stmt.statements, scope);
    case 'if': return runner.statements(stmt.else ? [stmt.then, stmt.else] : [stmt.then], scope);
    case 'while': return runner.statements([stmt.body], scope);
    case 'tryCatch': return runner.statements(stmt.tryBlock, scope);
    default:
      return undefined;
  }
}

function describeOnly(stmt: SelectStatement, scope: Scope): Promise<void> | void {
  if (constantAssignment(stmt)) return undefined;
  const columns = describeSelect(stmt, scope);
  if (columns instanceof Promise) return columns.then((c) => send(c, scope));
  send(columns, scope);
  return undefined;
}

function send(columns: Awaited<ReturnType<typeof describeSelect>>, scope: Scope): void {
  if (!columns) return;
  scope.run.sink.columns(columns);
  scope.run.sink.statementDone({ command: 'select', inProc: scope.frame.inProc });
}
