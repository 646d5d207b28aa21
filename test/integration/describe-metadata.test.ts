// Metadata discovery over RPC from node-mssql (tedious): sp_describe_first_result_set called as a
// procedure (RPC by name) with @tsql/@params/@browse_information_mode as typed parameters, and a
// SET FMTONLY ON batch sent as a SQL batch; values are SQL Server's documented ones.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sql from 'mssql';
import { nodeForFile } from '../helpers/node-fixture';

const node = nodeForFile({ name: 'MSXDDESCRIBE' });
let pool: sql.ConnectionPool;

before(async () => {
  const n = await node.ready();
  pool = new sql.ConnectionPool({
    server: n.host, port: n.port, user: 'sa', password: n.saPassword,
    connectionTimeout: 10_000, requestTimeout: 30_000, pool: { max: 2, min: 0, idleTimeoutMillis: 10_000 },
    options: { encrypt: false, trustServerCertificate: true },
  });
  await pool.connect();
  await pool.request().batch(
    "IF OBJECT_ID('dbo.dm_t') IS NOT NULL DROP TABLE dbo.dm_t;"
    + ' CREATE TABLE dbo.dm_t (id int IDENTITY PRIMARY KEY, label varchar(10) NOT NULL, at datetime2(3) NULL);'
    + " INSERT INTO dbo.dm_t (label, at) VALUES ('x', '2024-05-06 07:08:09.123');",
  );
});

after(async () => {
  await pool?.close();
});

describe('sp_describe_first_result_set over RPC', () => {
  test('one row per column with SQL Server\'s 39 columns', async () => {
    const r = await pool.request()
      .input('tsql', sql.NVarChar(sql.MAX), 'SELECT id, label, at, @k AS k FROM dbo.dm_t WHERE id = @k')
      .input('params', sql.NVarChar(sql.MAX), '@k bigint')
      .input('browse_information_mode', sql.TinyInt, 0)
      .execute('sp_describe_first_result_set');
    assert.equal(r.returnValue, 0);
    const set = r.recordset;
    assert.deepEqual(Object.keys(set.columns), [
      'is_hidden', 'column_ordinal', 'name', 'is_nullable', 'system_type_id', 'system_type_name', 'max_length', 'precision', 'scale',
      'collation_name', 'user_type_id', 'user_type_database', 'user_type_schema', 'user_type_name', 'assembly_qualified_type_name',
      'xml_collection_id', 'xml_collection_database', 'xml_collection_schema', 'xml_collection_name', 'is_xml_document',
      'is_case_sensitive', 'is_fixed_length_clr_type', 'source_server', 'source_database', 'source_schema', 'source_table',
      'source_column', 'is_identity_column', 'is_part_of_unique_key', 'is_updateable', 'is_computed_column', 'is_sparse_column_set',
      'ordinal_in_order_by_list', 'order_by_list_length', 'order_by_is_descending', 'tds_type_id', 'tds_length', 'tds_collation_id',
      'tds_collation_sort_id',
    ]);
    const pick = [...set].map((row) => {
      const o = row as Record<string, unknown>;
      return [o['column_ordinal'], o['name'], o['is_nullable'], o['system_type_name'], o['max_length'], o['precision'], o['scale'],
        o['is_identity_column'], o['tds_type_id'], o['tds_length']];
    });
    assert.deepEqual(pick, [
      [1, 'id', false, 'int', 4, 10, 0, true, 56, 4],
      [2, 'label', false, 'varchar(10)', 10, 0, 0, false, 167, 10],
      [3, 'at', true, 'datetime2(3)', 7, 23, 3, false, 42, 7],
      [4, 'k', true, 'bigint', 8, 19, 0, false, 38, 8],
    ]);
  });

  test('a batch without a result set gives an empty result set', async () => {
    const r = await pool.request().input('tsql', sql.NVarChar(100), "UPDATE dbo.dm_t SET label = 'y'").execute('sp_describe_first_result_set');
    assert.equal(r.recordset.length, 0);
    const check = await pool.request().query('SELECT label FROM dbo.dm_t');
    assert.deepEqual([...check.recordset].map((row) => (row as { label: string }).label), ['x']);
  });

  test('@tsql of type varchar is refused with 214', async () => {
    await assert.rejects(
      pool.request().input('tsql', sql.VarChar(50), 'SELECT 1').execute('sp_describe_first_result_set'),
      (e: { number?: number; message?: string }) => e.number === 214 && e.message === "Procedure expects parameter '@tsql' of type 'ntext/nchar/nvarchar'.",
    );
  });
});

describe('SET FMTONLY ON through a batch', () => {
  test('columns of each SELECT, no rows, no count, nothing changed', async () => {
    const r = await pool.request().batch(
      "SET FMTONLY ON; SELECT id, label FROM dbo.dm_t; DELETE FROM dbo.dm_t; SELECT at FROM dbo.dm_t; SET FMTONLY OFF; SELECT COUNT(*) AS n FROM dbo.dm_t;",
    );
    assert.equal(r.recordsets.length, 3);
    const sets = r.recordsets as unknown as sql.IRecordSet<Record<string, unknown>>[];
    assert.deepEqual(Object.keys(sets[0]!.columns), ['id', 'label']);
    assert.equal(sets[0]!.length, 0);
    assert.equal(sets[0]!.columns['label']!.type, sql.VarChar);
    assert.equal(sets[0]!.columns['label']!.length, 10);
    assert.equal(sets[0]!.columns['label']!.nullable, false);
    assert.deepEqual(Object.keys(sets[1]!.columns), ['at']);
    assert.equal(sets[1]!.columns['at']!.scale, 3);
    assert.deepEqual([...sets[2]!], [{ n: 1 }]);
    assert.deepEqual(r.rowsAffected, [1]);
  });
});

describe('sp_prepare with RETURN_METADATA (@options = 1)', () => {
  test('the prepared statement\'s columns come back with no rows, and the handle runs it', async () => {
    const r = await pool.request()
      .output('handle', sql.Int)
      .input('params', sql.NVarChar(sql.MAX), '@k int')
      .input('stmt', sql.NVarChar(sql.MAX), 'SELECT id, label FROM dbo.dm_t WHERE id >= @k')
      .input('options', sql.Int, 1)
      .execute('sp_prepare');
    assert.equal(r.returnValue, 0);
    assert.equal(r.recordsets.length, 1);
    assert.deepEqual(Object.keys(r.recordset.columns), ['id', 'label']);
    assert.equal(r.recordset.columns['label']!.type, sql.VarChar);
    assert.equal(r.recordset.length, 0);
    const handle = r.output['handle'] as number;
    assert.ok(handle > 0);
    const run = await pool.request().input('handle', sql.Int, handle).input('k', sql.Int, 1).execute('sp_execute');
    assert.deepEqual(run.recordset.map((row) => (row as { label: string }).label), ['x']);
  });

  test('without the option, or for a statement with no result set, nothing but the handle', async () => {
    const plain = await pool.request().output('handle', sql.Int).input('params', sql.NVarChar(sql.MAX), '')
      .input('stmt', sql.NVarChar(sql.MAX), 'SELECT id FROM dbo.dm_t').execute('sp_prepare');
    assert.equal(plain.recordsets.length, 0);
    const update = await pool.request().output('handle', sql.Int).input('params', sql.NVarChar(sql.MAX), '')
      .input('stmt', sql.NVarChar(sql.MAX), "UPDATE dbo.dm_t SET label = 'y' WHERE 1 = 0").input('options', sql.Int, 1).execute('sp_prepare');
    assert.equal(update.recordsets.length, 0);
    assert.ok((update.output['handle'] as number) > 0);
  });
});
