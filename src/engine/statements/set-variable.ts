// SET @v = expr (and the compound forms). A simple assignment sets @@ROWCOUNT to 1.
import type { SetVariableStatement } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { assignVariable } from './assign';

export function executeSetVariable(stmt: SetVariableStatement, scope: Scope): void {
  const value = evaluate(stmt.value, { scope });
  assignVariable(scope.frame.get(stmt.name), stmt.op, value, scope);
  scope.session.rowCount = 1;
  scope.session.lastError = 0;
}
