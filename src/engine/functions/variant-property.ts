// SQL_VARIANT_PROPERTY(expression, property): the base type's facts of a sql_variant (an argument
// of another type is first implicitly a sql_variant of that type). Properties and their values
// follow the "SQL_VARIANT_PROPERTY (Transact-SQL)" page; an unknown property or a NULL value
// gives NULL. The interpreter unwraps variants before calling, so args[0] is the base value.
import { SERVER_COLLATION } from '../../types/collation';
import { dataLengthOf, maxLengthOf, precisionOf, scaleOf } from '../catalog/type-facts';
import type { SqlType } from '../../types/sql-type';
import { typeName } from '../../types/type-names';
import type { Typed } from '../../types/typed-value';
import { SqlVariant } from '../../types/values';
import { argString, fn, type BuiltinFunction } from './function-types';

const VARIANT: SqlType = { kind: 'sql_variant' };
const INT: SqlType = { kind: 'int' };
const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };

/**
 * precision, scale and MaxLength (bytes) of a base type: sys.columns' facts of that type
 * (type-facts.ts); a (max) type, which a variant cannot hold, would say 8000.
 */
function facts(t: SqlType): { precision: number; scale: number; maxLength: number } {
  const maxLength = maxLengthOf(t);
  return { precision: precisionOf(t), scale: scaleOf(t), maxLength: maxLength < 0 ? 8000 : maxLength };
}

const isStringType = (t: SqlType): boolean => t.kind === 'char' || t.kind === 'varchar' || t.kind === 'nchar' || t.kind === 'nvarchar';

export function variantProperty(v: Typed, property: string): Typed {
  const wrap = (type: SqlType, value: string | number | null): Typed =>
    ({ type: VARIANT, value: value === null ? null : new SqlVariant(type, value) });
  if (v.value === null) return wrap(INT, null);
  const f = facts(v.type);
  switch (property.toUpperCase()) {
    case 'BASETYPE': return wrap(SYSNAME, typeName(v.type));
    case 'PRECISION': return wrap(INT, f.precision);
    case 'SCALE': return wrap(INT, f.scale);
    // The variant header (2 bytes) plus the base type's properties (collation 5 + length 2 for
    // strings, precision/scale 2 for decimals, 1 for scaled times) plus the data.
    case 'TOTALBYTES': {
      const header = isStringType(v.type) ? 9 : v.type.kind === 'decimal' ? 4 : v.type.kind === 'binary' || v.type.kind === 'varbinary' ? 4 : 'scale' in v.type ? 3 : 2;
      return wrap(INT, header + dataLengthOf(v));
    }
    case 'COLLATION': return wrap(SYSNAME, isStringType(v.type) ? SERVER_COLLATION.name : null);
    case 'MAXLENGTH': return wrap(INT, f.maxLength);
    default: return wrap(INT, null);
  }
}

export const variantFunctions: readonly BuiltinFunction[] = [
  fn('SQL_VARIANT_PROPERTY', 2, 2, (args) => {
    const property = argString(args, 1);
    if (property === undefined) return { type: VARIANT, value: null };
    return variantProperty(args[0]!, property);
  }),
];
