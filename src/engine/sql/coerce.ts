// Converting a translated expression to another SqlType. Widening between encodings that differ
// only by a scale factor is plain SQLite arithmetic (keeps indexes usable on the other side);
// everything else goes through msxd_cast / msxd_icast (types/convert.ts semantics). Constants
// are converted in JS into a derived parameter.
import { encodeValue } from '../../store/storage-types';
import { decodeValue } from '../../store/storage-types';
import { integerPrecision, isCharacter, isInteger } from '../../types/categories';
import { convert, convertImplicit, tryConvert } from '../../types/convert';
import type { SqlType } from '../../types/sql-type';
import type { Params } from './params';
import { FLOAT, sameType, typeLiteral, type TExpr } from './texpr';

export interface CastOptions {
  readonly explicit: boolean;
  readonly style?: TExpr;
  readonly try?: boolean;
}

const IMPLICIT: CastOptions = { explicit: false };

export function coerce(e: TExpr, to: SqlType, params: Params, options: CastOptions = IMPLICIT): TExpr {
  if (sameType(e.type, to)) return e;
  const nullable = e.nullable || options.try === true;
  if (e.slot && !options.style) return convertConstant(e, to, params, options);
  const cheap = cheapConversion(e, to, options.explicit);
  if (cheap !== undefined) return { sql: cheap, type: to, nullable, ...(e.aggregate ? { aggregate: true } : {}) };
  const sql = options.explicit
    ? `msxd_cast(${typeLiteral(e.type)}, ${typeLiteral(to)}, ${options.style?.sql ?? 'NULL'}, ${options.try ? 1 : 0}, ${e.sql})`
    : `msxd_icast(${typeLiteral(e.type)}, ${typeLiteral(to)}, ${e.sql})`;
  return { sql, type: to, nullable, ...(e.aggregate ? { aggregate: true } : {}) };
}

function convertConstant(e: TExpr, to: SqlType, params: Params, options: CastOptions): TExpr {
  const from = e.type;
  const sql = params.derive(e.slot as string, (raw, scope) => {
    if (raw === null) return null;
    const v = { type: from, value: decodeValue(from, raw) };
    const opts = { dateFormat: scope.session.options.dateFormat };
    const r = options.try ? tryConvert(v, to, opts) : options.explicit ? convert(v, to, opts) : convertImplicit(v, to, opts);
    return r.value === null ? null : encodeValue(to, r.value);
  });
  return { sql, type: to, nullable: e.nullable || options.try === true, slot: sql };
}

const pow10 = (n: number): string => `1${'0'.repeat(n)}`;

/** SQL for conversions that cannot fail and need no rounding, else undefined */
function cheapConversion(e: TExpr, to: SqlType, explicit: boolean): string | undefined {
  const from = e.type;
  const x = e.sql;
  if (isInteger(from) && from.kind !== 'bit') {
    if (isInteger(to) && to.kind !== 'bit' && integerPrecision(to) >= integerPrecision(from)) return x;
    if (to.kind === 'float' || to.kind === 'real') return `CAST(${x} AS REAL)`;
    if (to.kind === 'decimal' && to.precision <= 18 && to.precision - to.scale >= integerPrecision(from)) {
      return to.scale === 0 ? x : `(${x} * ${pow10(to.scale)})`;
    }
    if (to.kind === 'money') return `(${x} * 10000)`;
    return undefined;
  }
  if (from.kind === 'bit' && isInteger(to)) return x;
  if (from.kind === 'decimal' && from.precision <= 18) {
    if (to.kind === 'decimal' && to.precision <= 18 && to.scale >= from.scale && to.precision - to.scale >= from.precision - from.scale) {
      return to.scale === from.scale ? x : `(${x} * ${pow10(to.scale - from.scale)})`;
    }
    if (to.kind === 'float') return `(CAST(${x} AS REAL) / ${pow10(from.scale)}.0)`;
    return undefined;
  }
  if ((from.kind === 'money' || from.kind === 'smallmoney') && (to.kind === 'money')) return x;
  if (from.kind === 'real' && to.kind === 'float') return x;
  if (isCharacter(from) && isCharacter(to) && from.kind !== 'xml' && to.kind !== 'xml') {
    // Implicit string conversions only change the declared length; explicit ones may truncate/pad.
    if (!explicit) return x;
    if ((to.kind === 'varchar' || to.kind === 'nvarchar' || to.kind === 'text' || to.kind === 'ntext') && lengthAtLeast(to, from)) return x;
    return undefined;
  }
  if (from.kind === 'date' && to.kind === 'datetime2') return `(${x} * 864000000000)`;
  if ((from.kind === 'datetime' || from.kind === 'smalldatetime') && to.kind === 'datetime2' && to.scale === 7) return x;
  if (from.kind === 'varbinary' && to.kind === 'varbinary' && (to.length === 'max' || (from.length !== 'max' && to.length >= from.length))) return x;
  if (from.kind === 'float' && to.kind === 'real' && !explicit) return x;
  if (FLOAT.kind === to.kind && from.kind === 'smallmoney') return `(CAST(${x} AS REAL) / 10000.0)`;
  return undefined;
}

function lengthAtLeast(to: SqlType, from: SqlType): boolean {
  const tl = 'length' in to ? to.length : 'max';
  const fl = 'length' in from ? from.length : 'max';
  if (tl === 'max') return true;
  if (fl === 'max') return false;
  return tl >= fl;
}
