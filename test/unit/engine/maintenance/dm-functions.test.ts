// sys.dm_db_index_physical_stats and sys.dm_os_volume_stats over a real engine and store.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorsOf, ok, openSecurityNode, type SecurityNode } from '../security/harness';

describe('maintenance DMFs', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), "CREATE DATABASE dmf; CREATE LOGIN plain WITH PASSWORD = 'Str0ng!pass'");
    await ok(node.sa('dmf'), `CREATE USER plain FOR LOGIN plain;
      CREATE TABLE dbo.t (id int NOT NULL PRIMARY KEY, v nvarchar(200));
      CREATE INDEX ix_v ON dbo.t (v);
      CREATE TABLE dbo.h (a int);
      DECLARE @i int = 0; WHILE @i < 500 BEGIN INSERT INTO dbo.t VALUES (@i, REPLICATE(N'v', 100)); SET @i += 1; END;`);
  });
  after(async () => { await node.dispose(); });

  test('dm_db_index_physical_stats: one row per index with real page counts', async () => {
    const set = (await ok(node.sa('dmf'), `SELECT OBJECT_NAME(object_id) AS t, index_id, index_type_desc, page_count, index_depth,
        record_count, avg_fragmentation_in_percent
      FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') ORDER BY t, index_id`)).resultSets[0]!;
    const rows = set.rows.map((r) => [r[0], r[1], r[2]]);
    assert.deepEqual(rows, [['h', 0, 'HEAP'], ['t', 1, 'CLUSTERED INDEX'], ['t', 2, 'NONCLUSTERED INDEX']]);
    const t = set.rows[1]!;
    assert.ok(Number(t[3]) > 10, `page_count ${String(t[3])}`);
    assert.ok(Number(t[4]) >= 2);
    assert.equal(t[5], null, 'LIMITED leaves record_count NULL');
    const detailed = (await ok(node.sa('dmf'), `SELECT record_count FROM sys.dm_db_index_physical_stats(DB_ID(), OBJECT_ID('dbo.t'), 1, NULL, 'DETAILED')`)).resultSets[0]!;
    assert.deepEqual(detailed.rows, [[500n]]);
    const none = (await ok(await node.as('plain', 'Str0ng!pass', 'dmf'), 'SELECT COUNT(*) FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, NULL)')).resultSets[0]!;
    assert.deepEqual(none.rows, [[0]]);
    assert.deepEqual(await errorsOf(node.sa('dmf'), 'SELECT * FROM sys.dm_db_index_physical_stats(DB_ID(), NULL)'), [313]);
  });

  test('dm_os_volume_stats: the file system of the database file', async () => {
    const set = (await ok(node.sa('dmf'), `SELECT database_id, file_id, volume_mount_point, total_bytes, available_bytes
      FROM sys.dm_os_volume_stats(DB_ID(), 1)`)).resultSets[0]!;
    assert.equal(set.rows.length, 1);
    const [, fileId, mount, total, avail] = set.rows[0]!;
    assert.equal(fileId, 1);
    assert.ok(String(mount).startsWith('/'));
    assert.ok(BigInt(total as bigint) >= BigInt(avail as bigint) && BigInt(avail as bigint) > 0n);
  });
});
