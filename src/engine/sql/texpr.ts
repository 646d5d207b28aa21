// A translated expression: SQLite text whose value is in the store encoding of `type`.
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';

export interface TExpr {
  readonly sql: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /** folded constant: its value at translation time (arithmetic typing of literals needs it) */
  readonly constant?: Typed;
  /** the parameter slot holding the constant, so conversions can be folded into it */
  readonly slot?: string;
  /** contains an aggregate (GROUP BY rules, window wrapping) */
  readonly aggregate?: boolean;
  /** a bare IDENTITY column (COLMETADATA fIdentity) */
  readonly identity?: boolean;
  readonly identitySpec?: { readonly seed: bigint; readonly increment: bigint };
}

const jsonCache = new Map<string, string>();

/** A SqlType as a SQLite string literal ('{"kind":"int"}'): the registered functions parse it. */
export function typeLiteral(t: SqlType, literal = false): string {
  const json = JSON.stringify(literal ? { ...t, literal: true } : t);
  let lit = jsonCache.get(json);
  if (!lit) {
    lit = `'${json.replace(/'/g, "''")}'`;
    if (jsonCache.size < 10_000) jsonCache.set(json, lit);
  }
  return lit;
}

export function sameType(a: SqlType, b: SqlType): boolean {
  // Per execution for every folded variable (fold.ts): a variable's type is usually the very
  // object the translation saw (declarations are cached by text), so identity answers first, then
  // equal own keys in equal order with identical values (what equal JSON texts come down to).
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length === kb.length) {
    let same = true;
    for (let i = 0; i < ka.length && same; i++) {
      const k = ka[i] as keyof SqlType;
      same = k === kb[i] && a[k] === b[k];
    }
    if (same) return true;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

export const INT: SqlType = { kind: 'int' };
export const BIGINT: SqlType = { kind: 'bigint' };
export const BIT: SqlType = { kind: 'bit' };
export const FLOAT: SqlType = { kind: 'float' };
export const NVARCHAR_MAX: SqlType = { kind: 'nvarchar', length: 'max' };

/**
 * A bare NULL constant: it has no type of its own in a UNION column or a VALUES column
 * (`SELECT 'a' UNION ALL SELECT NULL` is varchar(1)), unless every member is one.
 */
export function isNullConstant(e: TExpr): boolean {
  return e.constant?.literal === true && e.constant.value === null;
}
