// Test shorthands: typed literals, CAST with type names, values as plain text for assertions.
import { convert, type ConvertOptions } from '../../../src/types/convert';
import { textOf } from '../../../src/types/convert-string';
import { binaryLiteral, decimalLiteral, floatLiteral, integerLiteral, moneyLiteral, stringLiteral } from '../../../src/types/literals';
import { parseExpression } from '../../../src/tsql';
import type { SqlType } from '../../../src/types/sql-type';
import type { Typed } from '../../../src/types/typed-value';
import { SqlError } from '../../../src/errors/sql-error';

/** A literal as the lexer would produce it: 12, 1.5, 1e0, 'x', N'x', 0x0A, $1. */
export function lit(text: string): Typed {
  if (/^N'.*'$/s.test(text)) return stringLiteral(text.slice(2, -1).replace(/''/g, "'"), true);
  if (/^'.*'$/s.test(text)) return stringLiteral(text.slice(1, -1).replace(/''/g, "'"));
  if (/^0x/i.test(text)) return binaryLiteral(text);
  if (text.startsWith('$')) return moneyLiteral(text);
  if (/e/i.test(text)) return floatLiteral(text);
  if (text.includes('.')) return decimalLiteral(text);
  return integerLiteral(text);
}

/** 'varchar(10)', 'decimal(5,2)', 'nvarchar(max)', 'datetime2(3)' -> SqlType (CAST defaults). */
export function type(spec: string): SqlType {
  // the parser owns type-name resolution (defaults, limits); ask it through a CAST
  const e = parseExpression(`CAST(NULL AS ${spec})`);
  if (e.kind !== 'cast' || e.type.kind === 'userType') throw new Error(`bad type spec ${spec}`);
  return e.type;
}

export function cast(v: Typed, spec: string, options?: ConvertOptions): Typed {
  return convert(v, type(spec), options);
}

/** The value as CAST(v AS nvarchar(max)) shows it, or 'NULL'. */
export function show(v: Typed): string {
  if (v.value === null) return 'NULL';
  return textOf(v, v.type.kind === 'binary' || v.type.kind === 'varbinary' ? 1 : v.type.kind === 'datetime' ? 121 : undefined, { kind: 'nvarchar', length: 'max' });
}

/** The error number a call raises (throws if it raises none or a non-SQL error). */
export function errorNumber(f: () => unknown): number {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlError) return e.number;
    throw e;
  }
  throw new Error('expected a SqlError');
}

export function errorMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlError) return e.message;
    throw e;
  }
  throw new Error('expected a SqlError');
}

export { typeDisplay } from '../../../src/types/type-names';
