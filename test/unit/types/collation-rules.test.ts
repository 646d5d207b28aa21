import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collationRule, compareStringsUnder } from '../../../src/types/collation-rules';

test('collation names: Latin1_General Windows and SQL names; others unknown', () => {
  assert.deepEqual(collationRule('Latin1_General_CS_AS'), { name: 'Latin1_General_CS_AS', binary: false, caseSensitive: true, accentSensitive: true });
  assert.equal(collationRule('SQL_Latin1_General_CP1_CI_AI')?.accentSensitive, false);
  assert.equal(collationRule('Latin1_General_100_CI_AS_SC_UTF8')?.caseSensitive, false);
  assert.equal(collationRule('Latin1_General_BIN2')?.binary, true);
  assert.equal(collationRule('database_default')?.caseSensitive, false);
  assert.equal(collationRule('French_CI_AS'), undefined);
  assert.equal(collationRule('nonsense'), undefined);
});

test('comparisons under explicit collations ignore trailing spaces', () => {
  const cs = collationRule('Latin1_General_CS_AS')!;
  assert.notEqual(compareStringsUnder(cs, 'abc', 'ABC'), 0);
  assert.equal(compareStringsUnder(cs, 'abc', 'abc  '), 0);
  const ai = collationRule('Latin1_General_CI_AI')!;
  assert.equal(compareStringsUnder(ai, 'E', 'é'), 0);
  const bin = collationRule('Latin1_General_BIN')!;
  assert.equal(compareStringsUnder(bin, 'B', 'a'), -1);
  assert.equal(compareStringsUnder(collationRule('SQL_Latin1_General_CP1_CI_AS')!, 'a', 'A'), 0);
});
