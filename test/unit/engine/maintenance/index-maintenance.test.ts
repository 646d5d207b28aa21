// UPDATE STATISTICS and ALTER INDEX over a real engine and store: SQLite's statistics appear,
// indexes are rebuilt, SQL Server's errors for unknown names, DISABLE refused, permissions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseBatch } from '../../../../src/tsql/index';
import { printStatement } from '../../../../src/tsql/print/print';
import { errorsOf, ok, openSecurityNode, type SecurityNode } from '../security/harness';

describe('UPDATE STATISTICS / ALTER INDEX', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), "CREATE DATABASE ix; CREATE LOGIN plain WITH PASSWORD = 'Str0ng!pass'");
    await ok(node.sa('ix'), `CREATE USER plain FOR LOGIN plain;
      CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(20));
      CREATE INDEX ix_v ON dbo.t (v);
      INSERT INTO dbo.t VALUES (1, N'a'), (2, N'b'), (3, N'b');`);
  });
  after(async () => { await node.dispose(); });
  let pkName = '';
  before(async () => {
    pkName = String((await ok(node.sa('ix'), "SELECT name FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.t') AND index_id = 1")).resultSets[0]!.rows[0]![0]);
  });

  const statRows = (): number => {
    const s = node.store.openSession({ database: 'ix' });
    try {
      return s.all('SELECT 1 FROM "ix".sqlite_master WHERE name = \'sqlite_stat1\'').length === 0
        ? 0 : s.all('SELECT tbl, idx FROM "ix".sqlite_stat1').length;
    } finally {
      s.close();
    }
  };

  test('UPDATE STATISTICS runs ANALYZE: SQLite keeps statistics for the table\'s indexes', async () => {
    assert.equal(statRows(), 0);
    await ok(node.sa('ix'), 'UPDATE STATISTICS dbo.t WITH FULLSCAN');
    assert.ok(statRows() >= 2, 'sqlite_stat1 has a row per index');
    await ok(node.sa('ix'), 'UPDATE STATISTICS dbo.t (ix_v) WITH SAMPLE 50 PERCENT, NORECOMPUTE');
    await ok(node.sa('ix'), 'UPDATE STATISTICS dbo.t ix_v');
    assert.deepEqual(await errorsOf(node.sa('ix'), 'UPDATE STATISTICS dbo.t nope'), [2767]);
    assert.deepEqual(await errorsOf(node.sa('ix'), 'UPDATE STATISTICS dbo.missing'), [208]);
    assert.deepEqual(await errorsOf(await node.as('plain', 'Str0ng!pass', 'ix'), 'UPDATE STATISTICS dbo.t'), [1088]);
  });

  test('ALTER INDEX REBUILD / REORGANIZE; DISABLE refused; unknown index 7999', async () => {
    await ok(node.sa('ix'), 'ALTER INDEX ALL ON dbo.t REBUILD WITH (ONLINE = ON, FILLFACTOR = 90)');
    await ok(node.sa('ix'), 'ALTER INDEX ix_v ON dbo.t REORGANIZE');
    assert.deepEqual(await errorsOf(node.sa('ix'), 'ALTER INDEX ix_v ON dbo.t DISABLE'), [40517]);
    assert.deepEqual(await errorsOf(node.sa('ix'), 'ALTER INDEX nope ON dbo.t REBUILD'), [7999]);
    assert.deepEqual(await errorsOf(node.sa('ix'), 'ALTER INDEX ALL ON dbo.missing REBUILD'), [1088]);
    const rows = (await ok(node.sa('ix'), "SELECT id FROM dbo.t WHERE v = N'b' ORDER BY id")).resultSets[0]!.rows;
    assert.deepEqual(rows, [[2], [3]]);
  });

  test('sp_updatestats updates every index of every table with SQL Server\'s messages', async () => {
    await ok(node.sa('ix'), 'CREATE TABLE dbo.heap (a int)');
    const sink = await ok(node.sa('ix'), 'EXEC sp_updatestats');
    assert.deepEqual(sink.messages.map((m) => [m.number, m.message]), [
      [15650, 'Updating [dbo].[heap]'],
      [0, '    0 index(es)/statistic(s) have been updated, 0 did not require update.'],
      [0, ' '],
      [15650, 'Updating [dbo].[t]'],
      [15652, `    [${pkName}] has been updated...`],
      [15652, '    [ix_v] has been updated...'],
      [0, '    2 index(es)/statistic(s) have been updated, 0 did not require update.'],
      [0, ' '],
      [15005, 'Statistics for all tables have been updated.'],
    ]);
    await ok(node.sa('ix'), "EXEC sp_updatestats 'resample'");
    assert.deepEqual(await errorsOf(node.sa('ix'), "EXEC sp_updatestats 'bogus'"), [14138]);
    assert.deepEqual(await errorsOf(await node.as('plain', 'Str0ng!pass', 'ix'), 'EXEC sp_updatestats'), [15247]);
  });

  test('the statements print back', () => {
    const [a, b] = parseBatch('UPDATE STATISTICS dbo.t (ix_v) WITH SAMPLE 10 ROWS\nALTER INDEX ALL ON t REBUILD').statements;
    assert.equal(printStatement(a!), 'UPDATE STATISTICS dbo.t (ix_v) WITH SAMPLE 10 ROWS');
    assert.equal(printStatement(b!), 'ALTER INDEX ALL ON t REBUILD');
  });
});
