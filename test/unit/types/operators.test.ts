import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arithmetic, bitNot, compare, negate } from '../../../src/types/operators';
import { cast, errorMessage, errorNumber, lit, show, typeDisplay } from './sql';

const op = (o: Parameters<typeof arithmetic>[0], a: string, b: string): string => {
  const r = arithmetic(o, lit(a), lit(b));
  return `${show(r)} ${typeDisplay(r.type)}`;
};

test('integer arithmetic: int/int is integer division, % keeps the dividend sign', () => {
  assert.equal(op('/', '1', '3'), '0 int');
  assert.equal(op('/', '7', '2'), '3 int');
  assert.equal(show(arithmetic('/', negate(lit('7')), lit('2'))), '-3');
  assert.equal(show(arithmetic('%', negate(lit('7')), lit('3'))), '-1');
  assert.equal(op('+', '1', '2'), '3 int');
  assert.equal(typeDisplay(arithmetic('+', lit('1'), cast(lit('1'), 'bigint')).type), 'bigint');
});

test('decimal arithmetic follows "Precision, scale, and length"', () => {
  assert.equal(op('/', '1.0', '3'), '0.333333 numeric(7,6)');
  assert.equal(op('+', '1.25', '10.5'), '11.75 numeric(5,2)');
  assert.equal(op('*', '1.5', '2.25'), '3.375 numeric(6,3)');
  assert.equal(op('-', '1.5', '2'), '-0.5 numeric(3,1)');
  const big = arithmetic('*', cast(lit('1'), 'decimal(38,10)'), cast(lit('1'), 'decimal(38,10)'));
  assert.equal(typeDisplay(big.type), 'decimal(38,6)');
  const sum = arithmetic('+', cast(lit('1'), 'decimal(38,10)'), cast(lit('1'), 'decimal(38,10)'));
  assert.equal(typeDisplay(sum.type), 'decimal(38,10)');
  const div = arithmetic('/', cast(lit('10'), 'decimal(18,2)'), cast(lit('3'), 'decimal(18,2)'));
  assert.equal(typeDisplay(div.type), 'decimal(38,20)');
  assert.equal(op('%', '10.5', '3'), '1.5 numeric(2,1)');
});

test('float, money and mixed types', () => {
  assert.equal(op('/', '1e0', '4'), '0.25 float');
  assert.equal(op('+', '$1.50', '2'), '3.50 money');
  assert.equal(op('*', '$2.00', '$3.00'), '6.00 money');
  assert.equal(op('+', "'1'", '2'), '3 int');
  assert.equal(op('+', "'1.5'", '2.0'), '3.5 numeric(3,1)');
  assert.equal(op('+', "'123.45'", '2.0'), '125.45 numeric(6,2)');
});

test('string concatenation types', () => {
  assert.equal(op('+', "'ab'", "'cde'"), 'abcde varchar(5)');
  assert.equal(op('+', "'ab'", "N'c'"), 'abc nvarchar(3)');
  const long = arithmetic('+', cast(lit("'a'"), 'varchar(5000)'), cast(lit("'b'"), 'varchar(5000)'));
  assert.equal(typeDisplay(long.type), 'varchar(8000)');
  assert.equal(typeDisplay(arithmetic('+', cast(lit("'a'"), 'varchar(max)'), lit("'b'")).type), 'varchar(max)');
  assert.equal(op('+', '0x01', '0x0203'), '0x010203 varbinary(3)');
});

test('datetime + int adds days; datetime - datetime', () => {
  const d = cast(lit("'2026-01-31 10:00'"), 'datetime');
  assert.equal(show(arithmetic('+', d, lit('1'))), '2026-02-01 10:00:00.000');
  assert.equal(show(arithmetic('-', d, lit('0.5'))), '2026-01-30 22:00:00.000');
  assert.equal(show(arithmetic('-', d, cast(lit("'2026-01-30'"), 'datetime'))), '1900-01-02 10:00:00.000');
  assert.equal(errorNumber(() => arithmetic('+', cast(lit("'2026-01-01'"), 'date'), lit('1'))), 206);
  assert.equal(errorNumber(() => arithmetic('*', d, lit('2'))), 8117);
});

test('errors: overflow 8115, divide by zero 8134, operand clashes', () => {
  assert.equal(errorMessage(() => arithmetic('+', lit('2147483647'), lit('1'))), 'Arithmetic overflow error converting expression to data type int.');
  assert.equal(errorMessage(() => arithmetic('/', lit('1'), lit('0'))), 'Divide by zero error encountered.');
  assert.equal(errorNumber(() => arithmetic('/', lit('1.0'), lit('0'))), 8134);
  assert.equal(errorNumber(() => arithmetic('/', lit('1e0'), lit('0'))), 8134);
  assert.equal(errorNumber(() => arithmetic('%', lit('1e0'), lit('2'))), 8117);
  assert.equal(errorNumber(() => arithmetic('+', lit("'a'"), lit('1'))), 245);
  assert.equal(errorNumber(() => arithmetic('*', cast(lit('200'), 'tinyint'), cast(lit('2'), 'tinyint'))), 8115);
  assert.equal(errorNumber(() => arithmetic('-', lit("'a'"), lit("'b'"))), 8117);
  assert.equal(errorNumber(() => arithmetic('-', negate(lit('2147483647')), lit('2'))), 8115);
  assert.equal(errorNumber(() => negate(arithmetic('-', negate(lit('2147483647')), lit('1')))), 8115);
});

test('bitwise and unary operators', () => {
  assert.equal(op('&', '12', '10'), '8 int');
  assert.equal(op('|', '12', '10'), '14 int');
  assert.equal(op('^', '12', '10'), '6 int');
  assert.equal(show(bitNot(lit('0'))), '-1');
  assert.equal(show(bitNot(cast(lit('1'), 'tinyint'))), '254');
  assert.equal(show(negate(lit('1.50'))), '-1.50');
  assert.equal(errorNumber(() => arithmetic('&', lit('1.5'), lit('1'))), 402);
});

test('NULL operands give NULL of the result type', () => {
  const r = arithmetic('+', cast(lit('1'), 'int'), { type: { kind: 'int' }, value: null });
  assert.equal(r.value, null);
  assert.equal(r.type.kind, 'int');
});

test('comparison converts by precedence; NULL compares unknown', () => {
  assert.equal(compare(lit("'10'"), lit('9')), 1);
  assert.equal(compare(lit("'abc'"), lit("'ABD'")), -1);
  assert.equal(compare(lit('1.0'), lit('1')), 0);
  assert.equal(compare(lit('1e0'), lit('1.0')), 0);
  assert.equal(compare(lit('1'), { type: { kind: 'int' }, value: null }), null);
  assert.equal(compare(cast(lit("'2026-01-01'"), 'date'), cast(lit("'2026-01-01 00:00'"), 'datetime')), 0);
  assert.equal(compare(lit("'2026-01-02'"), cast(lit("'2026-01-01'"), 'datetime')), 1);
  assert.equal(errorNumber(() => compare(lit('1'), cast(lit("'2026-01-01'"), 'date'))), 206);
  assert.equal(errorNumber(() => compare(lit("'x'"), lit('1'))), 245);
  assert.equal(compare(lit('0x0102'), lit('0x010200')), 0);
});
