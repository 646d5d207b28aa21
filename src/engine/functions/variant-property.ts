// SQL_VARIANT_PROPERTY(expression, property): the base type's facts of a sql_variant (an argument
// of another type is first implicitly a sql_variant of that type). Properties and their values
// follow the "SQL_VARIANT_PROPERTY (Transact-SQL)" page; an unknown property or a NULL value
// gives NULL. The interpreter unwraps variants before calling, so args[0] is the base value.
import { SERVER_COLLATION } from '../../types/collation';
import { dataLengthOf } from '../catalog/type-facts';
import type { SqlType } from '../../types/sql-type';
import { typeName } from '../../types/type-names';
import type { Typed } from '../../types/typed-value';
import { SqlVariant } from '../../types/values';
import { argString, fn, type BuiltinFunction } from './function-types';

const VARIANT: SqlType = { kind: 'sql_variant' };
const INT: SqlType = { kind: 'int' };
const SYSNAME: SqlType = { kind: 'nvarchar', length: 128 };

/** [precision, scale, storage bytes] of the fixed-size types. */
const FIXED: Partial<Record<SqlType['kind'], readonly [number, number, number]>> = {
  bit: [1, 0, 1],
  tinyint: [3, 0, 1],
  smallint: [5, 0, 2],
  int: [10, 0, 4],
  bigint: [19, 0, 8],
  real: [24, 0, 4],
  float: [53, 0, 8],
  money: [19, 4, 8],
  smallmoney: [10, 4, 4],
  date: [10, 0, 3],
  datetime: [23, 3, 8],
  smalldatetime: [16, 0, 4],
  uniqueidentifier: [0, 0, 16],
};

function decimalBytes(precision: number): number {
  return precision <= 9 ? 5 : precision <= 19 ? 9 : precision <= 28 ? 13 : 17;
}

function timeBytes(scale: number): number {
  return scale <= 2 ? 3 : scale <= 4 ? 4 : 5;
}

/** precision, scale and MaxLength (bytes) of a base type. */
function facts(t: SqlType): { precision: number; scale: number; maxLength: number } {
  switch (t.kind) {
    case 'decimal': return { precision: t.precision, scale: t.scale, maxLength: decimalBytes(t.precision) };
    case 'time': return { precision: t.scale === 0 ? 8 : 9 + t.scale, scale: t.scale, maxLength: timeBytes(t.scale) };
    case 'datetime2': return { precision: t.scale === 0 ? 19 : 20 + t.scale, scale: t.scale, maxLength: timeBytes(t.scale) + 3 };
    case 'datetimeoffset': return { precision: t.scale === 0 ? 26 : 27 + t.scale, scale: t.scale, maxLength: timeBytes(t.scale) + 5 };
    case 'char': case 'varchar': case 'binary': case 'varbinary':
      return { precision: 0, scale: 0, maxLength: t.length === 'max' ? 8000 : t.length };
    case 'nchar': case 'nvarchar':
      return { precision: 0, scale: 0, maxLength: t.length === 'max' ? 8000 : t.length * 2 };
    default: {
      const f = FIXED[t.kind];
      return f ? { precision: f[0], scale: f[1], maxLength: f[2] } : { precision: 0, scale: 0, maxLength: 0 };
    }
  }
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
