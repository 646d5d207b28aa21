// BEGIN...END, IF/ELSE, WHILE/BREAK/CONTINUE, RETURN. A condition counts as a statement for
// @@ERROR (reset to 0 once it evaluated), as in SQL Server.
import { sqlError } from '../../errors/catalog';
import type { BlockStatement, IfStatement, ReturnStatement, WhileStatement } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import { predicate } from '../expressions/predicate';
import { unwrapVariant } from '../expressions/variant';
import { executeStatement, executeStatements } from '../interpreter/interpreter';
import type { Scope } from '../interpreter/scope';
import { BatchAbortSignal, BreakSignal, ContinueSignal, ReturnSignal } from '../interpreter/signals';

export function executeBlock(stmt: BlockStatement, scope: Scope): Promise<void> {
  return executeStatements(stmt.statements, scope);
}

export async function executeIf(stmt: IfStatement, scope: Scope): Promise<void> {
  const truth = predicate(stmt.condition, { scope });
  scope.session.lastError = 0;
  if (truth === true) await executeStatement(stmt.then, scope);
  else if (stmt.else) await executeStatement(stmt.else, scope);
}

export async function executeWhile(stmt: WhileStatement, scope: Scope): Promise<void> {
  for (;;) {
    // Attention must be able to stop an endless loop, and a loop of synchronous statements would
    // never let the socket's ATTENTION packet be read: yield to the event loop every iteration.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (scope.run.signal.aborted) throw new BatchAbortSignal('attention');
    const truth = predicate(stmt.condition, { scope });
    scope.session.lastError = 0;
    if (truth !== true) return;
    try {
      await executeStatement(stmt.body, scope);
    } catch (e) {
      if (e instanceof BreakSignal) return;
      if (e instanceof ContinueSignal) continue;
      throw e;
    }
  }
}

export function executeBreak(): never {
  throw new BreakSignal();
}

export function executeContinue(): never {
  throw new ContinueSignal();
}

/** RETURN [n]: n only in procedures (178 elsewhere); a NULL status becomes 0. */
export function executeReturn(stmt: ReturnStatement, scope: Scope): never {
  if (!stmt.value) throw new ReturnSignal(null);
  if (!scope.frame.inProc) throw sqlError(178);
  const v = unwrapVariant(evaluate(stmt.value, { scope })).value;
  throw new ReturnSignal(v === null ? 0 : Number(v));
}
