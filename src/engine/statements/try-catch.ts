// BEGIN TRY ... END TRY BEGIN CATCH ... END CATCH. Catchable errors anywhere below the TRY block
// (also in procedures it calls) unwind to here as CaughtErrorSignal; the CATCH block then sees
// the error through ERROR_NUMBER() and friends, and THROW; re-raises it.
import type { SqlError } from '../../errors/sql-error';
import type { TryCatchStatement } from '../../tsql/ast';
import { executeStatements } from '../interpreter/interpreter';
import type { Scope } from '../interpreter/scope';
import { CaughtErrorSignal } from '../interpreter/signals';

export async function executeTryCatch(stmt: TryCatchStatement, scope: Scope): Promise<void> {
  const { run } = scope;
  let caught: SqlError | undefined;
  run.tryDepth++;
  run.tryLevels.push(scope.frame.nestLevel);
  try {
    await executeStatements(stmt.tryBlock, scope);
  } catch (e) {
    if (!(e instanceof CaughtErrorSignal)) throw e;
    // A scope-aborting error (208) passes the TRY blocks of the scope it ended.
    if (e.fromLevel !== undefined && scope.frame.nestLevel >= e.fromLevel) throw e;
    caught = e.error;
  } finally {
    run.tryDepth--;
    run.tryLevels.pop();
  }
  if (!caught) return;
  run.catchStack.push(caught);
  try {
    await executeStatements(stmt.catchBlock, scope);
  } finally {
    run.catchStack.pop();
  }
}
