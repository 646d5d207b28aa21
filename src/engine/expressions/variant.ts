// sql_variant values (SERVERPROPERTY, CONNECTIONPROPERTY) carry their base type; operators and
// conversions work on the base value, as SQL Server compares a variant by its base type.
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { SqlVariant, type SqlValue } from '../../types/values';

export const SQL_VARIANT: SqlType = { kind: 'sql_variant' };

export function unwrapVariant(t: Typed): Typed {
  if (t.type.kind === 'sql_variant' && t.value instanceof SqlVariant) {
    return { type: t.value.type, value: t.value.value };
  }
  return t;
}

/** A sql_variant holding `value` of `base` type; NULL stays a NULL sql_variant. */
export function variant(base: SqlType, value: SqlValue): Typed {
  if (value === null || value instanceof SqlVariant) return { type: SQL_VARIANT, value };
  return { type: SQL_VARIANT, value: new SqlVariant(base, value) };
}

export function nvarcharVariant(s: string | null): Typed {
  return variant({ kind: 'nvarchar', length: 128 }, s);
}

export function intVariant(n: number | null): Typed {
  return variant({ kind: 'int' }, n);
}
