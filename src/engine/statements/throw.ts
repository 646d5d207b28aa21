// THROW number, message, state (severity always 16) and THROW; inside CATCH (re-raise the caught
// error unchanged). Both abort the batch unless a TRY catches them.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { ThrowStatement } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import { markOrigin } from '../interpreter/error-policy';
import type { Scope } from '../interpreter/scope';

export function executeThrow(stmt: ThrowStatement, scope: Scope): never {
  if (!stmt.args) {
    const current = scope.run.currentError;
    if (!current) throw markOrigin(sqlError(10704), 'throw');
    const again = new SqlError(current.number, current.severity, current.state, current.message, current.procName, current.lineNumber);
    throw markOrigin(again, 'throw');
  }
  const ctx = { scope };
  const number = Number(unwrapVariant(evaluate(stmt.args.number, ctx)).value ?? 0);
  const message = unwrapVariant(evaluate(stmt.args.message, ctx)).value;
  const state = Number(unwrapVariant(evaluate(stmt.args.state, ctx)).value ?? 1);
  if (number < 50000) throw markOrigin(sqlError(35100, number), 'throw');
  const base = sqlError(50000, message === null ? '' : String(message));
  throw markOrigin(new SqlError(number, 16, state, base.message, scope.frame.procName, stmt.line), 'throw');
}
