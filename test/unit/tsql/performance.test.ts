// Parsing sits on every batch's path (SELECT 1 must cost the whole server < 60 µs), so keep a
// loose guard against accidental slow paths (regex per character, backtracking).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBatch } from '../../../src/tsql/parse';

test('SELECT 1 parses in a few microseconds', () => {
  for (let i = 0; i < 5000; i++) parseBatch('SELECT 1');
  const n = 20000;
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) parseBatch('SELECT 1');
  const micros = Number(process.hrtime.bigint() - start) / n / 1000;
  assert.ok(micros < 20, `SELECT 1 took ${micros.toFixed(2)} µs`);
});

test('a 2,000-statement batch parses in linear time', () => {
  const text = 'SET @i = @i + 1; IF @i > 3 PRINT N\'x\'\n'.repeat(1000);
  const start = process.hrtime.bigint();
  assert.equal(parseBatch(text).statements.length, 2000);
  assert.ok(Number(process.hrtime.bigint() - start) / 1e6 < 200);
});
