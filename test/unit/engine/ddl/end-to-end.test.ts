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
