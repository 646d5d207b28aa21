// The SELECT 1 path: parsed batches, literal values and constant result sets are computed once
// and reused, and must give the same results as computing them each time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParseCache } from '../../../src/engine/parse-cache';
import { literalValue } from '../../../src/engine/expressions/literal';
import { parseBatch } from '../../../src/tsql';
import type { Batch } from '../../../src/tsql/ast';
import { openSession, run } from './helpers';

test('ParseCache: a repeated text is parsed once, LRU order kept with the last-text memo', () => {
  const parsed: string[] = [];
  const parse = (text: string): Batch => {
    parsed.push(text);
    return parseBatch(text);
  };
  const cache = new ParseCache(2);
  const a = cache.get('SELECT 1', parse);
  assert.equal(cache.get('SELECT 1', parse), a);
  assert.equal(cache.get(['SELECT', '1'].join(' '), parse), a, 'an equal string built elsewhere');
  cache.get('SELECT 2', parse);
  assert.equal(cache.get('SELECT 1', parse), a);
  cache.get('SELECT 3', parse); // evicts SELECT 2, the least recent
  assert.equal(cache.count, 2);
  cache.get('SELECT 1', parse);
  cache.get('SELECT 2', parse);
  assert.deepEqual(parsed, ['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
});

test('ParseCache: a text longer than the kept-text limit is parsed every time and never kept', () => {
  let parses = 0;
  const parse = (text: string): Batch => {
    parses++;
    return parseBatch(text);
  };
  const cache = new ParseCache(10, 1000, 20);
  const long = 'SELECT 1 AS a_long_column_name';
  cache.get(long, parse);
  cache.get(long, parse);
  assert.equal(parses, 2);
  assert.equal(cache.count, 0);
  cache.get('SELECT 1', parse);
  cache.get('SELECT 1', parse);
  assert.equal(parses, 3);
  assert.equal(cache.count, 1);
});

test('literalValue: one typed value per literal node, equal to a fresh computation', () => {
  const batch = parseBatch("SELECT 1, 2147483648, 1.50, 1e3, $2.5, 'ab', N'cd', 0x0A");
  const stmt = batch.statements[0];
  assert.ok(stmt && stmt.kind === 'select' && stmt.query.body.kind === 'querySpec');
  for (const item of stmt.query.body.items) {
    assert.ok(item.kind === 'expr' && item.expr.kind === 'literal');
    const first = literalValue(item.expr);
    const again = literalValue(item.expr);
    assert.deepEqual(again, first);
    assert.deepEqual(literalValue({ ...item.expr }), first, 'a copy of the node computes the same value');
    if (item.expr.form === 'binary') assert.notEqual(again.value, first.value, 'a Buffer value is not shared');
    else assert.equal(again, first);
  }
});

test('SELECT of constants: same columns and row on every execution, row count and NOCOUNT honoured', async () => {
  const session = await openSession();
  const first = await run(session, "SELECT 1, 'x' AS b, 2.5 c");
  const second = await run(session, "SELECT 1, 'x' AS b, 2.5 c");
  for (const sink of [first, second]) {
    assert.deepEqual(sink.resultSets[0]?.columns.map((c) => [c.name, c.type.kind, c.nullable]),
      [['', 'int', false], ['b', 'varchar', false], ['c', 'decimal', false]]);
    assert.equal(sink.resultSets[0]?.rows.length, 1);
    assert.equal(sink.resultSets[0]?.rows[0]?.[0], 1);
    assert.equal(sink.resultSets[0]?.rows[0]?.[1], 'x');
    assert.deepEqual(sink.events.at(-1), { kind: 'done', done: { command: 'select', rowCount: 1, inProc: false } });
  }
  const quiet = await run(session, 'SET NOCOUNT ON; SELECT 1; SELECT 2147483648 AS big');
  const selects = quiet.events.flatMap((e) => (e.kind === 'done' && e.done.command === 'select' ? [e.done] : []));
  assert.deepEqual(selects, [{ command: 'select', inProc: false }, { command: 'select', inProc: false }]);
  assert.equal(quiet.resultSets[1]?.columns[0]?.type.kind, 'decimal');
  const overflow = await run(session, 'SELECT 123456789012345678901234567890123456789');
  assert.equal(overflow.errors[0]?.number, 8115);
});

test('statements after one that waits still run in order, errors reported per statement', async () => {
  const session = await openSession();
  const sink = await run(session, "SELECT 1; WAITFOR DELAY '00:00:00.010'; SELECT 2; SELECT 1/0; SELECT 3");
  assert.deepEqual(sink.resultSets.map((s) => s.rows[0]?.[0]), [1, 2, 3]);
  assert.equal(sink.errors[0]?.number, 8134);
});
