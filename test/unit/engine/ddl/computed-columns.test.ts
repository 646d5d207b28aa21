// Computed columns are typed by their expression over the table's columns, as SQL Server does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorsOf, ok, openNode } from './harness';
import { rows } from '../sql/sql-helpers';

test('computed column types follow the expression (CREATE, ALTER ADD, CAST kept)', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, `CREATE TABLE ct (qty int NULL, price decimal(9,2) NOT NULL, name varchar(10) NOT NULL,
      total AS (qty * price), label AS name + 'x', twice AS qty * 2, c AS CAST(qty AS bigint))`);
    await ok(s, 'ALTER TABLE ct ADD half AS price / 2');
    await ok(s, 'INSERT ct (qty, price, name) VALUES (3, 1.50, \'ab\')');
    const sink = await ok(s, 'SELECT total, label, twice, c, half FROM ct');
    assert.deepEqual(sink.resultSets[0]!.columns.map((c) => c.type), [
      { kind: 'decimal', precision: 20, scale: 2 }, { kind: 'varchar', length: 11 }, { kind: 'int' }, { kind: 'bigint' },
      { kind: 'decimal', precision: 13, scale: 6 },
    ]);
    assert.deepEqual(rows(sink), [['4.50', 'abx', 6, 3, '0.750000']]);
    assert.deepEqual(await errorsOf(s, 'CREATE TABLE bad (a int, b AS nope + 1)'), [207]);
  } finally {
    await node.dispose();
  }
});

test('a CHECK added by ALTER TABLE applies to a statement whose translation was cached before', async () => {
  const node = await openNode();
  try {
    const s = await node.session();
    await ok(s, 'CREATE TABLE ck (a int)');
    const insert = 'DECLARE @v int = -1; INSERT ck VALUES (@v)';
    await ok(s, insert);
    await ok(s, 'DELETE ck; ALTER TABLE ck ADD CONSTRAINT ck_pos CHECK (a > 0)');
    assert.deepEqual(await errorsOf(s, insert), [547]);
  } finally {
    await node.dispose();
  }
});
