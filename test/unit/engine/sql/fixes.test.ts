// Regressions reported by other engineers: integer division per row, 195 state, ...
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let s: EngineSession;

before(async () => {
  node = await sqlNode();
  s = await node.session();
});
after(async () => node.dispose());

test('int / int of a column stays integer inside a per-row built-in call', async () => {
  const sink = await ok(s, "SELECT DATEADD(day, v / 300, '20250101'), v / 300, DATEADD(day, v / 2, '20250101') FROM (VALUES (1), (601)) AS t(v)");
  // 2025-01-01 is day 739251 of the datetime epoch; 1 / 300 = 0, 601 / 300 = 2, 601 / 2 = 300
  const days = rows(sink).map((r) => r.map((v) => (v !== null && typeof v === 'object' && 'days' in v ? { ...v } : v)));
  assert.deepEqual(days, [
    [{ days: 739251, ticks: 0 }, 0, { days: 739251, ticks: 0 }],
    [{ days: 739253, ticks: 0 }, 2, { days: 739551, ticks: 0 }],
  ]);
});

test('unknown built-in function: 195 state 10 from the translator', async () => {
  const sink = await exec(s, 'SELECT no_such_fn(v) FROM (VALUES (1)) AS t(v)');
  assert.deepEqual(sink.errors.map((e) => [e.number, e.state]), [[195, 10]]);
});

test('a database first named inside a transaction opened by the same batch is attached at batch start', async () => {
  await ok(s, 'CREATE DATABASE fixes_db');
  await ok(s, 'CREATE TABLE fixes_db.dbo.t (i int)');
  const other = await node.session();
  const sink = await ok(other, 'BEGIN TRAN; INSERT fixes_db.dbo.t VALUES (7); SELECT i FROM fixes_db.dbo.t; COMMIT');
  assert.deepEqual(rows(sink), [[7]]);
});

test('SCOPE_IDENTITY() ignores inserts of a called procedure; @@IDENTITY does not', async () => {
  await ok(s, `CREATE TABLE si_a (id int IDENTITY(1,1), v int); CREATE TABLE si_b (id int IDENTITY(100,1), v int)`);
  await ok(s, 'CREATE PROCEDURE si_ins AS INSERT si_b (v) VALUES (1)');
  const sink = await ok(s, `INSERT si_a (v) VALUES (1); INSERT si_a (v) VALUES (2); EXEC si_ins;
    SELECT SCOPE_IDENTITY(), @@IDENTITY;
    EXEC sp_executesql N'SELECT SCOPE_IDENTITY()'`);
  assert.deepEqual(rows(sink), [['2', '100']]);
  assert.deepEqual(rows(sink, 1), [[null]]);
  const inQuery = await ok(s, 'INSERT si_a (v) VALUES (3); EXEC si_ins; SELECT v FROM si_a WHERE id = SCOPE_IDENTITY()');
  assert.deepEqual(rows(inQuery), [[3]]);
  const next = await ok(s, 'SELECT SCOPE_IDENTITY(), @@IDENTITY');
  assert.deepEqual(rows(next), [[null, '101']]);
});
