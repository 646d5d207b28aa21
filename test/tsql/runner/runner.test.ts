// The conformance runner's own pieces: GO splitting and directives, value rendering, the diff
// and the per-case tally. (The suite itself is test/integration/tsql-conformance.test.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBatches } from './case-file';
import { compareRenderings, tallyBatches } from './compare';
import { quote, renderValue } from './render-value';

test('GO lines split batches; directives are removed and line numbers follow them', () => {
  const batches = splitBatches("SELECT 1\ngo\n-- connect: login=bob password=x\nSELECT 2\n  GO  \n\nGO\nPRINT 'a'\nGO\n");
  assert.deepEqual(batches.map((b) => [b.index, b.fileLine, b.text]), [[1, 1, 'SELECT 1'], [2, 4, 'SELECT 2'], [3, 8, "PRINT 'a'"]]);
  assert.deepEqual(batches[1]?.directives, [{ kind: 'connect', login: 'bob', password: 'x', database: undefined }]);
  assert.throws(() => splitBatches('-- connect: bob\nSELECT 1'), /key=value/);
});

test('values render in one canonical form per type', () => {
  const col = (sqlType: string, scale?: number) => ({ tdsType: '', sqlType, scale });
  const d = new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 997));
  Object.defineProperty(d, 'nanosecondsDelta', { value: 0.0000003 });
  assert.equal(renderValue(null, col('int')), 'NULL');
  assert.equal(renderValue(1.5, col('decimal(5,2)', 2)), '1.50');
  assert.equal(renderValue(7, col('money')), '7.0000');
  assert.equal(renderValue(Math.fround(3.4e38), col('real')), '3.4e+38');
  assert.equal(renderValue(true, col('bit')), '1');
  assert.equal(renderValue(d, col('datetime')), '2024-02-29 23:59:59.997');
  assert.equal(renderValue(d, col('datetime2(7)', 7)), '2024-02-29 23:59:59.9970003');
  assert.equal(renderValue(d, col('date')), '2024-02-29');
  assert.equal(renderValue(Buffer.from([0xde, 0xad]), col('varbinary(2)')), '0xDEAD');
  assert.equal(renderValue('ab', col('char(3)')), "'ab'");
  assert.equal(quote("it's\n\\"), "'it''s\\n\\\\'");
});

test('the comparison names the first difference and tallies whole batch blocks', () => {
  const expected = '-- batch 1 (line 1)\nA\n-- batch 2 (line 3)\nB\n';
  const actual = '-- batch 1 (line 1)\nA\n-- batch 2 (line 3)\nC\n';
  const cmp = compareRenderings(expected, actual);
  assert.equal(cmp.equal, false);
  assert.equal(cmp.firstDifference, 'line 4 (batch 2 (line 3)): expected "B", actual "C"');
  assert.match(cmp.diff, /- B\n\+ C|\+ C\n- B/);
  assert.deepEqual(tallyBatches(expected, actual), { total: 2, matching: 1, differing: ['batch 2 (line 3)'] });
  assert.equal(compareRenderings(expected, expected).equal, true);
});
