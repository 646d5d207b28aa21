// The catalog views: SQL Server's column names, types and order, and their rows after DDL.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ResultColumn } from '../../../../src/engine/result-sink';
import { ok, openSecurityNode, rows, run, type SecurityNode } from '../security/harness';

/** 'name:type' of each column, e.g. 'object_id:int', 'name:nvarchar(128)' */
function shape(columns: readonly ResultColumn[]): string[] {
  return columns.map((c) => {
    const t = c.type;
    return `${c.name}:${t.kind}${'length' in t ? `(${t.length})` : ''}`;
  });
}

async function columnsOf(node: SecurityNode, view: string, database = 'master'): Promise<string[]> {
  const r = await run(node.sa(database), `SELECT * FROM ${view} WHERE 1 = 0`);
  assert.deepEqual(r.errors, []);
  return shape(r.resultSets[0]!.columns);
}

describe('catalog views', () => {
  let node: SecurityNode;
  before(async () => {
    node = await openSecurityNode();
    await ok(node.sa(), 'CREATE DATABASE cat');
    await ok(node.sa('cat'), `CREATE TABLE dbo.parent (id int IDENTITY(1, 1) NOT NULL CONSTRAINT pk_parent PRIMARY KEY,
        code varchar(10) NOT NULL CONSTRAINT uq_code UNIQUE, note nvarchar(max) NULL, amount decimal(12, 3) NULL,
        at datetime2(3) NULL CONSTRAINT df_at DEFAULT (sysdatetime()));
      EXEC('CREATE VIEW dbo.parent_codes AS SELECT id, code FROM dbo.parent');
      EXEC('CREATE PROCEDURE dbo.get_parent @id int AS SELECT * FROM dbo.parent WHERE id = @id');`);
  });
  after(async () => { await node.dispose(); });

  test('sys.objects / sys.tables / sys.views / sys.procedures: leading columns and rows', async () => {
    const objectColumns = ['name:nvarchar(128)', 'object_id:int', 'principal_id:int', 'schema_id:int', 'parent_object_id:int',
      'type:char(2)', 'type_desc:nvarchar(60)', 'create_date:datetime', 'modify_date:datetime', 'is_ms_shipped:bit',
      'is_published:bit', 'is_schema_published:bit'];
    assert.deepEqual(await columnsOf(node, 'sys.objects', 'cat'), objectColumns);
    for (const v of ['sys.tables', 'sys.views', 'sys.procedures']) {
      assert.deepEqual((await columnsOf(node, v, 'cat')).slice(0, 12), objectColumns);
    }
    assert.deepEqual((await columnsOf(node, 'sys.tables', 'cat')).slice(12, 15),
      ['lob_data_space_id:int', 'filestream_data_space_id:int', 'max_column_id_used:int']);
    const sa = node.sa('cat');
    assert.deepEqual(await rows(sa, `SELECT o.name, o.type, o.type_desc, OBJECT_NAME(o.parent_object_id), o.is_ms_shipped
      FROM sys.objects o ORDER BY o.name`), [
      ['df_at', 'D ', 'DEFAULT_CONSTRAINT', 'parent', false],
      ['get_parent', 'P ', 'SQL_STORED_PROCEDURE', null, false],
      ['parent', 'U ', 'USER_TABLE', null, false],
      ['parent_codes', 'V ', 'VIEW', null, false],
      ['pk_parent', 'PK', 'PRIMARY_KEY_CONSTRAINT', 'parent', false],
      ['uq_code', 'UQ', 'UNIQUE_CONSTRAINT', 'parent', false],
    ]);
    assert.deepEqual(await rows(sa, 'SELECT name, max_column_id_used FROM sys.tables'), [['parent', 5]]);
    assert.deepEqual(await rows(sa, 'SELECT name, with_check_option FROM sys.views'), [['parent_codes', false]]);
    assert.deepEqual(await rows(sa, "SELECT name, SCHEMA_NAME(schema_id) FROM sys.procedures"), [['get_parent', 'dbo']]);
  });

  test('sys.columns: types, lengths, precision, nullability, identity', async () => {
    assert.deepEqual((await columnsOf(node, 'sys.columns', 'cat')).slice(0, 14), ['object_id:int', 'name:nvarchar(128)',
      'column_id:int', 'system_type_id:tinyint', 'user_type_id:int', 'max_length:smallint', 'precision:tinyint', 'scale:tinyint',
      'collation_name:nvarchar(128)', 'is_nullable:bit', 'is_ansi_padded:bit', 'is_rowguidcol:bit', 'is_identity:bit', 'is_computed:bit']);
    assert.deepEqual(await rows(node.sa('cat'), `SELECT c.name, c.column_id, t.name, c.max_length, c.precision, c.scale, c.is_nullable,
        c.is_identity, c.collation_name
      FROM sys.columns c JOIN sys.types t ON t.user_type_id = c.user_type_id
      WHERE c.object_id = OBJECT_ID('dbo.parent') ORDER BY c.column_id`), [
      ['id', 1, 'int', 4, 10, 0, false, true, null],
      ['code', 2, 'varchar', 10, 0, 0, false, false, 'SQL_Latin1_General_CP1_CI_AS'],
      ['note', 3, 'nvarchar', -1, 0, 0, true, false, 'SQL_Latin1_General_CP1_CI_AS'],
      ['amount', 4, 'decimal', 9, 12, 3, true, false, null],
      ['at', 5, 'datetime2', 7, 23, 3, true, false, null],
    ]);
  });

  test('sys.types lists the system types', async () => {
    assert.deepEqual(await columnsOf(node, 'sys.types'), ['name:nvarchar(128)', 'system_type_id:tinyint', 'user_type_id:int',
      'schema_id:int', 'principal_id:int', 'max_length:smallint', 'precision:tinyint', 'scale:tinyint', 'collation_name:nvarchar(128)',
      'is_nullable:bit', 'is_user_defined:bit', 'is_assembly_type:bit', 'default_object_id:int', 'rule_object_id:int', 'is_table_type:bit']);
    assert.deepEqual(await rows(node.sa(), `SELECT t.name, t.system_type_id, t.user_type_id, t.max_length, t.precision, t.scale
      FROM sys.types t WHERE name IN ('int', 'nvarchar', 'sysname', 'decimal', 'datetime2') ORDER BY name`), [
      ['datetime2', 42, 42, 8, 27, 7], ['decimal', 106, 106, 17, 38, 38], ['int', 56, 56, 4, 10, 0],
      ['nvarchar', 231, 231, 8000, 0, 0], ['sysname', 231, 256, 256, 0, 0]]);
  });

  test('sys.indexes / sys.index_columns: clustered primary key, nonclustered unique constraint, heap', async () => {
    const sa = node.sa('cat');
    await ok(sa, 'CREATE TABLE dbo.heap (x int)');
    assert.deepEqual(await rows(sa, `SELECT OBJECT_NAME(object_id), name, index_id, type, type_desc, is_unique, is_primary_key,
      is_unique_constraint FROM sys.indexes ORDER BY OBJECT_NAME(object_id), index_id`), [
      ['heap', null, 0, 0, 'HEAP', false, false, false],
      ['parent', 'pk_parent', 1, 1, 'CLUSTERED', true, true, false],
      ['parent', 'uq_code', 2, 2, 'NONCLUSTERED', true, false, true],
    ]);
    assert.deepEqual(await rows(sa, `SELECT i.name, ic.index_column_id, COL_NAME(ic.object_id, ic.column_id), ic.key_ordinal, ic.is_descending_key
      FROM sys.index_columns ic JOIN sys.indexes i ON i.object_id = ic.object_id AND i.index_id = ic.index_id ORDER BY i.index_id`),
    [['pk_parent', 1, 'id', 1, false], ['uq_code', 1, 'code', 1, false]]);
    await ok(sa, 'DROP TABLE dbo.heap');
  });

  test('sys.sql_modules holds view and procedure text', async () => {
    assert.deepEqual(await rows(node.sa('cat'), 'SELECT OBJECT_NAME(object_id), definition FROM sys.sql_modules ORDER BY 1'), [
      ['get_parent', 'CREATE PROCEDURE dbo.get_parent @id int AS SELECT * FROM dbo.parent WHERE id = @id'],
      ['parent_codes', 'CREATE VIEW dbo.parent_codes AS SELECT id, code FROM dbo.parent'],
    ]);
  });

  test('sys.schemas and sys.database_principals of a new database', async () => {
    const sa = node.sa('cat');
    assert.deepEqual(await columnsOf(node, 'sys.schemas'), ['name:nvarchar(128)', 'schema_id:int', 'principal_id:int']);
    assert.deepEqual(await rows(sa, 'SELECT name, schema_id, principal_id FROM sys.schemas WHERE schema_id < 16384 ORDER BY schema_id'),
      [['dbo', 1, 1], ['guest', 2, 2], ['INFORMATION_SCHEMA', 3, 3], ['sys', 4, 4]]);
    assert.deepEqual(await rows(sa, "SELECT name, schema_id FROM sys.schemas WHERE name = 'db_datareader'"), [['db_datareader', 16390]]);
    assert.deepEqual((await columnsOf(node, 'sys.database_principals')).slice(0, 10), ['name:nvarchar(128)', 'principal_id:int',
      'type:char(1)', 'type_desc:nvarchar(60)', 'default_schema_name:nvarchar(128)', 'create_date:datetime', 'modify_date:datetime',
      'owning_principal_id:int', 'sid:varbinary(85)', 'is_fixed_role:bit']);
    assert.deepEqual(await rows(sa, 'SELECT name, principal_id, type FROM sys.database_principals WHERE principal_id < 5 ORDER BY principal_id'),
      [['public', 0, 'R'], ['dbo', 1, 'S'], ['guest', 2, 'S'], ['INFORMATION_SCHEMA', 3, 'S'], ['sys', 4, 'S']]);
  });

  test('server views: sys.databases, sys.server_principals, sys.sql_logins, sys.server_role_members', async () => {
    const sa = node.sa();
    assert.deepEqual((await columnsOf(node, 'sys.databases')).slice(0, 8), ['name:nvarchar(128)', 'database_id:int',
      'source_database_id:int', 'owner_sid:varbinary(85)', 'create_date:datetime', 'compatibility_level:tinyint',
      'collation_name:nvarchar(128)', 'user_access:tinyint']);
    assert.deepEqual(await rows(sa, `SELECT name, database_id, state_desc, recovery_model_desc, SUSER_SNAME(owner_sid), collation_name
      FROM sys.databases ORDER BY database_id`), [
      ['master', 1, 'ONLINE', 'FULL', 'sa', 'SQL_Latin1_General_CP1_CI_AS'],
      ['tempdb', 2, 'ONLINE', 'SIMPLE', 'sa', 'SQL_Latin1_General_CP1_CI_AS'],
      ['model', 3, 'ONLINE', 'FULL', 'sa', 'SQL_Latin1_General_CP1_CI_AS'],
      ['msdb', 4, 'ONLINE', 'FULL', 'sa', 'SQL_Latin1_General_CP1_CI_AS'],
      ['cat', 5, 'ONLINE', 'FULL', 'sa', 'SQL_Latin1_General_CP1_CI_AS'],
    ]);
    assert.deepEqual(await columnsOf(node, 'sys.server_principals'), ['name:nvarchar(128)', 'principal_id:int', 'sid:varbinary(85)',
      'type:char(1)', 'type_desc:nvarchar(60)', 'is_disabled:bit', 'create_date:datetime', 'modify_date:datetime',
      'default_database_name:nvarchar(128)', 'default_language_name:nvarchar(128)', 'credential_id:int', 'owning_principal_id:int',
      'is_fixed_role:bit']);
    assert.deepEqual(await rows(sa, 'SELECT name, principal_id, sid, type_desc, is_fixed_role FROM sys.server_principals WHERE principal_id <= 3 ORDER BY principal_id'),
      [['sa', 1, Buffer.from([1]), 'SQL_LOGIN', false], ['public', 2, Buffer.from([2]), 'SERVER_ROLE', true], ['sysadmin', 3, Buffer.from([3]), 'SERVER_ROLE', true]]);
    assert.deepEqual((await columnsOf(node, 'sys.sql_logins')).slice(13), ['is_policy_checked:bit', 'is_expiration_checked:bit', 'password_hash:varbinary(256)']);
    assert.deepEqual(await rows(sa, 'SELECT name, password_hash FROM sys.sql_logins'), [['sa', null]]);
    assert.deepEqual(await rows(sa, 'SELECT role_principal_id, member_principal_id FROM sys.server_role_members'), [[3, 1]]);
  });

  test('availability views exist and are empty', async () => {
    for (const v of ['sys.availability_groups', 'sys.availability_replicas']) {
      const r = await run(node.sa(), `SELECT * FROM ${v}`);
      assert.deepEqual(r.errors, []);
      assert.deepEqual(r.resultSets[0]!.rows, []);
    }
    assert.deepEqual((await columnsOf(node, 'sys.availability_replicas')).slice(0, 4),
      ['replica_id:uniqueidentifier', 'group_id:uniqueidentifier', 'replica_metadata_id:int', 'replica_server_name:nvarchar(256)']);
  });

  test('INFORMATION_SCHEMA.TABLES, COLUMNS, VIEWS, ROUTINES, SCHEMATA', async () => {
    const sa = node.sa('cat');
    assert.deepEqual(await columnsOf(node, 'INFORMATION_SCHEMA.TABLES'), ['TABLE_CATALOG:nvarchar(128)', 'TABLE_SCHEMA:nvarchar(128)',
      'TABLE_NAME:nvarchar(128)', 'TABLE_TYPE:varchar(10)']);
    assert.deepEqual(await rows(sa, 'SELECT * FROM INFORMATION_SCHEMA.TABLES'),
      [['cat', 'dbo', 'parent', 'BASE TABLE'], ['cat', 'dbo', 'parent_codes', 'VIEW']]);
    assert.deepEqual(await rows(sa, `SELECT COLUMN_NAME, ORDINAL_POSITION, COLUMN_DEFAULT, IS_NULLABLE, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
        CHARACTER_OCTET_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, CHARACTER_SET_NAME, COLLATION_NAME
      FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'parent' ORDER BY ORDINAL_POSITION`), [
      ['id', 1, null, 'NO', 'int', null, null, 10, 0, null, null, null],
      ['code', 2, null, 'NO', 'varchar', 10, 10, null, null, null, 'iso_1', 'SQL_Latin1_General_CP1_CI_AS'],
      ['note', 3, null, 'YES', 'nvarchar', -1, -1, null, null, null, 'UNICODE', 'SQL_Latin1_General_CP1_CI_AS'],
      ['amount', 4, null, 'YES', 'decimal', null, null, 12, 3, null, null, null],
      ['at', 5, '(sysdatetime())', 'YES', 'datetime2', null, null, null, null, 3, null, null],
    ]);
    assert.deepEqual(await rows(sa, 'SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, IS_UPDATABLE FROM INFORMATION_SCHEMA.VIEWS'),
      [['parent_codes', 'CREATE VIEW dbo.parent_codes AS SELECT id, code FROM dbo.parent', 'NONE', 'NO']]);
    assert.deepEqual(await rows(sa, 'SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_BODY FROM INFORMATION_SCHEMA.ROUTINES'),
      [['dbo', 'get_parent', 'PROCEDURE', 'SQL']]);
    assert.deepEqual(await rows(sa, "SELECT CATALOG_NAME, SCHEMA_NAME, SCHEMA_OWNER FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME IN ('dbo', 'sys')"),
      [['cat', 'dbo', 'dbo'], ['cat', 'sys', 'sys']]);
  });

  test('system views are objects: negative ids, sys.all_objects, sys.all_columns', async () => {
    const sa = node.sa('cat');
    const [[id, name, schema, length, shipped]] = await rows(sa, `SELECT OBJECT_ID('sys.credentials'), OBJECT_NAME(OBJECT_ID('sys.credentials')),
      OBJECT_SCHEMA_NAME(OBJECT_ID('INFORMATION_SCHEMA.TABLES')), COL_LENGTH('sys.objects', 'name'), OBJECTPROPERTY(OBJECT_ID('sys.tables'), 'IsMSShipped')`) as [[number, string, string, number, number]];
    assert.ok(id < 0);
    assert.deepEqual([name, schema, length, shipped], ['credentials', 'INFORMATION_SCHEMA', 256, 1]);
    assert.deepEqual(await rows(sa, `SELECT name FROM sys.all_columns WHERE object_id = OBJECT_ID('sys.credentials') ORDER BY column_id`),
      [['credential_id'], ['name'], ['credential_identity'], ['create_date'], ['modify_date'], ['target_type'], ['target_id']]);
    assert.deepEqual(await rows(sa, "SELECT name, type, is_ms_shipped FROM sys.all_objects WHERE name IN ('parent', 'server_principals') ORDER BY name"),
      [['parent', 'U ', false], ['server_principals', 'V ', true]]);
    assert.deepEqual(await rows(sa, "SELECT COUNT(*) FROM sys.system_objects WHERE name = 'parent'"), [[0]]);
  });

  test('a view read from another database: cat.sys.tables from master', async () => {
    assert.deepEqual(await rows(node.sa(), 'SELECT name FROM cat.sys.tables'), [['parent']]);
  });

  test('sys.dm_exec_sessions lists every session of the node for sysadmin', async () => {
    const one = node.sa();
    const two = node.sa('cat');
    const r = await rows(one, 'SELECT session_id, login_name, DB_NAME(database_id), status FROM sys.dm_exec_sessions');
    const spids = r.map((x) => x[0]);
    const twoRow = r.find((x) => x[2] === 'cat' && x[3] === 'sleeping');
    assert.ok(spids.length >= 2);
    assert.ok(twoRow, JSON.stringify(r));
    assert.equal((await rows(two, 'SELECT COUNT(*) FROM sys.dm_exec_connections'))[0]![0], spids.length);
  });
});
