// The catalog procedures: result set shapes and rows over a small database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ok, openSecurityNode, run, type SecurityNode } from '../security/harness';

describe('catalog procedures', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), 'CREATE DATABASE shop');
    await ok(node.sa('shop'), `CREATE TABLE dbo.items (id int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_items PRIMARY KEY,
        name nvarchar(50) NOT NULL, price decimal(10, 2) NULL CONSTRAINT df_price DEFAULT (0));
      EXEC('CREATE VIEW dbo.cheap AS
SELECT id, name
FROM dbo.items WHERE price < 5');`);
  });
  after(async () => { await node.dispose(); });

  test('sp_help without a name lists objects, then user types', async () => {
    const r = await ok(node.sa('shop'), 'EXEC sp_help');
    assert.equal(r.resultSets.length, 2);
    assert.deepEqual(r.resultSets[0]!.columns.map((c) => c.name), ['Name', 'Owner', 'Object_type']);
    assert.deepEqual(r.resultSets[0]!.rows, [['cheap', 'dbo', 'view'], ['items', 'dbo', 'user table'],
      ['pk_items', 'dbo', 'primary key cns'], ['df_price', 'dbo', 'default (maybe cns)']]);
    assert.deepEqual(r.resultSets[1]!.columns.map((c) => c.name),
      ['User_type', 'Storage_type', 'Length', 'Prec', 'Scale', 'Nullable', 'Default_name', 'Rule_name', 'Collation']);
  });

  test('sp_help table: object, columns, identity, rowguidcol, filegroup, indexes, constraints', async () => {
    const r = await ok(node.sa('shop'), "EXEC sp_help 'dbo.items'");
    const sets = r.resultSets;
    assert.deepEqual(sets.map((s) => s.columns[0]!.name),
      ['Name', 'Column_name', 'Identity', 'RowGuidCol', 'Data_located_on_filegroup', 'index_name', 'constraint_type']);
    assert.deepEqual(sets[0]!.rows.map((x) => x.slice(0, 3)), [['items', 'dbo', 'user table']]);
    assert.deepEqual(sets[1]!.rows, [
      ['id', 'int', 'no', 4, '   10', '    0', 'no', '(n/a)', '(n/a)', null],
      ['name', 'nvarchar', 'no', 100, '     ', '     ', 'no', 'no', 'no', 'SQL_Latin1_General_CP1_CI_AS'],
      ['price', 'decimal', 'no', 9, '   10', '    2', 'yes', '(n/a)', '(n/a)', null],
    ]);
    assert.equal(sets[2]!.rows[0]![0], 'id');
    assert.deepEqual(sets[3]!.rows, [['No rowguidcol column defined.']]);
    assert.deepEqual(sets[4]!.rows, [['PRIMARY']]);
    assert.deepEqual(sets[5]!.rows, [['pk_items', 'clustered, unique, primary key located on PRIMARY', 'id']]);
    assert.deepEqual(sets[6]!.rows.map((x) => [x[0], x[1], x[6]]),
      [['DEFAULT', 'df_price', null], ['PRIMARY KEY (clustered)', 'pk_items', 'id']]);
    assert.deepEqual(r.messages.map((m) => m.number), [15470]);
  });

  test('sp_help of a TypeScript procedure: its row, from sys.all_objects (a system one) or msdb\'s sys.objects', async () => {
    const who = await ok(node.sa('shop'), "EXEC sp_help 'sp_who'");
    assert.deepEqual(who.resultSets[0]!.rows.map((x) => x.slice(0, 3)), [['sp_who', 'sys', 'stored procedure']]);
    const job = await ok(node.sa('msdb'), "EXEC sp_help 'sp_add_job'");
    assert.deepEqual(job.resultSets[0]!.rows.map((x) => x.slice(0, 3)), [['sp_add_job', 'dbo', 'stored procedure']]);
  });

  test('sp_help of an unknown object: 15009', async () => {
    const r = await run(node.sa('shop'), "EXEC sp_help 'nothing'");
    assert.deepEqual(r.errors.map((e) => [e.number, e.message]),
      [[15009, "The object 'nothing' does not exist in database 'shop' or is invalid for this operation."]]);
  });

  test('sp_helptext: one row per line; 15197 for a table', async () => {
    const r = await ok(node.sa('shop'), "EXEC sp_helptext 'dbo.cheap'");
    assert.deepEqual(r.resultSets[0]!.columns.map((c) => [c.name, c.type]), [['Text', { kind: 'nvarchar', length: 255 }]]);
    assert.deepEqual(r.resultSets[0]!.rows, [['CREATE VIEW dbo.cheap AS\n'], ['SELECT id, name\n'], ['FROM dbo.items WHERE price < 5']]);
    const t = await run(node.sa('shop'), "EXEC sp_helptext 'dbo.items'");
    assert.deepEqual(t.errors.map((e) => [e.number, e.message]), [[15197, "There is no text for object 'dbo.items'."]]);
  });

  test('sp_tables and sp_columns', async () => {
    const t = await ok(node.sa('shop'), 'EXEC sp_tables');
    assert.deepEqual(t.resultSets[0]!.columns.map((c) => c.name), ['TABLE_QUALIFIER', 'TABLE_OWNER', 'TABLE_NAME', 'TABLE_TYPE', 'REMARKS']);
    assert.deepEqual(t.resultSets[0]!.rows, [['shop', 'dbo', 'items', 'TABLE', null], ['shop', 'dbo', 'cheap', 'VIEW', null]]);
    const v = await ok(node.sa('shop'), "EXEC sp_tables @table_type = \"'VIEW'\"");
    assert.deepEqual(v.resultSets[0]!.rows.map((x) => x[2]), ['cheap']);
    const c = await ok(node.sa('shop'), "EXEC sp_columns @table_name = 'items'");
    assert.deepEqual(c.resultSets[0]!.columns.map((x) => x.name), ['TABLE_QUALIFIER', 'TABLE_OWNER', 'TABLE_NAME', 'COLUMN_NAME',
      'DATA_TYPE', 'TYPE_NAME', 'PRECISION', 'LENGTH', 'SCALE', 'RADIX', 'NULLABLE', 'REMARKS', 'COLUMN_DEF', 'SQL_DATA_TYPE',
      'SQL_DATETIME_SUB', 'CHAR_OCTET_LENGTH', 'ORDINAL_POSITION', 'IS_NULLABLE', 'SS_DATA_TYPE']);
    assert.deepEqual(c.resultSets[0]!.rows.map((x) => [x[3], x[4], x[5], x[6], x[7], x[8], x[10], x[12], x[16]]), [
      ['id', 4, 'int identity', 10, 4, 0, 0, null, 1],
      ['name', -9, 'nvarchar', 50, 100, null, 0, null, 2],
      ['price', 3, 'decimal', 10, 12, 2, 1, '((0))', 3],
    ]);
  });

  test('sp_databases, sp_helpdb, sp_who', async () => {
    const d = await ok(node.sa(), 'EXEC sp_databases');
    assert.deepEqual(d.resultSets[0]!.columns.map((c) => c.name), ['DATABASE_NAME', 'DATABASE_SIZE', 'REMARKS']);
    assert.deepEqual(d.resultSets[0]!.rows.map((x) => x[0]), ['master', 'model', 'msdb', 'shop', 'tempdb']);
    const h = await ok(node.sa(), "EXEC sp_helpdb 'shop'");
    assert.deepEqual(h.resultSets[0]!.columns.map((c) => c.name), ['name', 'db_size', 'owner', 'dbid', 'created', 'status', 'compatibility_level']);
    assert.deepEqual(h.resultSets[0]!.rows.map((x) => [x[0], x[2], x[3], x[6]]), [['shop', 'sa', 5, 160]]);
    const missing = await run(node.sa(), "EXEC sp_helpdb 'nope'");
    assert.deepEqual(missing.errors.map((e) => e.number), [15010]);
    const w = await ok(node.sa(), 'EXEC sp_who');
    assert.deepEqual(w.resultSets[0]!.columns.map((c) => c.name), ['spid', 'ecid', 'status', 'loginame', 'hostname', 'blk', 'dbname', 'cmd', 'request_id']);
    assert.ok(w.resultSets[0]!.rows.length >= 1);
    assert.equal(String(w.resultSets[0]!.rows[0]![3]).trim(), 'sa');
  });

  test('sp_helpuser: users with their roles and logins; 15008 for an unknown user', async () => {
    const sa = node.sa('shop');
    await ok(sa, "CREATE LOGIN shopper WITH PASSWORD = 'Str0ng!pass'; CREATE USER shopper; CREATE ROLE buyers; ALTER ROLE buyers ADD MEMBER shopper");
    const r = await ok(sa, 'EXEC sp_helpuser');
    assert.deepEqual(r.resultSets[0]!.columns.map((c) => c.name), ['UserName', 'RoleName', 'LoginName', 'DefDBName', 'DefSchemaName', 'UserID', 'SID']);
    assert.deepEqual(r.resultSets[0]!.rows.map((x) => [x[0], x[1], x[2], x[3], x[4], x[5]]), [
      ['dbo', 'db_owner', 'sa', 'master', 'dbo', 1],
      ['guest', 'public', null, null, 'guest', 2],
      ['INFORMATION_SCHEMA', 'public', null, null, null, 3],
      ['shopper', 'buyers', 'shopper', 'master', 'dbo', 5],
      ['sys', 'public', null, null, null, 4],
    ]);
    const missing = await run(sa, "EXEC sp_helpuser 'nobody'");
    assert.deepEqual(missing.errors.map((e) => [e.number, e.message]), [[15008, "User 'nobody' does not exist in the current database."]]);
  });
});
