// The statement loop: the one `switch (stmt.kind)` that maps every statement kind to its executor,
// and the one place where an error raised by a statement is reported, caught by TRY, or ends the
// batch (rules in error-policy.ts).
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { SelectStatement, Statement } from '../../tsql/ast';
import type { DoneCommand } from '../result-sink';
import { executeDeclare } from '../statements/declare';
import { executeSetVariable } from '../statements/set-variable';
import { executeSelect } from '../statements/select';
import { constantAssignment, executeConstantAssignment } from '../statements/select-assign';
import {
  executeBlock, executeBreak, executeContinue, executeIf, executeReturn, executeWhile,
} from '../statements/control-flow';
import { executeTryCatch } from '../statements/try-catch';
import { executePrint } from '../statements/print';
import { executeRaiserror } from '../statements/raiserror';
import { executeThrow } from '../statements/throw';
import { executeUse } from '../statements/use';
import { executeSetOption, executeSetIsolation } from '../statements/set-option';
import {
  executeBeginTransaction, executeCommit, executeRollback, executeSave,
} from '../statements/transaction';
import { executeExec } from '../statements/exec';
import { executeExecString } from '../statements/exec-string';
import { notSupported } from '../statements/not-supported';
import {
  executeCloseCursor, executeDeallocateCursor, executeDeclareCursor, executeFetchCursor, executeOpenCursor, executeSetCursorVariable,
} from '../statements/cursor';
import { executeInsert } from '../statements/insert';
import { executeInsertBulk } from '../bulk/insert-bulk';
import { executeUpdate } from '../statements/update';
import { executeDelete } from '../statements/delete';
import { executeMerge } from '../statements/merge';
import { executeTruncateTable } from '../statements/truncate-table';
import { executeSetIdentityInsert } from '../statements/set-identity-insert';
import { executeCreateTable } from '../statements/create-table';
import { executeDrop } from '../statements/drop';
import { executeCreateDatabase } from '../statements/create-database';
import { executeAlterDatabase } from '../statements/alter-database';
import { executeAlterTable } from '../statements/alter-table';
import { executeCreateIndex } from '../statements/create-index';
import { executeDropIndex } from '../statements/drop-index';
import { executeCreateView } from '../statements/create-view';
import { executeCreateProcedure } from '../statements/create-procedure';
import { executeCreateFunction } from '../statements/create-function';
import { executeCreateLogin } from '../statements/create-login';
import { executeAlterLogin } from '../statements/alter-login';
import { executeCreateUser } from '../statements/create-user';
import { executeCreateRole } from '../statements/create-role';
import { executeAlterRole } from '../statements/alter-role';
import { executeCreateSchema } from '../statements/create-schema';
import { executePermission } from '../statements/grant';
import { executeCredential } from '../statements/create-credential';
import { executeWaitfor } from '../statements/waitfor';
import { executeCheckpoint } from '../statements/dbcc-files';
import { executeAlterIndex, executeUpdateStatistics } from '../statements/index-maintenance';
import { executeDbcc } from '../statements/dbcc';
import { executeKill } from '../statements/kill';
import { executeExecuteAs, executeRevert } from '../statements/execute-as';
import { executeReconfigure } from '../statements/reconfigure';
import { executeBackup } from '../backup/backup-database';
import { executeRestore } from '../backup/restore-database';
import {
  doomsTransaction, errorScope, isCatchable, keepsLineZero, rollsBackTransaction,
} from './error-policy';
import { precedingErrors } from './preceding-errors';
import { formatOnly, runFormatOnly, type StatementRunner } from './format-only';
import type { Scope } from './scope';
import { BatchAbortSignal, CaughtErrorSignal, isSignal, ScopeAbortSignal } from './signals';

export async function executeStatements(statements: readonly Statement[], scope: Scope): Promise<void> {
  for (const stmt of statements) await runStatement(stmt, scope);
}

export async function executeStatement(stmt: Statement, scope: Scope): Promise<void> {
  await runStatement(stmt, scope);
}

/**
 * executeStatements without a promise per statement: statements that complete synchronously (a
 * `SELECT 1`, SET, DECLARE) run back to back, and only a statement that has to wait turns the rest
 * of the batch asynchronous. Returns undefined when everything ran synchronously; throws or
 * rejects as executeStatements rejects.
 */
export function runStatements(statements: readonly Statement[], scope: Scope): Promise<void> | undefined {
  for (let i = 0; i < statements.length; i++) {
    const pending = runStatement(statements[i]!, scope);
    if (pending !== undefined) return i + 1 === statements.length ? pending : pending.then(() => executeFrom(statements, i + 1, scope));
  }
  return undefined;
}

async function executeFrom(statements: readonly Statement[], from: number, scope: Scope): Promise<void> {
  for (let i = from; i < statements.length; i++) await runStatement(statements[i]!, scope);
}

/** One statement; undefined when it completed synchronously. */
function runStatement(stmt: Statement, scope: Scope): Promise<void> | undefined {
  // Attention (MS-TDS 2.2.1.7) is honoured between statements; loops check it per iteration.
  if (scope.run.signal.aborted) throw new BatchAbortSignal('attention');
  scope.session.activity.statement = stmt.kind;
  let pending: Promise<void> | void;
  try {
    // SELECT first, outside the large switch: dispatch is big enough that V8 leaves it in
    // baseline code under a moderate request rate, and most statements are SELECTs.
    pending = formatOnly(scope.session.options) ? runFormatOnly(stmt, scope, FORMAT_ONLY_RUNNER)
      : stmt.kind === 'select' ? select(stmt, scope) : dispatch(stmt, scope);
  } catch (e) {
    return statementFailed(e, stmt, scope);
  }
  // executors of statements that never wait return nothing (void)
  if (!pending) return undefined;
  return pending.then(undefined, (e: unknown) => statementFailed(e, stmt, scope));
}

const FORMAT_ONLY_RUNNER: StatementRunner = { dispatch: (stmt, scope) => dispatch(stmt, scope), statements: runStatements };

function statementFailed(e: unknown, stmt: Statement, scope: Scope): Promise<void> {
  if (isSignal(e)) throw e;
  return handleStatementError(internalError(e, scope), stmt, scope);
}

function select(stmt: SelectStatement, scope: Scope): Promise<void> | void {
  const assignments = constantAssignment(stmt);
  return assignments ? executeConstantAssignment(stmt, assignments, scope) : executeSelect(stmt, scope);
}

function dispatch(stmt: Statement, scope: Scope): Promise<void> | void {
  switch (stmt.kind) {
    case 'select': return select(stmt, scope);
    case 'declare': return executeDeclare(stmt, scope);
    case 'setVariable': return executeSetVariable(stmt, scope);
    case 'setOption': return executeSetOption(stmt, scope);
    case 'setTransactionIsolation': return executeSetIsolation(stmt, scope);
    case 'block': return executeBlock(stmt, scope);
    case 'if': return executeIf(stmt, scope);
    case 'while': return executeWhile(stmt, scope);
    case 'break': return executeBreak();
    case 'continue': return executeContinue();
    case 'return': return executeReturn(stmt, scope);
    case 'tryCatch': return executeTryCatch(stmt, scope);
    case 'print': return executePrint(stmt, scope);
    case 'raiserror': return executeRaiserror(stmt, scope);
    case 'throw': return executeThrow(stmt, scope);
    case 'use': return executeUse(stmt, scope);
    case 'beginTransaction': return executeBeginTransaction(stmt, scope);
    case 'commitTransaction': return executeCommit(stmt, scope);
    case 'rollbackTransaction': return executeRollback(stmt, scope);
    case 'saveTransaction': return executeSave(stmt, scope);
    case 'exec': return executeExec(stmt, scope);
    case 'execString': return executeExecString(stmt, scope);
    case 'createLogin': return executeCreateLogin(stmt, scope);
    case 'alterLogin': return executeAlterLogin(stmt, scope);
    case 'createUser': return executeCreateUser(stmt, scope);
    case 'createRole': return executeCreateRole(stmt, scope);
    case 'alterRole': return executeAlterRole(stmt, scope);
    case 'createSchema': return executeCreateSchema(stmt, scope);
    case 'grant':
    case 'deny':
    case 'revoke': return executePermission(stmt, scope);
    case 'createCredential': return executeCredential(stmt, scope);
    // Schema objects (src/engine/ddl, src/engine/routines).
    case 'truncateTable': return executeTruncateTable(stmt, scope);
    case 'setIdentityInsert': return executeSetIdentityInsert(stmt, scope);
    case 'createTable': return executeCreateTable(stmt, scope);
    case 'drop': return executeDrop(stmt, scope);
    case 'createDatabase': return executeCreateDatabase(stmt, scope);
    case 'alterDatabase': return executeAlterDatabase(stmt, scope);
    case 'alterTable': return executeAlterTable(stmt, scope);
    case 'createIndex': return executeCreateIndex(stmt, scope);
    case 'dropIndex': return executeDropIndex(stmt, scope);
    case 'createView': return executeCreateView(stmt, scope);
    case 'createProcedure': return executeCreateProcedure(stmt, scope);
    case 'createFunction': return executeCreateFunction(stmt, scope);
    // Tables, DDL, security and cursors arrive with the catalogue (next issue).
    case 'insert': return executeInsert(stmt, scope);
    case 'insertBulk':
      // an unknown column fails the statement without a message (as SQL Server answers it)
      if (!executeInsertBulk(stmt, scope)) scope.run.sink.statementDone({ command: 'other', error: true, inProc: scope.frame.inProc });
      return;
    case 'update': return executeUpdate(stmt, scope);
    case 'delete': return executeDelete(stmt, scope);
    case 'merge': return executeMerge(stmt, scope);
    case 'waitfor': return executeWaitfor(stmt, scope);
    case 'executeAs': return executeExecuteAs(stmt, scope);
    case 'revert': return executeRevert(stmt, scope);
    case 'reconfigure': return executeReconfigure(stmt, scope);
    case 'backup': return executeBackup(stmt, scope);
    case 'restore': return executeRestore(stmt, scope);
    case 'declareCursor': return executeDeclareCursor(stmt, scope);
    case 'setCursorVariable': return executeSetCursorVariable(stmt, scope);
    case 'openCursor': return executeOpenCursor(stmt, scope);
    case 'fetchCursor': return executeFetchCursor(stmt, scope);
    case 'closeCursor': return executeCloseCursor(stmt, scope);
    case 'deallocateCursor': return executeDeallocateCursor(stmt, scope);
    case 'goto':
    case 'label':
      return notSupported(stmt);
    case 'simpleCommand': return stmt.command === 'CHECKPOINT' ? executeCheckpoint(stmt, scope) : notSupported(stmt);
    case 'dbcc': return executeDbcc(stmt, scope);
    case 'kill': return executeKill(stmt, scope);
    case 'updateStatistics': return executeUpdateStatistics(stmt, scope);
    case 'alterIndex': return executeAlterIndex(stmt, scope);
    default: {
      const never: never = stmt;
      throw new Error(`unknown statement ${(never as Statement).kind}`);
    }
  }
}

/** The DONE CurCmd a failing statement reports. */
function doneCommand(stmt: Statement): DoneCommand {
  switch (stmt.kind) {
    case 'select': return 'select';
    case 'insert': return 'insert';
    case 'update': return 'update';
    case 'delete': return 'delete';
    case 'exec': case 'execString': return 'execute';
    default: return 'other';
  }
}

/** Anything thrown that is not a SqlError is a bug in msxd: log it, report it, keep the session. */
export function internalError(e: unknown, scope: Scope): SqlError {
  if (e instanceof SqlError) return e;
  scope.engine.logger.warn({ err: e }, 'internal error while executing a statement');
  const text = e instanceof Error ? e.message : String(e);
  return sqlError(50000, `msxd internal error: ${text}`);
}

export async function handleStatementError(err: SqlError, stmt: Statement, scope: Scope): Promise<void> {
  const { session, run, frame } = scope;
  if (err.lineNumber === 0 && !keepsLineZero(err)) err.lineNumber = stmt.line;
  if (err.procName === '') err.procName = frame.procName;
  session.lastError = err.number;
  const xactAbort = session.xactAbort;
  const abort = errorScope(err, xactAbort);
  if (run.tryDepth > 0 && isCatchable(err)) {
    // TRY does not catch a scope-aborting error of its own scope, only one of a scope it called
    // ("TRY...CATCH": errors of deferred name resolution at the same level are not caught).
    if (abort !== 'scope') {
      if (doomsTransaction(err, xactAbort)) session.transactions.doom();
      throw new CaughtErrorSignal(err);
    }
    if (run.tryLevels.some((level) => level < frame.nestLevel)) throw new CaughtErrorSignal(err, frame.nestLevel);
  }
  for (const cause of precedingErrors(err)) {
    cause.lineNumber = err.lineNumber;
    cause.procName = err.procName;
    run.sink.message(cause);
  }
  run.sink.message(err);
  run.sink.statementDone({ command: doneCommand(stmt), error: true, inProc: frame.inProc });
  if (abort === 'scope' && frame.nestLevel > 0) throw new ScopeAbortSignal();
  if (abort !== 'statement') {
    if (rollsBackTransaction(err, xactAbort)) await session.transactions.rollbackAll();
    throw new BatchAbortSignal('error');
  }
}
