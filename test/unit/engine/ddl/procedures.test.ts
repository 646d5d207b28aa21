import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, ok, openNode, run } from './harness';

test('T-SQL procedure: parameters, defaults, OUTPUT, RETURN codes, @@NESTLEVEL, ALTER and DROP', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `-- adds numbers
CREATE PROCEDURE dbo.add_to @a int, @b int = 10, @sum int OUTPUT, @label varchar(10) = abc
AS
BEGIN
  SET @sum = @a + @b
  IF @sum > 100 RETURN 7
  SELECT @label AS label, @@NESTLEVEL AS lvl
  RETURN
END`);
    const sink = await ok(s, `DECLARE @r int, @rc int
EXEC @rc = add_to 1, @sum = @r OUTPUT
SELECT @r, @rc
EXEC @rc = dbo.add_to @a = 95, @sum = @r OUTPUT
SELECT @r, @rc`);
    assert.deepEqual(sink.resultSets.map((r) => r.rows), [[['abc', 1]], [[11, 0]], [[105, 7]]]);
    assert.deepEqual(await errorsOf(s, 'EXEC add_to'), [201]);
    assert.deepEqual(await errorsOf(s, 'EXEC add_to 1, 2, NULL, \'x\', 5'), [8144]);
    assert.deepEqual(await errorsOf(s, 'CREATE PROCEDURE add_to AS SELECT 1'), [2714]);
    await ok(s, 'ALTER PROCEDURE add_to @a int AS RETURN @a * 2');
    const again = await ok(s, 'DECLARE @rc int; EXEC @rc = add_to 21; SELECT @rc');
    assert.deepEqual(again.resultSets[0]!.rows, [[42]]);
    await ok(s, 'CREATE OR ALTER PROCEDURE add_to AS RETURN 3');
    assert.deepEqual((await ok(s, 'DECLARE @rc int; EXEC @rc = add_to; SELECT @rc')).resultSets[0]!.rows, [[3]]);
    assert.deepEqual(await errorsOf(s, 'ALTER PROCEDURE nope AS RETURN 1'), [208]);
    assert.deepEqual(await errorsOf(s, 'CREATE PROCEDURE master.dbo.p2 AS RETURN 1'), [166]);
    await ok(s, 'DROP PROCEDURE add_to');
    assert.deepEqual(await errorsOf(s, 'EXEC add_to'), [2812]);
    assert.deepEqual(await errorsOf(s, 'DROP PROCEDURE add_to'), [3701]);
    await ok(s, 'DROP PROCEDURE IF EXISTS add_to');
  } finally {
    await node.dispose();
  }
});

test('nesting: procedures call procedures; the 33rd level fails with 217', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `CREATE PROCEDURE inner_p @out int OUTPUT AS SET @out = @@NESTLEVEL`);
    await ok(s, `CREATE PROCEDURE outer_p @out int OUTPUT AS EXEC inner_p @out OUTPUT`);
    const sink = await ok(s, 'DECLARE @n int; EXEC outer_p @n OUTPUT; SELECT @n');
    assert.deepEqual(sink.resultSets[0]!.rows, [[2]]);
    await ok(s, `CREATE PROCEDURE recurse @n int AS BEGIN IF @n > 0 BEGIN DECLARE @m int = @n - 1; EXEC recurse @m END END`);
    assert.deepEqual(await errorsOf(s, 'EXEC recurse 10'), []);
    const deep = await run(s, 'EXEC recurse 40');
    assert.ok(deep.errors.some((e) => e.number === 217), deep.errors.map((e) => e.number).join());
  } finally {
    await node.dispose();
  }
});

test('procedure errors carry the procedure name; deferred name resolution; sp_ names resolve in master', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `CREATE PROCEDURE failing AS
BEGIN
  SELECT 1/0
END`);
    const sink = await run(s, 'EXEC failing');
    assert.equal(sink.errors[0]?.number, 8134);
    assert.equal(sink.errors[0]?.procName, 'dbo.failing', 'schema-qualified, as SQL Server reports it');
    assert.equal(sink.errors[0]?.lineNumber, 3);
    await ok(s, 'CREATE PROCEDURE later AS EXEC not_yet_there');
    assert.deepEqual(await errorsOf(s, 'EXEC later'), [2812]);
    await ok(s, 'CREATE PROCEDURE dbo.sp_mine AS SELECT DB_NAME()');
    await ok(s, 'CREATE DATABASE app');
    const other = await node.session('app');
    const r = await ok(other, 'EXEC sp_mine');
    assert.deepEqual(r.resultSets[0]!.rows, [['master']]);
  } finally {
    await node.dispose();
  }
});

test('RPC call of a T-SQL procedure returns OUTPUT values', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE PROCEDURE twice @x int, @y int OUTPUT AS BEGIN SET @y = @x * 2; RETURN 5 END');
    const { RecordingSink } = await import('../helpers');
    const sink = new RecordingSink();
    await s.executeRpc({ procedure: 'dbo.twice', params: [
      { name: '@x', type: { kind: 'int' }, value: 21, output: false, useDefault: false },
      { name: '@y', type: { kind: 'int' }, value: null, output: true, useDefault: false },
    ] }, sink, new AbortController().signal);
    const out = sink.events.find((e) => e.kind === 'output');
    assert.ok(out && out.kind === 'output' && out.value === 42);
    assert.ok(sink.events.some((e) => e.kind === 'status' && e.value === 5));
  } finally {
    await node.dispose();
  }
});
