import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameParts } from '../../../src/procedures/object-name-parts';

test('nameParts reads plain, bracketed and quoted parts as PARSENAME does', () => {
  assert.deepEqual(nameParts('dbo.t.c'), ['dbo', 't', 'c']);
  assert.deepEqual(nameParts('[my table].[a.b]'), ['my table', 'a.b']);
  assert.deepEqual(nameParts('"x""y".[p]]q]'), ['x"y', 'p]q']);
  assert.deepEqual(nameParts(' dbo . t '), ['dbo', 't']);
  assert.deepEqual(nameParts('db..t'), ['db', '', 't']);
});

test('nameParts refuses what does not parse', () => {
  assert.equal(nameParts('[unclosed'), undefined);
  assert.equal(nameParts('a]b'), undefined);
  assert.equal(nameParts('[a]b'), undefined);
});
