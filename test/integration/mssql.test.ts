// node-mssql 12 (on tedious): ConnectionPool, query() (which is always RPC sp_executesql),
// input/output parameters with execute() of a procedure, and Transaction begin/commit/rollback
// (TM requests) observed through @@TRANCOUNT.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sql from 'mssql';
import { nodeForFile } from '../helpers/node-fixture';

const node = nodeForFile({ name: 'MSXDMSSQL' });
let pool: sql.ConnectionPool;

/** plain row objects (a recordset is an array with extra properties) */
const rows = (set: sql.IRecordSet<unknown>): unknown[] => [...set].map((row) => ({ ...(row as object) }));

before(async () => {
  const n = await node.ready();
  pool = new sql.ConnectionPool({
    server: n.host,
    port: n.port,
    user: 'sa',
    password: n.saPassword,
    connectionTimeout: 10_000,
    requestTimeout: 30_000,
    pool: { max: 4, min: 0, idleTimeoutMillis: 10_000 },
    options: { encrypt: false, trustServerCertificate: true },
  });
  await pool.connect();
});

after(async () => {
  await pool?.close();
});

describe('mssql ConnectionPool', () => {
  test('query() returns typed rows', async () => {
    const r = await pool.request().query("SELECT 1 AS one, N'h\u00e9llo' AS s, CAST(NULL AS int) AS n");
    assert.deepEqual(rows(r.recordset), [{ one: 1, s: 'h\u00e9llo', n: null }]);
  });

  test('several result sets in one query()', async () => {
    const r = await pool.request().query('SELECT 1 AS a; SELECT 2 AS b UNION ALL SELECT 3');
    const sets = r.recordsets as sql.IRecordSet<unknown>[];
    assert.deepEqual(sets.map((set) => rows(set)), [[{ a: 1 }], [{ b: 2 }, { b: 3 }]]);
  });

  test('input parameters of several types', async () => {
    const r = await pool.request()
      .input('i', sql.Int, 41)
      .input('s', sql.NVarChar(50), 'h\u00e9llo')
      .input('b', sql.Bit, true)
      .input('d', sql.Decimal(10, 2), 12.5)
      .query('SELECT @i + 1 AS i, @s + N\'!\' AS s, @b AS b, @d * 2 AS d');
    assert.deepEqual(rows(r.recordset), [{ i: 42, s: 'h\u00e9llo!', b: true, d: 25 }]);
  });

  test('execute() a procedure with input and OUTPUT parameters (sp_executesql)', async () => {
    const r = await pool.request()
      .input('statement', sql.NVarChar(sql.MAX), 'SET @r = @p + 1; SELECT @p AS p')
      .input('params', sql.NVarChar(4000), '@p int, @r int OUTPUT')
      .input('p', sql.Int, 41)
      .output('r', sql.Int)
      .execute('sp_executesql');
    assert.equal(r.output['r'], 42);
    assert.deepEqual(rows(r.recordset), [{ p: 41 }]);
    assert.equal(r.returnValue, 0);
  });

  test('Transaction begin/commit and begin/rollback, @@TRANCOUNT inside and after', async () => {
    const tx = new sql.Transaction(pool);
    await tx.begin();
    const inside = await new sql.Request(tx).query('SELECT @@TRANCOUNT AS tc');
    assert.deepEqual(rows(inside.recordset), [{ tc: 1 }]);
    await tx.commit();

    const tx2 = new sql.Transaction(pool);
    await tx2.begin();
    const nested = await new sql.Request(tx2).query('BEGIN TRAN; SELECT @@TRANCOUNT AS tc; COMMIT');
    assert.deepEqual(rows(nested.recordset), [{ tc: 2 }]);
    await tx2.rollback();

    const afterwards = await pool.request().query('SELECT @@TRANCOUNT AS tc');
    assert.deepEqual(rows(afterwards.recordset), [{ tc: 0 }]);
  });

  test('a rolled-back transaction leaves no trace; a committed one persists', async () => {
    await pool.request().query('CREATE TABLE dbo.mssql_tx (id int NOT NULL, name nvarchar(20) NULL)');
    const tx = new sql.Transaction(pool);
    await tx.begin();
    await new sql.Request(tx).query("INSERT INTO dbo.mssql_tx (id, name) VALUES (1, N'rolled back')");
    await tx.rollback();
    const tx2 = new sql.Transaction(pool);
    await tx2.begin();
    await new sql.Request(tx2).input('name', sql.NVarChar(20), 'kept').query('INSERT INTO dbo.mssql_tx (id, name) VALUES (2, @name)');
    await tx2.commit();
    const r = await pool.request().query('SELECT id, name FROM dbo.mssql_tx ORDER BY id');
    assert.deepEqual(rows(r.recordset), [{ id: 2, name: 'kept' }]);
  });

  test('a SQL error rejects with number, class and line; the pool stays usable', async () => {
    await assert.rejects(pool.request().query("SELECT 1;\nRAISERROR('bad %s', 16, 2, 'thing')"), (err: sql.RequestError) => {
      assert.equal(err.number, 50000);
      assert.equal(err.class, 16);
      assert.equal(err.state, 2);
      assert.equal(err.lineNumber, 2);
      assert.equal(err.message, 'bad thing');
      return true;
    });
    const r = await pool.request().query('SELECT 5 AS five');
    assert.deepEqual(rows(r.recordset), [{ five: 5 }]);
  });

  test('PRINT arrives as an info event, not as a row', async () => {
    const request = pool.request();
    const infos: string[] = [];
    request.on('info', (m: { message: string }) => infos.push(m.message));
    const r = await request.query("PRINT 'hello from print'; SELECT 2 AS two");
    assert.deepEqual(infos, ['hello from print']);
    assert.deepEqual(rows(r.recordset), [{ two: 2 }]);
  });
});
