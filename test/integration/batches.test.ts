// T-SQL batches over tedious execSqlBatch: variables, control flow, TRY/CATCH, RAISERROR, PRINT,
// THROW, several result sets, and the exact number/class/state/line of each error, as SQL Server
// reports them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { batch, close, connect, ok, scalar, type Outcome, type Session } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDBATCH' });
let session: Session;

before(async () => {
  session = await connect(await node.ready());
});
after(async () => {
  if (session !== undefined) await close(session);
});

const values = (o: Outcome): unknown[][][] => o.sets.map((s) => s.rows);
const errorSummary = (o: Outcome): Array<[number, number, number, number, string]> =>
  o.errors.map((e) => [e.number, e.class, e.state, e.lineNumber, e.message]);

describe('variables and control flow', () => {
  test('DECLARE with initialiser, SET, SELECT @var', async () => {
    const o = ok(await batch(session, "DECLARE @a int = 40, @s nvarchar(10);\nSET @a = @a + 2;\nSET @s = N'x' + N'y';\nSELECT @a AS a, @s AS s"));
    assert.deepEqual(o.sets[0]?.columns.map((c) => [c.name, c.sqlType]), [['a', 'int'], ['s', 'nvarchar(10)']]);
    assert.deepEqual(values(o), [[[42, 'xy']]]);
  });

  test('SELECT @var = expression assigns without a result set', async () => {
    const o = ok(await batch(session, 'DECLARE @v int; SELECT @v = 6 * 7; SELECT @v AS v'));
    assert.deepEqual(values(o), [[[42]]]);
  });

  test('IF / ELSE with BEGIN ... END', async () => {
    const o = ok(await batch(session, "DECLARE @x int = 3;\nIF @x > 2\nBEGIN\n  SELECT 'big' AS r;\nEND\nELSE\n  SELECT 'small' AS r;\nIF @x IS NULL SELECT 'null' AS r ELSE SELECT 'not null' AS r"));
    assert.deepEqual(values(o), [[['big']], [['not null']]]);
  });

  test('WHILE with BREAK and CONTINUE', async () => {
    const o = ok(await batch(session, [
      'DECLARE @i int = 0, @sum int = 0;',
      'WHILE @i < 100',
      'BEGIN',
      '  SET @i = @i + 1;',
      '  IF @i % 2 = 0 CONTINUE;',
      '  IF @i > 9 BREAK;',
      '  SET @sum = @sum + @i;',
      'END',
      'SELECT @i AS i, @sum AS total',
    ].join('\n')));
    assert.deepEqual(values(o), [[[11, 25]]]);
  });

  test('CASE, string functions, NULL handling', async () => {
    const o = ok(await batch(session,
      "SELECT CASE WHEN 1 = 1 THEN 'yes' ELSE 'no' END AS c, UPPER('abc') AS u, LEN(N'h\u00e9llo') AS l, ISNULL(NULL, 5) AS i, COALESCE(NULL, NULL, 'z') AS z"));
    assert.deepEqual(values(o), [[['yes', 'ABC', 5, 5, 'z']]]);
  });

  test('several result sets in order, with row counts', async () => {
    const o = ok(await batch(session, "SELECT 1 AS a;\nSELECT 'x' AS b, 2 AS c UNION ALL SELECT 'y', 3;\nSELECT 4 AS d WHERE 1 = 0"));
    assert.deepEqual(o.sets.map((s) => s.columns.map((c) => c.name)), [['a'], ['b', 'c'], ['d']]);
    assert.deepEqual(values(o), [[[1]], [['x', 2], ['y', 3]], []]);
    assert.deepEqual(o.rowCounts, [1, 2, 0]);
  });

  test('SET NOCOUNT ON suppresses the row counts', async () => {
    const o = ok(await batch(session, 'SET NOCOUNT ON; SELECT 1 AS a; SELECT 2 AS b; SET NOCOUNT OFF'));
    assert.deepEqual(values(o), [[[1]], [[2]]]);
    assert.deepEqual(o.rowCounts, []);
  });

  test('@@ROWCOUNT and @@ERROR', async () => {
    const o = ok(await batch(session, 'SELECT 1 UNION ALL SELECT 2; SELECT @@ROWCOUNT AS rc, @@ERROR AS err'));
    assert.deepEqual(o.sets[1]?.rows, [[2, 0]]);
  });
});

describe('messages and errors', () => {
  test('PRINT is an INFO message (number 0, class 0), not a row', async () => {
    const o = ok(await batch(session, "PRINT 'hello';\nPRINT N'h\u00e9llo ' + CAST(42 AS nvarchar(10));"));
    assert.deepEqual(o.infos.map((m) => [m.number, m.class, m.message]), [[0, 0, 'hello'], [0, 0, 'h\u00e9llo 42']]);
    assert.deepEqual(o.sets, []);
  });

  test('RAISERROR with arguments: number 50000, class, state, line, formatted text', async () => {
    const o = await batch(session, "SELECT 1 AS before_error;\n\nRAISERROR('value %d of %s is too big', 16, 3, 42, N'x');\nSELECT 2 AS after_error");
    assert.deepEqual(errorSummary(o), [[50000, 16, 3, 3, 'value 42 of x is too big']]);
    assert.deepEqual(values(o), [[[1]], [[2]]], 'a severity-16 RAISERROR does not abort the batch');
  });

  test('RAISERROR with severity 10 or lower is informational', async () => {
    const o = ok(await batch(session, "RAISERROR('just saying', 10, 1)"));
    assert.deepEqual(o.infos.map((m) => [m.number, m.class, m.state, m.message]), [[50000, 10, 1, 'just saying']]);
  });

  test('THROW with arguments: number, class 16, state, line', async () => {
    const o = await batch(session, "SELECT 1 AS a;\nTHROW 50001, N'custom failure', 7;\nSELECT 2 AS never");
    assert.deepEqual(errorSummary(o), [[50001, 16, 7, 2, 'custom failure']]);
    assert.deepEqual(values(o), [[[1]]], 'THROW aborts the batch');
  });

  test('divide by zero: error 8134, class 16, with its line', async () => {
    const o = await batch(session, 'DECLARE @z int = 0;\nDECLARE @r int;\nSET @r = 1 / @z;');
    assert.deepEqual(errorSummary(o), [[8134, 16, 1, 3, 'Divide by zero error encountered.']]);
  });

  test('unknown table: error 208 names the object', async () => {
    const o = await batch(session, 'SELECT 1;\nSELECT * FROM dbo.no_such_table');
    assert.deepEqual(errorSummary(o).map(([n, c, , l, m]) => [n, c, l, m]), [[208, 16, 2, "Invalid object name 'dbo.no_such_table'."]]);
  });

  test('syntax error: error 102, class 15, nothing of the batch runs', async () => {
    const o = await batch(session, 'SELECT 1 AS a;\nSELECT 2 + ) AS x;\n');
    assert.equal(o.errors[0]?.number, 102);
    assert.equal(o.errors[0]?.class, 15);
    assert.equal(o.errors[0]?.lineNumber, 2);
    assert.equal(o.errors[0]?.message, "Incorrect syntax near ')'.");
    assert.deepEqual(o.sets, [], 'a batch with a syntax error does not run at all');
  });

  test('undeclared variable: error 137', async () => {
    const o = await batch(session, 'SELECT @nope');
    assert.deepEqual(errorSummary(o).map(([n, c, , , m]) => [n, c, m]), [[137, 15, 'Must declare the scalar variable "@nope".']]);
  });

  test('TRY/CATCH: ERROR_NUMBER, ERROR_SEVERITY, ERROR_STATE, ERROR_LINE, ERROR_MESSAGE', async () => {
    const o = ok(await batch(session, [
      'BEGIN TRY',
      '  DECLARE @r int;',
      '  SET @r = 1 / 0;',
      "  SELECT 'not reached' AS r;",
      'END TRY',
      'BEGIN CATCH',
      '  SELECT ERROR_NUMBER() AS n, ERROR_SEVERITY() AS s, ERROR_STATE() AS st, ERROR_LINE() AS l, ERROR_MESSAGE() AS m;',
      'END CATCH',
    ].join('\n')));
    assert.deepEqual(values(o), [[[8134, 16, 1, 3, 'Divide by zero error encountered.']]]);
  });

  test('TRY/CATCH catches RAISERROR and THROW; THROW without arguments re-raises', async () => {
    const caught = ok(await batch(session, "BEGIN TRY RAISERROR('inner %d', 16, 5, 9) END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_MESSAGE(), ERROR_STATE() END CATCH"));
    assert.deepEqual(values(caught), [[[50000, 'inner 9', 5]]]);
    const rethrown = await batch(session, "BEGIN TRY\n  THROW 50010, 'first', 1;\nEND TRY\nBEGIN CATCH\n  THROW;\nEND CATCH");
    assert.deepEqual(errorSummary(rethrown).map(([n, c, st, , m]) => [n, c, st, m]), [[50010, 16, 1, 'first']]);
  });

  test('the session stays usable after every kind of error', async () => {
    assert.equal(scalar(ok(await batch(session, 'SELECT 99'))), 99);
  });
});

describe('transactions in batches', () => {
  test('BEGIN TRAN / COMMIT / ROLLBACK and @@TRANCOUNT', async () => {
    const o = ok(await batch(session, [
      'SELECT @@TRANCOUNT AS t0;',
      'BEGIN TRAN;',
      'SELECT @@TRANCOUNT AS t1;',
      'BEGIN TRANSACTION;',
      'SELECT @@TRANCOUNT AS t2;',
      'COMMIT;',
      'SELECT @@TRANCOUNT AS t3;',
      'ROLLBACK;',
      'SELECT @@TRANCOUNT AS t4;',
    ].join('\n')));
    assert.deepEqual(values(o), [[[0]], [[1]], [[2]], [[1]], [[0]]]);
  });

  test('COMMIT without a transaction: error 3902', async () => {
    const o = await batch(session, 'COMMIT');
    assert.deepEqual(errorSummary(o).map(([n, c, , , m]) => [n, c, m]),
      [[3902, 16, 'The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.']]);
  });
});
