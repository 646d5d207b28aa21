import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coalesceResultType, iifResultType, isnullResultType } from '../../../src/engine/functions/conversion';
import { builtinFunctions, lookupFunction } from '../../../src/engine/functions/registry';
import { NULL_LITERAL } from '../../../src/types/typed-value';
import { SqlVariant } from '../../../src/types/values';
import { call, cast, errorMessage, errorNumber, lit, show, type, typeDisplay } from './call';

const m = (name: string, ...args: string[]): string => {
  const r = call(name, args.map(lit));
  return `${show(r)} ${typeDisplay(r.type)}`;
};

test('ABS, SIGN, CEILING, FLOOR keep the argument type', () => {
  assert.equal(m('ABS', '-1.50').split(' ')[0], '1.50');
  assert.equal(show(call('ABS', [cast(lit('-5'), 'int')])), '5');
  assert.equal(errorNumber(() => call('ABS', [{ type: { kind: 'int' }, value: -2147483648 }])), 8115);
  assert.equal(m('SIGN', '-3'), '-1 int');
  assert.equal(m('CEILING', '123.45'), '124 decimal(5,0)');
  assert.equal(m('CEILING', '-123.45').split(' ')[0], '-123');
  assert.equal(m('FLOOR', '-123.45').split(' ')[0], '-124');
  assert.equal(m('CEILING', '$123.45'), '124.00 money');
  assert.equal(m('FLOOR', '1.5e0'), '1 float');
});

test('ROUND: half away from zero, negative lengths, truncation, result type', () => {
  assert.equal(m('ROUND', '123.4545', '2'), '123.4500 decimal(8,4)');
  assert.equal(m('ROUND', '123.45', '-2').split(' ')[0], '100.00');
  assert.equal(m('ROUND', '150.75', '0').split(' ')[0], '151.00');
  assert.equal(m('ROUND', '150.75', '0', '1').split(' ')[0], '150.00');
  assert.equal(m('ROUND', '-2.5', '0').split(' ')[0], '-3.0');
  assert.equal(m('ROUND', '748.58', '-3').split(' ')[0], '1000.00');
  assert.equal(m('ROUND', '2.5e0', '0'), '3 float');
  assert.equal(m('ROUND', '1234', '-2'), '1200 int');
});

test('POWER, SQRT, SQUARE, EXP, LOG, PI, trig', () => {
  assert.equal(m('POWER', '2', '10'), '1024 int');
  assert.equal(m('POWER', '2.0', '3').split(' ')[1], 'decimal(38,1)');
  assert.equal(m('SQRT', '16'), '4 float');
  assert.equal(m('SQUARE', '3'), '9 float');
  assert.equal(show(call('LOG', [lit('100'), lit('10')])), '2');
  assert.equal(show(call('LOG10', [lit('1000')])), '3');
  assert.equal(show(call('EXP', [lit('0')])), '1');
  assert.equal(show(call('PI', [])), '3.14159');
  assert.equal(String(call('PI', []).value), String(Math.PI));
  assert.equal(errorMessage(() => call('SQRT', [lit('-1')])), 'An invalid floating point operation occurred.');
  assert.equal(errorNumber(() => call('LOG', [lit('0')])), 3623);
});

test('RAND: seeded is repeatable, unseeded reads the context', () => {
  assert.equal(call('RAND', []).value, 0.5);
  assert.equal(call('RAND', [lit('7')]).value, call('RAND', [lit('7')]).value);
  assert.notEqual(call('RAND', [lit('7')]).value, call('RAND', [lit('8')]).value);
});

test('NEWID, HASHBYTES, CHECKSUM, ISNUMERIC', () => {
  const g = String(call('NEWID', []).value);
  assert.match(g, /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  assert.equal(show(call('HASHBYTES', [lit("'MD5'"), lit("'abc'")])), '0x900150983CD24FB0D6963F7D28E17F72');
  assert.equal(show(call('HASHBYTES', [lit("'SHA1'"), lit("'abc'")])), '0xA9993E364706816ABA3E25717850C26C9CD0D89D');
  assert.equal(show(call('HASHBYTES', [lit("'SHA2_256'"), lit("N'a'")])).slice(0, 10), '0xFFE9AAEA');
  assert.equal(show(call('HASHBYTES', [lit("'nope'"), lit("'abc'")])), 'NULL');
  assert.equal(call('CHECKSUM', [lit("'abc'")]).value, call('CHECKSUM', [lit("'ABC  '")]).value);
  assert.notEqual(call('BINARY_CHECKSUM', [lit("'abc'")]).value, call('BINARY_CHECKSUM', [lit("'ABC'")]).value);
  for (const [v, e] of [["'123'", 1], ["'1.5'", 1], ["'1e5'", 1], ["'$12'", 1], ["'-'", 1], ["'abc'", 0], ["''", 0], ["'1 2'", 0]] as const) {
    assert.equal(call('ISNUMERIC', [lit(v)]).value, e, v);
  }
  assert.equal(call('ISNUMERIC', [lit('1')]).value, 1);
});

test('NULLIF, CHOOSE, GREATEST, LEAST', () => {
  assert.equal(show(call('NULLIF', [lit("'a'"), lit("'A'")])), 'NULL');
  assert.equal(show(call('NULLIF', [lit('1'), lit('2')])), '1');
  assert.equal(show(call('CHOOSE', [lit('2'), lit("'a'"), lit("'b'")])), 'b');
  assert.equal(show(call('CHOOSE', [lit('3'), lit("'a'"), lit("'b'")])), 'NULL');
  assert.equal(m('GREATEST', '1', '2.5', '2'), '2.5 numeric(11,1)');
  assert.equal(show(call('LEAST', [lit("'b'"), lit("'A'"), NULL_LITERAL])), 'A');
});

test('typing helpers for lazy forms', () => {
  assert.equal(typeDisplay(isnullResultType(cast(lit("'a'"), 'varchar(2)'), lit("'abcdef'"))), 'varchar(2)');
  assert.equal(typeDisplay(isnullResultType(NULL_LITERAL, lit("'abc'"))), 'varchar(3)');
  assert.equal(typeDisplay(coalesceResultType([type('int'), type('varchar(10)'), type('decimal(5,2)')])), 'decimal(12,2)');
  assert.equal(typeDisplay(iifResultType(type('int'), type('bigint'))), 'bigint');
});

test('registry: names are upper case, arity is checked (174/189)', () => {
  for (const [name, f] of builtinFunctions) assert.equal(name, f.name);
  assert.equal(lookupFunction('len')?.name, 'LEN');
  assert.equal(lookupFunction('nosuch'), undefined);
  assert.equal(errorMessage(() => call('LEN', [])), 'The len function requires 1 argument(s).');
  assert.equal(errorMessage(() => call('ROUND', [lit('1')])), 'The round function requires 2 to 3 arguments.');
});

test('COLLATIONPROPERTY answers for the server collation as sql_variant int, NULL otherwise', () => {
  const p = (name: string, prop: string): string => {
    const r = call('COLLATIONPROPERTY', [lit(`N'${name}'`), lit(`'${prop}'`)]);
    const base = r.value instanceof SqlVariant ? `${show({ type: r.value.type, value: r.value.value })} ${typeDisplay(r.value.type)}` : show(r);
    return `${base} ${typeDisplay(r.type)}`;
  };
  assert.equal(p('SQL_Latin1_General_CP1_CI_AS', 'LCID'), '1033 int sql_variant');
  assert.equal(p('sql_latin1_general_cp1_ci_as', 'CodePage'), '1252 int sql_variant');
  assert.equal(p('SQL_Latin1_General_CP1_CI_AS', 'ComparisonStyle'), '196609 int sql_variant');
  assert.equal(p('Latin1_General_BIN2', 'LCID'), 'NULL sql_variant');
  assert.equal(p('SQL_Latin1_General_CP1_CI_AS', 'NoSuchProperty'), 'NULL sql_variant');
});
