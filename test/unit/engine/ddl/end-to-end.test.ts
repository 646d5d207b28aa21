// DDL together with the DML engine (src/engine/sql): what a client sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ok, openNode, run } from './harness';

test('a table variable keeps its rows through ROLLBACK; a #temp table does not', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    const sink = await ok(s, `DECLARE @t TABLE (a int PRIMARY KEY, b varchar(10) DEFAULT 'd')
CREATE TABLE #x (a int)
BEGIN TRAN
INSERT INTO @t (a) VALUES (1), (2)
INSERT INTO #x VALUES (9)
ROLLBACK
SELECT a, b FROM @t ORDER BY a
SELECT COUNT(*) FROM #x`);
    assert.deepEqual(sink.resultSets.map((r) => r.rows), [[[1, 'd'], [2, 'd']], [[0]]]);
  } finally {
    await node.dispose();
  }
});

test('constraints created by DDL are enforced by DML with SQL Server messages', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE dbo.orders (id int IDENTITY PRIMARY KEY, qty int CONSTRAINT CK_qty CHECK (qty > 0), code varchar(5) CONSTRAINT UQ_code UNIQUE)');
    const sink = await run(s, "INSERT INTO orders (qty, code) VALUES (1, 'a'); INSERT INTO orders (qty, code) VALUES (0, 'b'); INSERT INTO orders (qty, code) VALUES (2, 'A ')");
    assert.deepEqual(sink.errors.map((e) => e.number), [547, 2627]);
    assert.match(sink.errors[0]!.message, /CHECK constraint "CK_qty"/);
  } finally {
    await node.dispose();
  }
});

test('a procedure works on tables: OUTPUT from SCOPE_IDENTITY, its own #temp table dropped at return', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE dbo.orders (id int IDENTITY(100, 1) PRIMARY KEY, qty int)');
    await ok(s, `CREATE PROCEDURE dbo.add_order @qty int, @id int OUTPUT AS
BEGIN
  SET NOCOUNT ON
  INSERT INTO orders (qty) VALUES (@qty)
  SET @id = SCOPE_IDENTITY()
  SELECT * INTO #copy FROM orders
  RETURN (SELECT COUNT(*) FROM #copy)
END`);
    const sink = await ok(s, 'DECLARE @id int, @rc int; EXEC @rc = add_order 5, @id OUTPUT; EXEC @rc = add_order 6, @id OUTPUT; SELECT @id, @rc, OBJECT_ID(\'tempdb..#copy\')');
    assert.deepEqual(sink.resultSets.at(-1)!.rows, [[101, 2, null]]);
  } finally {
    await node.dispose();
  }
});

test('ALTER TABLE on a #temp table: add, alter, drop columns and constraints; identity continues', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, "CREATE TABLE #t (id int IDENTITY PRIMARY KEY, n int); INSERT INTO #t (n) VALUES (10), (NULL)");
    await ok(s, "ALTER TABLE #t ADD flag bit NOT NULL CONSTRAINT DF_f DEFAULT 1, note varchar(5)");
    await ok(s, 'ALTER TABLE #t ALTER COLUMN n varchar(5)');
    await ok(s, "INSERT INTO #t (n) VALUES ('x')");
    const sink = await ok(s, 'SELECT id, n, flag, note FROM #t ORDER BY id');
    assert.deepEqual(sink.resultSets[0]!.rows, [[1, '10', true, null], [2, null, true, null], [3, 'x', true, null]]);
    assert.deepEqual((await run(s, 'ALTER TABLE #t ALTER COLUMN n int NOT NULL')).errors.map((e) => e.number), [515]);
    assert.deepEqual((await run(s, 'ALTER TABLE #t ADD CONSTRAINT CK_n CHECK (id < 3)')).errors.map((e) => e.number), [547]);
    await ok(s, 'ALTER TABLE #t DROP CONSTRAINT DF_f; ALTER TABLE #t DROP COLUMN note');
    const after = await ok(s, 'SELECT * FROM #t WHERE id = 3');
    assert.deepEqual(after.resultSets[0]!.rows, [[3, 'x', true]]);
    assert.deepEqual((await run(s, 'ALTER TABLE #t DROP CONSTRAINT nope')).errors.map((e) => e.number), [3728, 3727]);
  } finally {
    await node.dispose();
  }
});
