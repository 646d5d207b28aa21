// System built-ins that are still pure: NEWID, CHECKSUM, HASHBYTES, ISNUMERIC, NULLIF, CHOOSE,
// GREATEST/LEAST.
import { createHash } from 'node:crypto';
import { isCharacter, isUnicode } from '../../types/categories';
import { encodeCp1252 } from '../../types/code-page';
import { collationKey } from '../../types/collation-compare';
import { convert } from '../../types/convert';
import { randomGuid } from '../../types/guid';
import { compare } from '../../types/operators';
import { resultTypeOfValues } from '../../types/precedence';
import type { Typed } from '../../types/typed-value';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal } from '../../types/values';
import { argAt, argInt, argString, fn, INT_TYPE, type BuiltinFunction } from './function-types';

const HASH_ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  SHA: 'sha1',
  SHA1: 'sha1',
  SHA2_256: 'sha256',
  SHA2_512: 'sha512',
};

function bytesOf(v: Typed): Buffer {
  if (Buffer.isBuffer(v.value)) return v.value;
  if (isCharacter(v.type)) return isUnicode(v.type) ? Buffer.from(String(v.value), 'utf16le') : encodeCp1252(String(v.value));
  return convert(v, { kind: 'varbinary', length: 'max' }).value as Buffer;
}

/** A stable 32-bit hash of one value; strings hash by collation key so 'a' and 'A ' agree. */
function hashValue(v: Typed, binary: boolean): number {
  const x = v.value;
  let text: string;
  if (x === null) return 2147483647;
  if (typeof x === 'string') text = binary || v.type.kind === 'uniqueidentifier' ? x : collationKey(x);
  else if (Buffer.isBuffer(x)) text = x.toString('hex');
  else if (x instanceof SqlDecimal) text = `${x.unscaled}e-${x.scale}`;
  else if (x instanceof SqlDateTime || x instanceof SqlDateTimeOffset) text = `${x.days}:${x.ticks}`;
  else text = String(x);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

function checksumFn(name: string, binary: boolean): BuiltinFunction {
  return fn(name, 1, 1024, (args) => {
    let h = 0;
    for (const a of args) h = (Math.imul(h, 31) + hashValue(a, binary)) | 0;
    return { type: INT_TYPE, value: h };
  });
}

const NUMERIC_TEXT = /^[+-]?\s*\$?\s*[+-]?(?:\d[\d,]*\.?\d*|\.\d*)(?:[eEdD][+-]?\d+)?$/;

function isNumericText(s: string): boolean {
  const t = s.trim();
  if (t === '') return false;
  return NUMERIC_TEXT.test(t) || t === '$' || t === '+' || t === '-';
}

function extremum(name: string, sign: 1 | -1): BuiltinFunction {
  return fn(name, 1, 254, (args) => {
    const type = resultTypeOfValues(args);
    let best: Typed | undefined;
    for (const a of args) {
      if (a.value === null) continue;
      const c = best ? compare(a, best) : 1;
      if (!best || (c !== null && c * sign > 0)) best = a;
    }
    return best ? convert(best, type) : { type, value: null };
  });
}

export const miscFunctions: readonly BuiltinFunction[] = [
  fn('NEWID', 0, 0, (_args, ctx) => ({ type: { kind: 'uniqueidentifier' }, value: randomGuid(ctx.random) })),
  checksumFn('CHECKSUM', false),
  checksumFn('BINARY_CHECKSUM', true),
  fn('HASHBYTES', 2, 2, (args) => {
    const alg = argString(args, 0);
    const input = argAt(args, 1);
    const type = { kind: 'varbinary', length: 8000 } as const;
    const node = alg === undefined ? undefined : HASH_ALGORITHMS[alg.toUpperCase()];
    if (!node || input.value === null) return { type, value: null };
    return { type, value: createHash(node).update(bytesOf(input)).digest() };
  }),
  fn('ISNUMERIC', 1, 1, (args) => {
    const a = argAt(args, 0);
    if (a.value === null) return { type: INT_TYPE, value: 0 };
    if (isCharacter(a.type)) return { type: INT_TYPE, value: isNumericText(String(a.value)) ? 1 : 0 };
    const numeric = ['bit', 'tinyint', 'smallint', 'int', 'bigint', 'decimal', 'money', 'smallmoney', 'float', 'real'].includes(a.type.kind);
    return { type: INT_TYPE, value: numeric ? 1 : 0 };
  }),
  fn('NULLIF', 2, 2, (args) => {
    const a = argAt(args, 0);
    const b = argAt(args, 1);
    return compare(a, b) === 0 ? { type: a.type, value: null } : a;
  }),
  fn('CHOOSE', 2, 255, (args) => {
    const i = argInt(args, 0);
    const type = resultTypeOfValues(args.slice(1));
    const chosen = i === undefined ? undefined : args[i];
    if (!chosen || i === undefined || i < 1) return { type, value: null };
    return convert(chosen, type);
  }),
  extremum('GREATEST', 1),
  extremum('LEAST', -1),
];
