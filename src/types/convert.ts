// CAST / CONVERT / TRY_CAST / TRY_CONVERT ("CAST and CONVERT (Transact-SQL)"): one dispatch on
// the target type; each family lives in convert-*.ts.
import { sqlError } from '../errors/catalog';
import { SqlError } from '../errors/sql-error';
import { toBinary, toGuid } from './convert-binary';
import { toDateTime } from './convert-datetime';
import { toBit, toDecimal, toFloat, toInteger, toMoney } from './convert-numeric';
import { isExplicitlyConvertible, isImplicitlyConvertible } from './convert-rules';
import { toCharacter } from './convert-string';
import type { DateFormat } from './parse-datetime';
import type { SqlType } from './sql-type';
import { typeName } from './type-names';
import type { Typed } from './typed-value';
import { SqlVariant, type SqlValue } from './values';

export type { DateFormat } from './parse-datetime';
export { isExplicitlyConvertible, isImplicitlyConvertible };

export interface ConvertOptions {
  /** CONVERT style; undefined = CAST (or CONVERT without a style). */
  readonly style?: number | undefined;
  /** SET DATEFORMAT, for string -> date parsing; default 'mdy'. */
  readonly dateFormat?: DateFormat | undefined;
}

/** Conversion failures TRY_CAST/TRY_CONVERT turn into NULL (not 529: that is a compile error). */
const CONVERSION_ERRORS = new Set([220, 235, 241, 242, 244, 245, 248, 8114, 8115, 8169, 8170]);

function unwrapVariant(v: Typed): Typed {
  if (v.value instanceof SqlVariant) return { type: v.value.type, value: v.value.value };
  return v;
}

export function convert(input: Typed, target: SqlType, options: ConvertOptions = {}): Typed {
  const v = unwrapVariant(input);
  // The NULL keyword has no type of its own (NULL_LITERAL is typed int only for precedence), so
  // CAST(NULL AS date) is allowed although int -> date is not.
  if (v.value === null && v.literal === true) return { type: target, value: null };
  if (!isExplicitlyConvertible(v.type, target)) throw sqlError(529, typeName(v.type), typeName(target));
  if (v.value === null) return { type: target, value: null };
  return { type: target, value: convertValue(v, target, options) };
}

function convertValue(v: Typed, target: SqlType, options: ConvertOptions): SqlValue {
  switch (target.kind) {
    case 'bit':
      return toBit(v, target);
    case 'tinyint':
    case 'smallint':
    case 'int':
    case 'bigint':
      return toInteger(v, target);
    case 'decimal':
      return toDecimal(v, target);
    case 'money':
    case 'smallmoney':
      return toMoney(v, target);
    case 'float':
    case 'real':
      return toFloat(v, target);
    case 'char':
    case 'varchar':
    case 'nchar':
    case 'nvarchar':
    case 'text':
    case 'ntext':
    case 'xml':
      return toCharacter(v, target, options.style);
    case 'binary':
    case 'varbinary':
    case 'image':
      return toBinary(v, target, options.style);
    case 'uniqueidentifier':
      return toGuid(v, target);
    case 'date':
    case 'time':
    case 'datetime':
    case 'smalldatetime':
    case 'datetime2':
    case 'datetimeoffset':
      return toDateTime(v, target, options.style, options.dateFormat ?? 'mdy');
    case 'sql_variant':
      return new SqlVariant(v.type, v.value as Exclude<SqlValue, SqlVariant | null>);
    default: {
      const never: never = target;
      throw new Error(`unknown target type ${String(never)}`);
    }
  }
}

/** NULL of `target` instead of a conversion error; 529 (not allowed) still throws. */
export function tryConvert(v: Typed, target: SqlType, options: ConvertOptions = {}): Typed {
  try {
    return convert(v, target, options);
  } catch (e) {
    if (e instanceof SqlError && CONVERSION_ERRORS.has(e.number)) return { type: target, value: null };
    throw e;
  }
}

/**
 * Implicit conversion (operands, assignments): 257 for char -> binary, 206 for clashes; the value
 * conversion itself is CAST's.
 */
export function convertImplicit(v: Typed, target: SqlType, options: ConvertOptions = {}): Typed {
  if (!isImplicitlyConvertible(unwrapVariant(v).type, target)) {
    const from = unwrapVariant(v).type;
    if (isExplicitlyConvertible(from, target)) throw sqlError(257, typeName(from), typeName(target));
    throw sqlError(206, typeName(from), typeName(target));
  }
  return convert(v, target, options);
}
