// Metadata functions over a real catalogue: objects, columns, schemas, types, databases, principals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SqlDecimal, SqlVariant } from '../../../../src/types/values';
import { ok, openSecurityNode, rows, run, scalar, type SecurityNode } from '../security/harness';

describe('metadata functions', () => {
  let node: SecurityNode;
  let tableId: number;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), 'CREATE DATABASE meta');
    await ok(node.sa('meta'), `CREATE SCHEMA app;
      CREATE TABLE app.[order list] (id bigint IDENTITY(100, 5) NOT NULL PRIMARY KEY, label nvarchar(40) NULL, qty decimal(9, 2) NOT NULL);
      EXEC('CREATE VIEW app.v_orders AS SELECT id FROM app.[order list]');
      EXEC('CREATE PROCEDURE dbo.p1 AS RETURN 0');`);
    tableId = Number(await scalar(node.sa('meta'), "SELECT OBJECT_ID('app.[order list]')"));
  });
  after(async () => { await node.dispose(); });

  test('OBJECT_ID: one-, two- and three-part names, quoting, type filter, unknown names', async () => {
    const sa = node.sa('meta');
    assert.ok(tableId >= 1_000_000);
    assert.deepEqual(await rows(sa, `SELECT OBJECT_ID('meta.app.[order list]'), OBJECT_ID('[app].[order list]', 'U'),
      OBJECT_ID('app."order list"'), OBJECT_ID('app.[order list]', 'V'), OBJECT_ID('app.nope'), OBJECT_ID('p1'),
      OBJECT_ID('dbo.p1', 'P'), OBJECT_ID('nodb.app.x'), OBJECT_ID(NULL)`),
    [[tableId, tableId, tableId, null, null, Number(await scalar(sa, "SELECT OBJECT_ID('dbo.p1')")), Number(await scalar(sa, "SELECT OBJECT_ID('p1')")), null, null]]);
    assert.equal(await scalar(node.sa(), "SELECT OBJECT_ID('meta.app.[order list]')"), tableId);
    assert.equal(await scalar(node.sa(), "SELECT OBJECT_ID('app.[order list]')"), null);
  });

  test('OBJECT_ID of a #temp table (tempdb..#t)', async () => {
    const sa = node.sa('meta');
    const r = await run(sa, "CREATE TABLE #work (a int); SELECT CASE WHEN OBJECT_ID('tempdb..#work') IS NULL THEN 0 ELSE 1 END, CASE WHEN OBJECT_ID('tempdb..#none') IS NULL THEN 0 ELSE 1 END");
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.resultSets[0]!.rows, [[1, 0]]);
  });

  test('OBJECT_NAME / OBJECT_SCHEMA_NAME with and without a database id', async () => {
    const sa = node.sa('meta');
    assert.deepEqual(await rows(sa, `SELECT OBJECT_NAME(${tableId}), OBJECT_SCHEMA_NAME(${tableId}), OBJECT_NAME(-1)`),
      [['order list', 'app', null]]);
    assert.deepEqual(await rows(node.sa(), `SELECT OBJECT_NAME(${tableId}, DB_ID('meta')), OBJECT_SCHEMA_NAME(${tableId}, DB_ID('meta')), OBJECT_NAME(${tableId})`),
      [['order list', 'app', null]]);
    assert.deepEqual(await rows(sa, 'SELECT name, OBJECT_SCHEMA_NAME(object_id) FROM sys.objects WHERE type IN (\'U\', \'V\') ORDER BY name'),
      [['order list', 'app'], ['v_orders', 'app']]);
  });

  test('OBJECTPROPERTY', async () => {
    const sa = node.sa('meta');
    assert.deepEqual(await rows(sa, `SELECT OBJECTPROPERTY(${tableId}, 'IsTable'), OBJECTPROPERTY(${tableId}, 'IsUserTable'),
      OBJECTPROPERTY(${tableId}, 'IsView'), OBJECTPROPERTY(${tableId}, 'TableHasIdentity'), OBJECTPROPERTY(${tableId}, 'TableHasPrimaryKey'),
      OBJECTPROPERTY(OBJECT_ID('app.v_orders'), 'IsView'), OBJECTPROPERTY(OBJECT_ID('dbo.p1'), 'IsProcedure'),
      OBJECTPROPERTY(${tableId}, 'NoSuchProperty'), OBJECTPROPERTY(-5, 'IsTable'), OBJECTPROPERTY(${tableId}, 'IsMSShipped')`),
    [[1, 1, 0, 1, 1, 1, 1, null, null, 0]]);
  });

  test('COL_LENGTH, COL_NAME, COLUMNPROPERTY, IDENT_SEED/IDENT_INCR', async () => {
    const sa = node.sa('meta');
    assert.deepEqual(await rows(sa, `SELECT COL_LENGTH('app.[order list]', 'label'), COL_LENGTH('app.[order list]', 'id'),
      COL_LENGTH('app.[order list]', 'qty'), COL_LENGTH('app.[order list]', 'nope'), COL_NAME(${tableId}, 2), COL_NAME(${tableId}, 9)`),
    [[80, 8, 5, null, 'label', null]]);
    assert.deepEqual(await rows(sa, `SELECT COLUMNPROPERTY(${tableId}, 'id', 'IsIdentity'), COLUMNPROPERTY(${tableId}, 'label', 'AllowsNull'),
      COLUMNPROPERTY(${tableId}, 'qty', 'Precision'), COLUMNPROPERTY(${tableId}, 'qty', 'Scale'), COLUMNPROPERTY(${tableId}, 'label', 'Precision'),
      COLUMNPROPERTY(${tableId}, 'label', 'ColumnId'), COLUMNPROPERTY(${tableId}, 'nope', 'ColumnId')`),
    [[1, 1, 9, 2, 40, 2, null]]);
    assert.deepEqual(await rows(sa, "SELECT IDENT_SEED('app.[order list]'), IDENT_INCR('app.[order list]'), IDENT_SEED('app.v_orders')"),
      [[new SqlDecimal(100n, 0), new SqlDecimal(5n, 0), null]]);
  });

  test('SCHEMA_NAME, SCHEMA_ID, TYPE_NAME, TYPE_ID', async () => {
    const sa = node.sa('meta');
    assert.deepEqual(await rows(sa, `SELECT SCHEMA_NAME(), SCHEMA_ID(), SCHEMA_ID('app'), SCHEMA_NAME(SCHEMA_ID('app')), SCHEMA_NAME(4),
      SCHEMA_NAME(999), TYPE_ID('int'), TYPE_ID('nvarchar'), TYPE_ID('sysname'), TYPE_NAME(231), TYPE_NAME(256), TYPE_NAME(1), TYPE_ID('nope')`),
    [['dbo', 1, 5, 'app', 'sys', null, 56, 231, 256, 'nvarchar', 'sysname', null, null]]);
  });

  test('DB_ID, DB_NAME, DATABASEPROPERTYEX, HAS_DBACCESS', async () => {
    const sa = node.sa('meta');
    const r = await rows(sa, `SELECT DB_ID(), DB_NAME(), DB_NAME(5), DB_ID('nope'), DATABASEPROPERTYEX('meta', 'Status'),
      DATABASEPROPERTYEX('meta', 'Collation'), DATABASEPROPERTYEX('tempdb', 'Recovery'), DATABASEPROPERTYEX('meta', 'Version'),
      DATABASEPROPERTYEX('nope', 'Status'), HAS_DBACCESS('meta'), HAS_DBACCESS('nope')`);
    const unwrap = (v: unknown) => (v instanceof SqlVariant ? v.value : v);
    assert.deepEqual(r[0]!.map(unwrap), [5, 'meta', 'meta', null, 'ONLINE', 'SQL_Latin1_General_CP1_CI_AS', 'SIMPLE', 957, null, 1, null]);
  });

  test('principal functions for sa', async () => {
    const sa = node.sa('meta');
    assert.deepEqual(await rows(sa, `SELECT USER_NAME(), USER_ID(), USER_ID('guest'), USER_NAME(2), CURRENT_USER, SUSER_NAME(),
      SUSER_ID(), SUSER_ID('nope'), SUSER_SID('sa'), SUSER_SNAME(0x01), SUSER_NAME(3), IS_MEMBER('db_owner'), IS_MEMBER('public'),
      IS_ROLEMEMBER('db_owner', 'dbo'), IS_SRVROLEMEMBER('sysadmin'), IS_SRVROLEMEMBER('sysadmin', 'sa'), IS_SRVROLEMEMBER('serveradmin')`),
    [['dbo', 1, 2, 'guest', 'dbo', 'sa', 1, null, Buffer.from([1]), 'sa', 'sysadmin', 1, 1, 1, 1, 1, 0]]);
  });

  test('HAS_PERMS_BY_NAME for sa', async () => {
    const sa = node.sa('meta');
    assert.deepEqual(await rows(sa, `SELECT HAS_PERMS_BY_NAME(NULL, NULL, 'VIEW SERVER STATE'),
      HAS_PERMS_BY_NAME('meta', 'DATABASE', 'CREATE TABLE'), HAS_PERMS_BY_NAME('app.[order list]', 'OBJECT', 'SELECT'),
      HAS_PERMS_BY_NAME('app.nothing', 'OBJECT', 'SELECT')`),
    [[1, 1, 1, null]]);
  });
});
