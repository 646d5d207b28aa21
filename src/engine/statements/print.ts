// PRINT: an informational message (number 0, severity 0) with the value as text.
import { sqlError } from '../../errors/catalog';
import { SqlError } from '../../errors/sql-error';
import type { PrintStatement } from '../../tsql/ast';
import { isCharacter } from '../../types/categories';
import { convert } from '../../types/convert';
import { evaluate } from '../expressions/evaluate';
import { unwrapVariant } from '../expressions/variant';
import type { Scope } from '../interpreter/scope';

export function executePrint(stmt: PrintStatement, scope: Scope): void {
  const v = unwrapVariant(evaluate(stmt.value, { scope }));
  const text = v.value === null ? '' : isCharacter(v.type)
    ? String(v.value)
    : String(convert(v, { kind: 'nvarchar', length: 4000 }, { dateFormat: scope.session.options.dateFormat }).value);
  scope.run.sink.message(infoMessage(0, text, scope, stmt.line));
  scope.session.rowCount = 0;
  scope.session.lastError = 0;
}

/** An INFO token's content built through the catalogue's free-text message. */
export function infoMessage(number: number, text: string, scope: Scope, line: number, severity = 0, state = 1): SqlError {
  const base = sqlError(50000, text);
  return new SqlError(number, severity, state, base.message, scope.frame.procName, line);
}
