import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSession, run } from './helpers';

function firstError(sink: Awaited<ReturnType<typeof run>>): { number: number; severity: number; state: number; line: number } {
  const e = sink.errors[0];
  assert.ok(e, 'an error was reported');
  return { number: e.number, severity: e.severity, state: e.state, line: e.lineNumber };
}

test('BREAK / CONTINUE outside WHILE: 135 / 136 at compile time, and the session survives', async () => {
  const s = await openSession();
  let sink = await run(s, "PRINT 'never';\nBREAK;");
  assert.deepEqual(firstError(sink), { number: 135, severity: 15, state: 1, line: 2 });
  assert.equal(sink.messages.length, 1);
  sink = await run(s, 'IF 1 = 1 CONTINUE;');
  assert.deepEqual(firstError(sink), { number: 136, severity: 15, state: 1, line: 1 });
  sink = await run(s, 'SELECT 1 AS after_break');
  assert.deepEqual(sink.resultSets[0]!.rows, [[1]]);
});

test('BREAK inside WHILE inside IF is fine', async () => {
  const s = await openSession();
  const sink = await run(s, 'DECLARE @i int = 0;\nWHILE 1 = 1 BEGIN IF @i > 2 BREAK; SET @i += 1; END\nSELECT @i');
  assert.equal(sink.errors.length, 0);
  assert.deepEqual(sink.resultSets[0]!.rows, [[3]]);
});

test('RETURN with a value outside a procedure: 178, nothing of the batch runs', async () => {
  const s = await openSession();
  const sink = await run(s, "PRINT 'before';\nRETURN 5;");
  assert.deepEqual(sink.messages.map((m) => [m.number, m.lineNumber]), [[178, 2]]);
});

test('undeclared variable: 137 state 2 before anything runs; declared later in the text does not count', async () => {
  const s = await openSession();
  let sink = await run(s, "PRINT 'not run';\nSELECT @nope + 1;");
  assert.deepEqual(sink.messages.map((m) => [m.number, m.state, m.lineNumber]), [[137, 2, 2]]);
  assert.equal(sink.messages[0]!.message, 'Must declare the scalar variable "@nope".');
  sink = await run(s, 'SET @x = 1;\nDECLARE @x int;');
  assert.deepEqual(firstError(sink), { number: 137, severity: 15, state: 2, line: 1 });
  sink = await run(s, 'DECLARE @t int = 1;\nIF @t = 1 BEGIN DECLARE @u int = @t; SELECT @u; END');
  assert.equal(sink.errors.length, 0);
});

test('dynamic SQL compiles on its own: 137 fails only the EXEC, parameters of sp_executesql are declared', async () => {
  const s = await openSession();
  let sink = await run(s, "DECLARE @v int = 1;\nEXEC ('SELECT @v AS v');\nPRINT 'continues';");
  assert.deepEqual(firstError(sink), { number: 137, severity: 15, state: 2, line: 1 });
  assert.equal(sink.messages[1]!.message, 'continues');
  sink = await run(s, "EXEC sp_executesql N'SELECT @p + 1', N'@p int', 41;");
  assert.equal(sink.errors.length, 0);
  assert.deepEqual(sink.resultSets[0]!.rows, [[42]]);
});

test('procedure bodies see their parameters; RETURN n is allowed there', async () => {
  const s = await openSession();
  const sink = await run(s, 'CREATE PROCEDURE dbo.cc_p @a int AS\nBEGIN\n  IF @a > 1 RETURN 2;\n  SELECT @b;\nEND');
  assert.deepEqual(firstError(sink), { number: 137, severity: 15, state: 2, line: 4 });
});

test('SET options changed in dynamic SQL are restored when it ends', async () => {
  const s = await openSession();
  const sink = await run(s, "EXEC ('SET NOCOUNT ON; SELECT @@OPTIONS & 512');\nSELECT @@OPTIONS & 512;\nEXEC sp_executesql N'SET XACT_ABORT ON';\nSELECT @@OPTIONS & 16384");
  assert.deepEqual(sink.resultSets.map((r) => r.rows[0]![0]), [512, 0, 0]);
});

test('@@NESTLEVEL: EXEC(...) is one level, sp_executesql two', async () => {
  const s = await openSession();
  const sink = await run(s, "EXEC ('SELECT @@NESTLEVEL');\nEXEC sp_executesql N'SELECT @@NESTLEVEL';");
  assert.deepEqual(sink.resultSets.map((r) => r.rows[0]![0]), [1, 2]);
});

test('an undeclared table variable is 1087 state 2', async () => {
  const s = await openSession();
  const sink = await run(s, 'SELECT * FROM @t;');
  assert.deepEqual(firstError(sink), { number: 1087, severity: 15, state: 2, line: 1 });
  assert.equal(sink.errors[0]!.message, 'Must declare the table variable "@t".');
});

test('208 aborts its scope only: dynamic SQL ends, the calling batch goes on; at batch level the batch ends', async () => {
  const s = await openSession();
  let sink = await run(s, "EXEC ('SELECT * FROM dbo.no_such_table; PRINT ''not reached''');\nPRINT 'after';\nSELECT @@ERROR;");
  assert.deepEqual(sink.messages.map((m) => [m.number, m.message]), [[208, "Invalid object name 'dbo.no_such_table'."], [0, 'after']]);
  sink = await run(s, "SELECT * FROM dbo.no_such_table;\nPRINT 'not reached';");
  assert.deepEqual(sink.messages.map((m) => m.number), [208]);
});

test('a cached verdict reports the same errors each time the batch is sent', async () => {
  const s = await openSession();
  for (let i = 0; i < 2; i++) {
    const sink = await run(s, "PRINT 'x';\nSELECT @undeclared_again;");
    assert.deepEqual(sink.messages.map((m) => [m.number, m.state, m.lineNumber, m.message]), [[137, 2, 2, 'Must declare the scalar variable "@undeclared_again".']]);
  }
});

test('a cached verdict for the same sp_executesql text depends on the declared parameters', async () => {
  const s = await openSession();
  const ok = "EXEC sp_executesql N'SELECT @a + @b', N'@a int, @b int', 1, 2;";
  const missing = "EXEC sp_executesql N'SELECT @a + @b', N'@A int', 1;";
  for (let i = 0; i < 2; i++) {
    let sink = await run(s, ok);
    assert.equal(sink.errors.length, 0);
    assert.deepEqual(sink.resultSets[0]!.rows, [[3]]);
    sink = await run(s, missing);
    assert.deepEqual(sink.errors.map((m) => [m.number, m.state, m.message]), [[137, 2, 'Must declare the scalar variable "@b".']]);
    sink = await run(s, "EXEC sp_executesql N'SELECT @a + @b', N'@B int, @A int', 5, 6;");
    assert.deepEqual(sink.resultSets[0]!.rows, [[11]]);
  }
});

test('TRY does not catch 208 of its own scope; a TRY of the calling scope does', async () => {
  const s = await openSession();
  let sink = await run(s, "BEGIN TRY\n  SELECT * FROM dbo.nope;\nEND TRY\nBEGIN CATCH\n  PRINT 'caught';\nEND CATCH;\nPRINT 'after';");
  assert.deepEqual(sink.messages.map((m) => [m.number, m.lineNumber]), [[208, 2]]);
  sink = await run(s, "BEGIN TRY\n  EXEC ('SELECT * FROM dbo.nope');\n  PRINT 'not here';\nEND TRY\nBEGIN CATCH\n  PRINT 'caught ' + CAST(ERROR_NUMBER() AS varchar(10));\nEND CATCH;");
  assert.deepEqual(sink.messages.map((m) => m.message), ['caught 208']);
  sink = await run(s, "BEGIN TRY\n  EXEC ('BEGIN TRY SELECT * FROM dbo.nope; END TRY BEGIN CATCH PRINT ''inner''; END CATCH');\nEND TRY\nBEGIN CATCH\n  PRINT 'outer';\nEND CATCH;");
  assert.deepEqual(sink.messages.map((m) => m.message), ['outer']);
});
