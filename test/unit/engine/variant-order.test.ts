// sql_variant comparison rules (docs "sql_variant (Transact-SQL)", "Comparing sql_variant
// values"): family first, then the value in the family's common type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareOperands, variantFamily, variantKey } from '../../../src/engine/expressions/variant-order';
import { variant } from '../../../src/engine/expressions/variant';
import type { SqlType } from '../../../src/types/sql-type';
import type { Typed } from '../../../src/types/typed-value';
import { DAYS_1900, daysFromYmd } from '../../../src/types/dates';
import { SqlDateTime, SqlDateTimeOffset, SqlDecimal, TICKS_PER_DAY, type SqlValue } from '../../../src/types/values';

const INT: SqlType = { kind: 'int' };
const BIGINT: SqlType = { kind: 'bigint' };
const DEC = (p: number, s: number): SqlType => ({ kind: 'decimal', precision: p, scale: s });
const FLOAT: SqlType = { kind: 'float' };
const REAL: SqlType = { kind: 'real' };
const MONEY: SqlType = { kind: 'money' };
const BIT: SqlType = { kind: 'bit' };
const NVARCHAR: SqlType = { kind: 'nvarchar', length: 10 };
const VARCHAR: SqlType = { kind: 'varchar', length: 10 };
const CHAR: SqlType = { kind: 'char', length: 5 };
const VARBINARY: SqlType = { kind: 'varbinary', length: 8 };
const BINARY: SqlType = { kind: 'binary', length: 4 };
const GUID: SqlType = { kind: 'uniqueidentifier' };
const DATE: SqlType = { kind: 'date' };
const TIME: SqlType = { kind: 'time', scale: 7 };
const DATETIME: SqlType = { kind: 'datetime' };
const DATETIME2: SqlType = { kind: 'datetime2', scale: 7 };
const DTO: SqlType = { kind: 'datetimeoffset', scale: 7 };

const v = (type: SqlType, value: SqlValue): Typed => variant(type, value);
const cmp = (a: Typed, b: Typed): number | null => compareOperands(a, b);

test('families rank date and time > approximate > exact > Unicode > binary > uniqueidentifier', () => {
  const ascending = [
    v(GUID, 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF'),
    v(VARBINARY, Buffer.from([0xff, 0xff])),
    v(NVARCHAR, 'zzz'),
    v(INT, 2147483647),
    v(FLOAT, -1e300),
    v(TIME, 0),
  ];
  for (let i = 0; i + 1 < ascending.length; i++) assert.equal(cmp(ascending[i]!, ascending[i + 1]!), -1, `rank ${i}`);
  assert.equal(variantFamily(CHAR), 'unicode');
  assert.equal(variantFamily(VARCHAR), variantFamily(NVARCHAR));
  assert.equal(variantFamily(MONEY), 'exactNumeric');
  assert.equal(variantFamily(REAL), 'approximateNumeric');
});

test("the docs' examples: '123' char < 111 int, 50000 int < 5E1 float", () => {
  assert.equal(cmp(v(CHAR, '123'), v(INT, 111)), -1);
  assert.equal(cmp(v(INT, 50000), v(FLOAT, 50)), -1);
});

test('exact numerics compare by value: int 1 = decimal 1.0 = bigint 1 = money 1 = bit 1', () => {
  const one = [v(INT, 1), v(DEC(5, 2), new SqlDecimal(100n, 2)), v(BIGINT, 1n), v(MONEY, 10000n), v(BIT, true)];
  for (const x of one) for (const y of one) assert.equal(cmp(x, y), 0);
  assert.equal(cmp(v(DEC(38, 0), new SqlDecimal(10n ** 38n - 1n, 0)), v(BIGINT, 9223372036854775807n)), 1);
  assert.equal(cmp(v(DEC(38, 38), new SqlDecimal(-1n, 38)), v(INT, 0)), -1);
  assert.equal(cmp(v(DEC(38, 0), new SqlDecimal(-(10n ** 38n - 1n), 0)), v(INT, -2147483648)), -1);
  assert.equal(cmp(v(MONEY, 15000n), v(DEC(3, 1), new SqlDecimal(15n, 1))), 0);
});

test('approximate numerics: real widens to float; negative, zero and -0 order', () => {
  const xs = [-1e308, -2.5, -0, 0, 1e-300, 2.5, 1e308].map((n) => v(FLOAT, n));
  for (let i = 0; i + 1 < xs.length; i++) assert.ok((cmp(xs[i]!, xs[i + 1]!) ?? 9) <= 0);
  assert.equal(cmp(v(FLOAT, -0), v(FLOAT, 0)), 0);
  assert.equal(cmp(v(REAL, 0.5), v(FLOAT, 0.5)), 0);
  assert.equal(cmp(v(REAL, Math.fround(0.1)), v(FLOAT, 0.1)), 1);
});

test('date and time: date at midnight, time on 1900-01-01, datetimeoffset at its UTC instant', () => {
  const day = daysFromYmd(2024, 1, 1);
  assert.equal(cmp(v(DATE, day), v(DATETIME, new SqlDateTime(day, 0))), 0);
  assert.equal(cmp(v(DATE, day), v(DATETIME2, new SqlDateTime(day, 1))), -1);
  assert.equal(cmp(v(TIME, 5), v(DATETIME2, new SqlDateTime(DAYS_1900, 5))), 0);
  assert.equal(cmp(v(TIME, TICKS_PER_DAY - 1), v(DATE, DAYS_1900 + 1)), -1);
  assert.equal(cmp(v(DTO, new SqlDateTimeOffset(day, 0, 120)), v(DATETIME, new SqlDateTime(day, 0))), 0);
});

test('Unicode family: char, varchar, nchar and nvarchar under CI_AS, trailing spaces ignored', () => {
  assert.equal(cmp(v(VARCHAR, 'abc'), v(NVARCHAR, 'ABC  ')), 0);
  assert.equal(cmp(v(CHAR, 'abc'), v(NVARCHAR, 'ABD')), -1);
  assert.equal(cmp(v(NVARCHAR, 'b'), v(VARCHAR, 'AZ')), 1);
});

test('binary family: binary and varbinary compare padded with zero bytes', () => {
  assert.equal(cmp(v(BINARY, Buffer.from([1, 2, 0, 0])), v(VARBINARY, Buffer.from([1, 2]))), 0);
  assert.equal(cmp(v(VARBINARY, Buffer.from([1])), v(VARBINARY, Buffer.from([1, 1]))), -1);
  assert.equal(cmp(v(VARBINARY, Buffer.from([2])), v(VARBINARY, Buffer.from([1, 255]))), 1);
});

test('uniqueidentifier: the last group decides first', () => {
  assert.equal(cmp(v(GUID, 'FFFFFFFF-FFFF-FFFF-FFFF-000000000000'), v(GUID, '00000000-0000-0000-0000-000000000001')), -1);
});

test('a non-variant operand is compared as a sql_variant of its own type; NULL is unknown', () => {
  const decimal20: Typed = v(DEC(28, 8), new SqlDecimal(2000000000n, 8));
  assert.equal(cmp({ type: INT, value: 10 }, decimal20), -1);
  assert.equal(cmp({ type: FLOAT, value: 10 }, decimal20), 1);
  assert.equal(cmp(v(INT, 1), { type: VARCHAR, value: 'x' }), 1);
  assert.equal(cmp(v(INT, 1), { type: INT, value: null }), null);
  assert.equal(cmp({ type: { kind: 'sql_variant' }, value: null }, v(INT, 1)), null);
  assert.equal(cmp({ type: INT, value: 1 }, { type: DEC(2, 1), value: new SqlDecimal(15n, 1) }), -1);
});

test('keys sort as the comparison does (Buffer order = variant order)', () => {
  const a = variantKey(INT, 5);
  const b = variantKey(DEC(5, 2), new SqlDecimal(500n, 2));
  const c = variantKey(FLOAT, -3);
  assert.equal(Buffer.compare(a, b), 0);
  assert.equal(Buffer.compare(a, c), -1);
});
