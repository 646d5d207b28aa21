import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBatches } from '../../../src/msdb/index';

test('splitBatches: GO alone on a line separates batches, any case, blanks around it', () => {
  assert.deepEqual(splitBatches('SELECT 1\nGO\nSELECT 2\n  go  \nSELECT 3\n'), ['SELECT 1\n', 'SELECT 2\n', 'SELECT 3\n']);
});

test('splitBatches: CRLF line ends, trailing GO, blank batches dropped', () => {
  assert.deepEqual(splitBatches('SELECT 1\r\nGO\r\n\r\nGO\r\nSELECT 2\r\nGO\r\n'), ['SELECT 1\r\n', 'SELECT 2\r\n']);
});

test('splitBatches: GO inside a line or as part of a word does not split', () => {
  const text = "SELECT 'GO' AS go\nEXEC GOTO_proc\nGO;\n";
  assert.deepEqual(splitBatches(text), [text]);
});

test('splitBatches: a batch keeps its own first line (error line numbers count from it)', () => {
  const [, second] = splitBatches('SELECT 1\nGO\n-- comment\nSELECT x');
  assert.equal(second, '-- comment\nSELECT x');
});

test('splitBatches: empty and blank text give no batch', () => {
  assert.deepEqual(splitBatches(''), []);
  assert.deepEqual(splitBatches(' \nGO\n\t\n'), []);
});
