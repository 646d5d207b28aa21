// The lazy JSON reader: spans of the original text, where 13609 points, and how far a lookup reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqlError } from '../../../../src/errors/sql-error';
import { lookup } from '../../../../src/engine/json/json-lookup';
import { parseJsonPath } from '../../../../src/engine/json/json-path';
import { JsonText } from '../../../../src/engine/json/json-text';

function find(text: string, path: string): string | undefined {
  const span = lookup(new JsonText(text), parseJsonPath(path).steps);
  return span && `${span.kind}:${text.slice(span.start, span.end)}`;
}

function textError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof SqlError);
    assert.equal(e.number, 13609);
    return e.message.replace('JSON text is not properly formatted. Unexpected character ', '');
  }
  throw new Error('no error');
}

test('values are spans of the original text', () => {
  const doc = '{ "a" : [1, 2.5e3, "x\\ny"], "b": {"c": true} }';
  assert.equal(find(doc, '$.a'), 'array:[1, 2.5e3, "x\\ny"]');
  assert.equal(find(doc, '$.a[1]'), 'number:2.5e3');
  assert.equal(find(doc, '$.a[2]'), 'string:"x\\ny"');
  assert.equal(find(doc, '$.b.c'), 'true:true');
  assert.equal(find(doc, '$.b.d'), undefined);
  assert.equal(find(doc, '$.a.c'), undefined);
  assert.equal(find(doc, '$'), `object:${doc.trim()}`);
  const t = new JsonText('"a\\u00e9\\/\\"b"');
  assert.equal(t.decodeString(0, t.text.length), 'aé/"b');
});

test('a lookup stops at the value it finds; a miss reads (and validates) everything', () => {
  assert.equal(find('{"a":1,"b":}', '$.a'), 'number:1');
  assert.equal(find('{"a":{"x":1}} trailing', '$.a.x'), 'number:1');
  assert.equal(textError(() => find('{"a":1,"b":}', '$.c')), "'}' is found at position 11.");
  assert.equal(textError(() => find('{"a":1} x', '$.c')), "'x' is found at position 8.");
});

test('13609: tokens are judged whole, the end of the text is reported as "."', () => {
  assert.equal(textError(() => find('1', '$')), "'1' is found at position 0.");
  assert.equal(textError(() => find('{"a":1x}', '$.z')), "'1' is found at position 5.");
  assert.equal(textError(() => find('{"a":tru}', '$.z')), "'t' is found at position 5.");
  assert.equal(textError(() => find('{"a":"str', '$.z')), "'\"' is found at position 5.");
  assert.equal(textError(() => find('{"a":1', '$.z')), "'.' is found at position 6.");
  assert.equal(textError(() => find('[1,2,]', '$[9]')), "']' is found at position 5.");
  assert.equal(textError(() => find('', '$')), "'.' is found at position 0.");
});

test('validate: one root value with whitespace around it', () => {
  const t = new JsonText('  [1, {"a": null}]  ');
  assert.deepEqual(t.validate(t.skipWhitespace(0)), { kind: 'array', start: 2, end: 18 });
  assert.equal(textError(() => new JsonText('{} x').validate(0)), "'x' is found at position 3.");
});

test('nesting deeper than 128 levels is 13606', () => {
  const ok = `${'['.repeat(129)}${']'.repeat(129)}`;
  assert.equal(new JsonText(ok).validate(0).kind, 'array');
  const deep = `${'['.repeat(130)}${']'.repeat(130)}`;
  assert.throws(() => new JsonText(deep).validate(0), (e: unknown) => e instanceof SqlError && e.number === 13606);
});
