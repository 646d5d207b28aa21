// A session's #temp tables and table variables live in its own connection's temp schema: creating,
// dropping or rolling them back must not invalidate the translations other sessions use
// (store execLocal / localGeneration), while the session itself sees each new #temp definition,
// and a ROLLBACK that undoes real DDL still invalidates everyone's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { counterDelta } from './counter-delta';
import { translationCounters } from '../../../src/engine/sql/translation-cache';
import { ok, openSecurityNode, rows, run, type SecurityNode } from './security/harness';

const counted = <T>(f: () => Promise<T>) => counterDelta(translationCounters, f);

describe('temp-schema changes and cached translations', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), 'CREATE DATABASE tt');
    await ok(node.sa('tt'), "CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(20)); INSERT INTO dbo.t VALUES (1, N'one'), (2, N'two')");
  });
  after(async () => { await node.dispose(); });

  test("session A's #temp tables, table variables and rollbacks leave session B's statement a cache hit", async () => {
    const a = node.sa('tt');
    const b = node.sa('tt');
    const text = 'SELECT v FROM dbo.t WHERE id = 2';
    assert.deepEqual(await rows(b, text), [['two']]);
    for (let i = 0; i < 5; i++) {
      await ok(a, `CREATE TABLE #t (x int, y nvarchar(5)); INSERT INTO #t VALUES (${i}, N'a'); DROP TABLE #t`);
      await ok(a, `DECLARE @tv TABLE (x int); INSERT INTO @tv VALUES (${i})`);
      await ok(a, 'BEGIN TRAN; CREATE TABLE #r (x int); INSERT INTO #r VALUES (1); ROLLBACK');
      await ok(a, 'BEGIN TRAN; INSERT INTO dbo.t VALUES (100, N\'x\'); ROLLBACK');
      const r = await counted(() => rows(b, text));
      assert.deepEqual(r.result, [['two']]);
      assert.deepEqual([r.translated, r.shared + r.session], [0, 1], `iteration ${i}: B's statement stays cached`);
    }
    const fresh = await counted(() => rows(node.sa('tt'), text));
    assert.deepEqual([fresh.result, fresh.translated, fresh.shared], [[['two']], 0, 1], 'a new session still hits the shared entry');
  });

  test('the session that recreates its #temp table sees the new definition', async () => {
    const a = node.sa('tt');
    const text = 'SELECT * FROM #d';
    await ok(a, 'CREATE TABLE #d (x int); INSERT INTO #d VALUES (1)');
    assert.deepEqual((await run(a, text)).resultSets[0]?.columns.map((c) => c.name), ['x']);
    assert.equal((await counted(() => run(a, text))).translated, 0, 'a repeated #temp text is cached for its session');
    await ok(a, "DROP TABLE #d; CREATE TABLE #d (y nvarchar(5), z int); INSERT INTO #d VALUES (N'b', 2)");
    const r = await run(a, text);
    assert.deepEqual(r.resultSets.map((s) => [s.columns.map((c) => c.name), s.rows]), [[['y', 'z'], [['b', 2]]]]);
  });

  test('a #temp table created inside a rolled-back transaction is gone for its own cached text', async () => {
    const a = node.sa('tt');
    await ok(a, 'BEGIN TRAN; CREATE TABLE #k (x int); INSERT INTO #k VALUES (7)');
    assert.deepEqual(await rows(a, 'SELECT x FROM #k'), [[7]]);
    await ok(a, 'ROLLBACK');
    assert.deepEqual((await run(a, 'SELECT x FROM #k')).errors.map((e) => e.number), [208]);
    await ok(a, "CREATE TABLE #k (y nvarchar(3)); INSERT INTO #k VALUES (N'new')");
    assert.deepEqual((await run(a, 'SELECT * FROM #k')).resultSets[0]?.rows, [['new']]);
  });

  test('a #temp ALTER rolled back (to a savepoint, then whole): its cached texts follow each definition', async () => {
    const a = node.sa('tt');
    const text = 'SELECT * FROM #al';
    const catalog = "SELECT name FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#al') ORDER BY column_id";
    const seen = async () => {
      const r = await run(a, text);
      assert.deepEqual(r.errors, []);
      return [r.resultSets[0]?.columns.map((c) => c.name), (await rows(a, catalog)).map((row) => row[0])];
    };
    await ok(a, 'CREATE TABLE #al (x int); INSERT INTO #al VALUES (1)');
    assert.deepEqual(await seen(), [['x'], ['x']]);
    assert.equal((await counted(() => run(a, text))).translated, 0, 'cached before the ALTER');
    await ok(a, 'BEGIN TRAN; ALTER TABLE #al ADD y int');
    assert.deepEqual(await seen(), [['x', 'y'], ['x', 'y']]);
    await ok(a, 'SAVE TRAN s; ALTER TABLE #al DROP COLUMN x');
    assert.deepEqual(await seen(), [['y'], ['y']]);
    await ok(a, 'ROLLBACK TRAN s');
    assert.deepEqual(await seen(), [['x', 'y'], ['x', 'y']]);
    await ok(a, 'ROLLBACK');
    assert.deepEqual(await seen(), [['x'], ['x']]);
    assert.deepEqual(await rows(a, text), [[1]]);
  });

  test('a ROLLBACK that undoes real DDL still invalidates the other sessions', async () => {
    await ok(node.sa('tt'), 'CREATE TABLE dbo.r (a int); INSERT INTO dbo.r VALUES (1)');
    const text = 'SELECT * FROM dbo.r';
    const cols = async (s: ReturnType<SecurityNode['sa']>) => (await run(s, text)).resultSets[0]?.columns.map((c) => c.name);
    const ddl = node.sa('tt');
    await ok(ddl, 'BEGIN TRAN; ALTER TABLE dbo.r ADD b int');
    assert.deepEqual(await cols(ddl), ['a', 'b']);
    await ok(ddl, 'ROLLBACK');
    assert.deepEqual(await cols(ddl), ['a']);
    assert.deepEqual(await cols(node.sa('tt')), ['a']);
    await ok(ddl, 'BEGIN TRAN; DROP TABLE dbo.r; CREATE TABLE dbo.r (z int); ROLLBACK');
    assert.deepEqual(await cols(node.sa('tt')), ['a']);
    assert.deepEqual(await cols(ddl), ['a']);
  });
});
