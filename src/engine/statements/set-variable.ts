// SET @v = expr (and the compound forms). A simple assignment sets @@ROWCOUNT to 1.
import type { SetVariableStatement } from '../../tsql/ast';
import { evaluate } from '../expressions/evaluate';
import type { Scope } from '../interpreter/scope';
import { findCursorVariable, referTo } from '../interpreter/cursors';
import { assignVariable } from './assign';
import { notSupportedExpression } from './not-supported';

export function executeSetVariable(stmt: SetVariableStatement, scope: Scope): void {
  if (scope.frame.cursorVariables?.has(stmt.name.toLowerCase())) {
    assignCursorVariable(stmt, scope);
    return;
  }
  const value = evaluate(stmt.value, { scope });
  assignVariable(scope.frame.get(stmt.name), stmt.op, value, scope);
  scope.session.rowCount = 1;
  scope.session.lastError = 0;
}

/** SET @c = @other: both variables then refer to the same cursor (SET @c = CURSOR ... is its own statement) */
function assignCursorVariable(stmt: SetVariableStatement, scope: Scope): void {
  if (stmt.op !== '=' || stmt.value.kind !== 'variable') throw notSupportedExpression(`SET ${stmt.name} to a value that is not a cursor variable`);
  const source = findCursorVariable(stmt.value.name, scope);
  referTo(findCursorVariable(stmt.name, scope), source.cursor);
  scope.session.lastError = 0;
}
