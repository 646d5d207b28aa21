import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collationKey, compareStrings } from '../../../src/types/collation-compare';
import { like } from '../../../src/types/like';

test('SQL_Latin1_General_CP1_CI_AS: case-insensitive, accent-sensitive, trailing spaces ignored', () => {
  assert.equal(compareStrings('a', 'A '), 0);
  assert.notEqual(compareStrings('a', 'á'), 0);
  assert.equal(compareStrings('abc', 'ABD'), -1);
  assert.equal(compareStrings(' a', 'a'), -1);
  assert.equal(compareStrings('', '   '), 0);
  assert.equal(compareStrings('a', 'B'), -1);
  assert.equal(compareStrings('Z', 'a'), 1);
  assert.equal(collationKey('Hello  '), collationKey('hELLO'));
  assert.notEqual(collationKey('resume'), collationKey('résumé'));
});

test('ordering: punctuation and digits before letters; accents after the plain letter', () => {
  const sorted = ['b', 'a', '1', '_x', 'á', 'B', '-', '10', '2'].sort(compareStrings);
  assert.deepEqual(sorted.slice(0, 2).sort(), ['-', '_x'].sort());
  assert.deepEqual(sorted.slice(2, 5), ['1', '10', '2']);
  assert.equal(sorted.indexOf('a') < sorted.indexOf('á'), true);
  assert.equal(sorted.indexOf('á') < sorted.indexOf('b'), true);
});

test('LIKE wildcards, sets, escape, case-insensitivity', () => {
  assert.equal(like('abc', 'a%'), true);
  assert.equal(like('ABC', 'a_c'), true);
  assert.equal(like('abc', 'a_'), false);
  assert.equal(like('abc', '%b%'), true);
  assert.equal(like('abc', '[a-c]bc'), true);
  assert.equal(like('dbc', '[a-c]bc'), false);
  assert.equal(like('dbc', '[^a-c]bc'), true);
  assert.equal(like('abc', '[xyz]bc'), false);
  assert.equal(like('10%', '10!%', '!'), true);
  assert.equal(like('100', '10!%', '!'), false);
  assert.equal(like('a_b', 'a[_]b'), true);
  assert.equal(like('axb', 'a[_]b'), false);
  assert.equal(like('á', 'a'), false);
  assert.equal(like('abc  ', 'abc'), true);
  assert.equal(like('abc', 'abc '), false);
  assert.equal(like('', '%'), true);
  assert.equal(like('job_1', 'JOB%'), true);
  assert.equal(like('aXbXc', '%X%X%'), true);
  assert.equal(like('a', '[]'), false);
});
