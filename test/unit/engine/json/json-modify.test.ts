// JSON_MODIFY's splice: the text outside the edit keeps its formatting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqlError } from '../../../../src/errors/sql-error';
import { modifyJson } from '../../../../src/engine/json/json-modify';
import { parseJsonPath } from '../../../../src/engine/json/json-path';

const modify = (text: string, path: string, value: string | null): string => modifyJson(text, parseJsonPath(path, { allowAppend: true }), value);
const errorNumber = (f: () => unknown): number => {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof SqlError);
    return e.number;
  }
  return 0;
};

test('update, insert, delete, append', () => {
  assert.equal(modify('{"a": 1, "b": [1]}', '$.a', '2'), '{"a": 2, "b": [1]}');
  assert.equal(modify('{"a":1}', '$.b', '"x"'), '{"a":1,"b":"x"}');
  assert.equal(modify('{}', '$.b', '"x"'), '{"b":"x"}');
  assert.equal(modify('{"a":1,"b":2,"c":3}', '$.a', null), '{"b":2,"c":3}');
  assert.equal(modify('{"a":1,"b":2,"c":3}', '$.b', null), '{"a":1,"c":3}');
  assert.equal(modify('{"a":1,"b":2,"c":3}', '$.c', null), '{"a":1,"b":2}');
  assert.equal(modify('{"a":1}', '$.a', null), '{}');
  assert.equal(modify('{"a":[]}', 'append $.a', '1'), '{"a":[1]}');
  assert.equal(modify('[1,2]', 'append $', '3'), '[1,2,3]');
  assert.equal(modify('{"Id":1}', 'append $.Tags', '"sales"'), '{"Id":1,"Tags":["sales"]}');
  assert.equal(modify('{"Id":1}', 'append $.a.b', '"x"'), '{"Id":1}');
  assert.equal(modify('{"a":{"b":[0]}}', '$.a.b[0]', '"z"'), '{"a":{"b":["z"]}}');
});

test('lax leaves the text alone where strict raises', () => {
  assert.equal(modify(' {"a":1} ', '$.x.y', '1'), ' {"a":1} ');
  assert.equal(modify('[1]', '$[5]', '1'), '[1]');
  assert.equal(modify('{"a":1}', 'append $.a', '1'), '{"a":1}');
  assert.equal(errorNumber(() => modify('{"a":1}', 'strict $.x', '1')), 13608);
  assert.equal(errorNumber(() => modify('{"a":1}', 'append strict $.a', '1')), 13621);
  assert.equal(modify('{"a":1}', 'strict $.a', null), '{"a":null}');
  assert.equal(errorNumber(() => modify('{"a":1}', '$', '1')), 13619);
  assert.equal(errorNumber(() => modify('{"a":1} x', '$.a', '1')), 13609);
});
