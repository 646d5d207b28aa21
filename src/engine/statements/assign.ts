// Storing a value into a variable: implicit conversion to the declared type (strings truncate
// silently on assignment, as SQL Server does) and the compound operators (+=, -=, ...).
import type { AssignOp } from '../../tsql/ast';
import { convert } from '../../types/convert';
import { arithmetic } from '../../types/operators';
import type { SqlType } from '../../types/sql-type';
import { typed, type Typed } from '../../types/typed-value';
import type { SqlValue } from '../../types/values';
import type { Variable } from '../interpreter/frame';
import type { Scope } from '../interpreter/scope';
import { unwrapVariant } from '../expressions/variant';

export function convertForAssignment(value: Typed, type: SqlType, scope: Scope): SqlValue {
  if (value.value === null) return null;
  const source = type.kind === 'sql_variant' ? value : unwrapVariant(value);
  return convert(source, type, { dateFormat: scope.session.options.dateFormat }).value;
}

export function assignVariable(v: Variable, op: AssignOp, value: Typed, scope: Scope): void {
  if (op === '=') {
    v.value = convertForAssignment(value, v.type, scope);
    return;
  }
  const arithmeticOp = op.slice(0, 1) as '+' | '-' | '*' | '/' | '%' | '&' | '|' | '^';
  const result = arithmetic(arithmeticOp, typed(v.type, v.value), unwrapVariant(value));
  v.value = convertForAssignment(result, v.type, scope);
}
