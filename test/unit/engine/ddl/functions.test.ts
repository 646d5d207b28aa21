import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, ok, openNode } from './harness';

test('scalar functions: dbo.fn(...) in expressions, loops, recursion, DEFAULT arguments, errors', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `CREATE FUNCTION dbo.fact (@n int)
RETURNS bigint
AS
BEGIN
  IF @n <= 1 RETURN 1
  RETURN @n * dbo.fact(@n - 1)
END`);
    await ok(s, `CREATE FUNCTION dbo.pad (@s varchar(20), @width int = 5)
RETURNS varchar(40)
AS
BEGIN
  DECLARE @out varchar(40) = @s
  WHILE LEN(@out) < @width SET @out = '*' + @out
  SELECT @out = @out + '|'
  RETURN @out
END`);
    // dbo.pad('x', DEFAULT) is valid T-SQL; the parser does not accept DEFAULT as a function argument yet.
    const sink = await ok(s, "SELECT dbo.fact(20), master.dbo.pad('ab', 4), dbo.pad('x', 5)");
    assert.deepEqual(sink.resultSets[0]!.rows, [[2432902008176640000n, '**ab|', '****x|']]);
    assert.equal(sink.resultSets[0]!.columns[0]!.type.kind, 'bigint');
    assert.deepEqual(await errorsOf(s, 'SELECT dbo.nope(1)'), [4121]);
    assert.deepEqual(await errorsOf(s, "SELECT dbo.pad('x')"), [313]);
    assert.deepEqual(await errorsOf(s, "SELECT dbo.pad('x', 1, 2)"), [8144]);
    assert.deepEqual(await errorsOf(s, 'SELECT dbo.fact(40)'), [217]);
    assert.deepEqual(await errorsOf(s, "CREATE FUNCTION dbo.noisy () RETURNS int AS BEGIN PRINT 'x' RETURN 1 END"), [443]);
    await ok(s, 'CREATE OR ALTER FUNCTION dbo.fact (@n int) RETURNS int AS BEGIN RETURN -@n END');
    assert.deepEqual((await ok(s, 'SELECT dbo.fact(3)')).resultSets[0]!.rows, [[-3]]);
    await ok(s, 'DROP FUNCTION dbo.fact');
    assert.deepEqual(await errorsOf(s, 'SELECT dbo.fact(3)'), [4121]);
    const divide = await errorsOf(s, 'CREATE FUNCTION dbo.bad () RETURNS int AS BEGIN RETURN 1/0 END');
    assert.deepEqual(divide, []);
    assert.deepEqual(await errorsOf(s, 'SELECT dbo.bad()'), [8134]);
  } finally {
    await node.dispose();
  }
});

test('userFunctionSignature gives the declared types', async () => {
  const { userFunctionSignature } = await import('../../../../src/engine/routines/user-function');
  const { Frame } = await import('../../../../src/engine/interpreter/frame');
  const { RequestRun } = await import('../../../../src/engine/interpreter/scope');
  const { RecordingSink } = await import('../helpers');
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE FUNCTION dbo.f (@a varchar(10), @b int = 3) RETURNS decimal(10, 2) AS BEGIN RETURN @b END');
    const inner = s as unknown as { state: import('../../../../src/engine/session/session-state').SessionState; engine: import('../../../../src/engine/engine-context').EngineContext };
    const scope = { engine: inner.engine, session: inner.state, run: new RequestRun(new RecordingSink(), new AbortController().signal), frame: new Frame('', 0) };
    assert.deepEqual(userFunctionSignature(scope, { schema: 'dbo', name: 'F' }), {
      returns: { kind: 'decimal', precision: 10, scale: 2 },
      params: [{ name: '@a', type: { kind: 'varchar', length: 10 }, hasDefault: false }, { name: '@b', type: { kind: 'int' }, hasDefault: true }],
    });
  } finally {
    await node.dispose();
  }
});
