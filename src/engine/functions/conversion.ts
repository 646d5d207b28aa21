// Typing helpers for the forms the interpreter evaluates lazily (ISNULL, COALESCE, IIF, CASE):
// only their result types are decided here ("ISNULL", "COALESCE" pages: ISNULL takes the first
// argument's type, COALESCE the highest precedence).
import { higherType, resultTypeOf } from '../../types/precedence';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';

/** ISNULL(check, replacement) has check's type; a bare NULL check takes the replacement's. */
export function isnullResultType(check: Typed, replacement: Typed): SqlType {
  return check.literal && check.value === null ? replacement.type : check.type;
}

export function coalesceResultType(types: readonly SqlType[]): SqlType {
  return resultTypeOf(types);
}

export function nullifResultType(first: SqlType): SqlType {
  return first;
}

export function iifResultType(whenTrue: SqlType, whenFalse: SqlType): SqlType {
  return higherType(whenTrue, whenFalse);
}
