// The JSON path parser: grammar, modes, and where 13607 points.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SqlError } from '../../../../src/errors/sql-error';
import { parseJsonPath } from '../../../../src/engine/json/json-path';

function pathError(path: string, options: { allowAppend?: boolean } = {}): { message: string; state: number } {
  try {
    parseJsonPath(path, options);
  } catch (e) {
    assert.ok(e instanceof SqlError);
    assert.equal(e.number, 13607);
    return { message: e.message, state: e.state };
  }
  throw new Error(`no error for ${path}`);
}

const unexpected = (c: string, at: number): string => `JSON path is not properly formatted. Unexpected character '${c}' is found at position ${at}.`;

test('steps: keys, quoted keys with escapes, indexes, whitespace between tokens', () => {
  assert.deepEqual(parseJsonPath('$.a.b[2]."first name"'), {
    mode: 'lax', append: false,
    steps: [{ kind: 'key', name: 'a' }, { kind: 'key', name: 'b' }, { kind: 'index', index: 2 }, { kind: 'key', name: 'first name' }],
  });
  assert.deepEqual(parseJsonPath(' $ . a [ 0 ] ').steps, [{ kind: 'key', name: 'a' }, { kind: 'index', index: 0 }]);
  assert.deepEqual(parseJsonPath('$."a\\"b\\u0041"').steps, [{ kind: 'key', name: 'a"bA' }]);
  assert.deepEqual(parseJsonPath('$').steps, []);
});

test('modes and append', () => {
  assert.equal(parseJsonPath('strict $.a').mode, 'strict');
  assert.equal(parseJsonPath('lax$.a').mode, 'lax');
  assert.equal(parseJsonPath('strict$.a').mode, 'strict');
  assert.deepEqual(parseJsonPath('append strict $.a', { allowAppend: true }), { mode: 'strict', append: true, steps: [{ kind: 'key', name: 'a' }] });
  assert.equal(pathError('append $.a').message, unexpected('a', 0));
  assert.equal(pathError('LAX $.a').message, unexpected('L', 0));
  assert.equal(pathError('laxx$.a').message, unexpected('l', 0));
});

test('13607 names the character, its position and what was being read (state)', () => {
  assert.deepEqual(pathError('xyz'), { message: unexpected('x', 0), state: 22 });
  assert.deepEqual(pathError('$.a b'), { message: unexpected('b', 4), state: 22 });
  assert.deepEqual(pathError('$..a'), { message: unexpected('.', 2), state: 14 });
  assert.deepEqual(pathError('$.9'), { message: unexpected('9', 2), state: 14 });
  assert.deepEqual(pathError('$[a]'), { message: unexpected('a', 2), state: 21 });
  assert.deepEqual(pathError('$[1x]'), { message: unexpected('x', 3), state: 15 });
  assert.deepEqual(pathError('$."a'), { message: unexpected('.', 4), state: 20 });
  assert.deepEqual(pathError('$."a\\q"'), { message: unexpected('q', 5), state: 17 });
  assert.deepEqual(pathError('$."a"x'), { message: unexpected('x', 5), state: 14 });
  assert.deepEqual(pathError(''), { message: unexpected('.', 0), state: 14 });
  assert.deepEqual(pathError('$.'), { message: unexpected('.', 2), state: 14 });
});

test('an index past the unsigned 32-bit range is reported where the count wraps', () => {
  assert.deepEqual(parseJsonPath('$[4294967295]').steps, [{ kind: 'index', index: 4294967295 }]);
  assert.deepEqual(pathError('$[4294967296]'), { message: unexpected('6', 11), state: 16 });
  assert.deepEqual(pathError('$[99999999999]'), { message: unexpected('9', 12), state: 16 });
});

test('more than 128 steps is 13606', () => {
  assert.equal(parseJsonPath(`$${'.a'.repeat(128)}`).steps.length, 128);
  assert.throws(() => parseJsonPath(`$${'.a'.repeat(129)}`), (e: unknown) => e instanceof SqlError && e.number === 13606);
});
