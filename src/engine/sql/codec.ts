// Values crossing into the registered SQLite functions: SqlTypes passed as JSON literals (parsed
// once, cached) and values in the store encoding.
import { decodeValue, encodeValue, type StoredValue } from '../../store/storage-types';
import { convert } from '../../types/convert';
import type { SqlType } from '../../types/sql-type';
import type { Typed } from '../../types/typed-value';
import { unwrapVariant } from '../expressions/variant';
import { runtimeScope } from './runtime-context';

export type LiteralType = SqlType & { readonly literal?: boolean };
const types = new Map<string, LiteralType>();
const typeLists = new Map<string, LiteralType[]>();

export function parseType(json: unknown): LiteralType {
  const s = String(json);
  let t = types.get(s);
  if (!t) {
    t = JSON.parse(s) as LiteralType;
    types.set(s, t);
  }
  return t;
}

export function parseTypes(json: unknown): LiteralType[] {
  const s = String(json);
  let t = typeLists.get(s);
  if (!t) {
    t = JSON.parse(s) as LiteralType[];
    typeLists.set(s, t);
  }
  return t;
}

function stripLiteral(t: LiteralType): SqlType {
  if (!t.literal) return t;
  const { literal: _l, ...rest } = t;
  return rest as SqlType;
}

export function decodeArg(t: LiteralType, raw: unknown): Typed {
  const type = stripLiteral(t);
  const value = decodeValue(type, raw);
  return t.literal ? { type, value, literal: true } : { type, value };
}

/**
 * An argument of an operator or a built-in function, as the interpreter hands it over: a
 * sql_variant is its base type and value (a sql_variant column stores the base type with each
 * value, and SQL_VARIANT_PROPERTY, DATALENGTH, comparisons... answer from it). Casts and UDF
 * arguments keep the variant (decodeArg): their target type decides.
 */
export function decodeOperand(t: LiteralType, raw: unknown): Typed {
  return unwrapVariant(decodeArg(t, raw));
}

export function dateFormat(): Parameters<typeof convert>[2] {
  return { dateFormat: runtimeScope().session.options.dateFormat };
}

/** encodes `v` as `target`, converting first when the computed type differs */
export function encodeAs(target: SqlType, v: Typed): StoredValue {
  if (v.value === null) return null;
  if (v.type.kind === target.kind && JSON.stringify(v.type) === JSON.stringify(target)) return encodeValue(target, v.value);
  return encodeValue(target, convert(v, target, dateFormat()).value);
}

