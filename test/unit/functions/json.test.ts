// The JSON built-ins called directly: result types, values, and how SQL values become JSON text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toJsonText } from '../../../src/engine/functions/json-values';
import { bitValue, nullOf, varcharValue } from '../../../src/types/typed-value';
import { call, cast, errorNumber, lit, typeDisplay } from './call';

test('result types are fixed: int, nvarchar(4000), nvarchar(max), bit', () => {
  assert.equal(typeDisplay(call('ISJSON', [lit("N'{}'")]).type), 'int');
  assert.equal(typeDisplay(call('JSON_VALUE', [lit("N'{\"a\":1}'"), lit("'$.a'")]).type), 'nvarchar(4000)');
  assert.equal(typeDisplay(call('JSON_QUERY', [lit("N'[1]'")]).type), 'nvarchar(max)');
  assert.equal(typeDisplay(call('JSON_PATH_EXISTS', [lit("N'[1]'"), lit("'$[0]'")]).type), 'bit');
  assert.equal(typeDisplay(call('JSON_MODIFY', [lit("N'[1]'"), lit("'$[0]'"), lit('2')]).type), 'nvarchar(max)');
});

test('JSON_VALUE and JSON_QUERY', () => {
  const doc = lit(`N'{"a":{"b":[1,"x\\u0041"]},"n":-1.5E+3}'`);
  assert.equal(call('JSON_VALUE', [doc, lit("'$.a.b[1]'")]).value, 'xA');
  assert.equal(call('JSON_VALUE', [doc, lit("'$.n'")]).value, '-1.5E+3');
  assert.equal(call('JSON_QUERY', [doc, lit("'$.a'")]).value, '{"b":[1,"x\\u0041"]}');
  assert.equal(call('JSON_VALUE', [nullOf({ kind: 'nvarchar', length: 10 }), lit("'$.a'")]).value, null);
  assert.equal(errorNumber(() => call('JSON_VALUE', [doc, nullOf({ kind: 'nvarchar', length: 10 })])), 8116);
  assert.equal(errorNumber(() => call('JSON_VALUE', [lit('1'), lit("'$'")])), 8116);
  assert.equal(errorNumber(() => call('JSON_QUERY', [doc, lit("'strict $.n'")])), 13624);
});

test('SQL values as JSON text', () => {
  assert.equal(toJsonText(lit("N'a\"b/c\\d\u0001'"), false), '"a\\"b\\/c\\\\d\\u0001"');
  assert.equal(toJsonText(lit("N'[1]'"), true), '[1]');
  assert.equal(toJsonText(cast(lit('2.5'), 'decimal(6,3)'), false), '2.500');
  assert.equal(toJsonText(cast(lit('-7'), 'bigint'), false), '-7');
  assert.equal(toJsonText(lit('$1.5'), false), '1.5000');
  assert.equal(toJsonText(bitValue(false), false), 'false');
  assert.equal(toJsonText(lit('0x4142'), false), '"QUI="');
  assert.equal(toJsonText(cast(lit("'2024-01-15 12:34:56'"), 'datetime2(0)'), false), '"2024-01-15T12:34:56"');
  assert.equal(toJsonText(nullOf({ kind: 'int' }), false), null);
});

test('JSON_OBJECT / JSON_ARRAY take their null clause and JSON-text marks as two trailing arguments', () => {
  const absent = bitValue(true);
  const keep = bitValue(false);
  assert.equal(call('JSON_ARRAY', [lit('1'), nullOf({ kind: 'int' }), absent, varcharValue('--')]).value, '[1]');
  assert.equal(call('JSON_ARRAY', [lit('1'), nullOf({ kind: 'int' }), keep, varcharValue('--')]).value, '[1,null]');
  assert.equal(call('JSON_OBJECT', [lit("'k'"), lit("N'[2]'"), keep, varcharValue('-J')]).value, '{"k":[2]}');
  assert.equal(call('JSON_OBJECT', [lit('5'), lit("'v'"), keep, varcharValue('--')]).value, '{"5":"v"}');
  assert.equal(errorNumber(() => call('JSON_OBJECT', [nullOf({ kind: 'varchar', length: 1 }), lit('1'), keep, varcharValue('--')])), 13638);
});
