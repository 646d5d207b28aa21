import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import type { SqlError } from '../../../src/errors/sql-error';
import { createTable, findTable, listColumns, nextIdentity, openNodeStore } from '../../../src/store';
import { freshNode } from './fresh-node';

const W = { lockTimeoutMs: 1000 };

test('createTable records SQL Server types that survive a restart', async () => {
  const node = await freshNode();
  const s = node.store.openSession({ database: 'msdb' });
  const t = await createTable(s, 'msdb', {
    schema: 'dbo', name: 'sysjobs',
    columns: [
      { name: 'job_id', type: { kind: 'uniqueidentifier' }, nullable: false },
      { name: 'name', type: { kind: 'nvarchar', length: 128 }, nullable: false },
      { name: 'seq', type: { kind: 'int' }, nullable: false, identity: { seed: 1n, increment: 1n } },
      { name: 'date_created', type: { kind: 'datetime' }, nullable: false, defaultDefinition: '(getdate())' },
    ],
    primaryKey: { columns: ['name'] },
  }, W);
  assert.equal(t.sqliteName, '"msdb"."dbo.sysjobs"');
  assert.equal(t.objectId, 1_000_000);
  await assert.rejects(createTable(s, 'msdb', { schema: 'DBO', name: 'SYSJOBS', columns: [] }, W), (e: SqlError) => e.number === 2714);
  await assert.rejects(createTable(s, 'msdb', { schema: 'nope', name: 'x', columns: [] }, W), (e: SqlError) => e.number === 2760);
  await assert.rejects(createTable(s, 'msdb', {
    schema: 'dbo', name: 'dup', columns: [{ name: 'a', type: { kind: 'int' }, nullable: true }, { name: 'A', type: { kind: 'int' }, nullable: true }],
  }, W), (e: SqlError) => e.number === 2705);
  assert.equal(s.inTransaction, false);

  assert.equal(nextIdentity(s, 'msdb', t.objectId), 1n);
  assert.equal(nextIdentity(s, 'msdb', t.objectId), 2n);
  await s.withWriteLock(() => s.run(`INSERT INTO ${t.sqliteName} (job_id, name, seq, date_created) VALUES (?, ?, ?, ?)`,
    ['6F9619FF-8B86-D011-B42D-00C04FC964FF', 'job', 1, 0]), W);
  await assert.rejects(s.withWriteLock(() => s.run(`INSERT INTO ${t.sqliteName} (job_id, name, seq, date_created) VALUES (?, ?, ?, ?)`,
    ['7F9619FF-8B86-D011-B42D-00C04FC964FF', 'JOB ', 2, 0]), W), /UNIQUE/, 'a string key compares under CI_AS');
  await node.store.close();

  const { store } = await openNodeStore(node.dir, {});
  const s2 = store.openSession({ database: 'master' });
  const found = findTable(s2, 'msdb', 'DBO', 'SysJobs');
  assert.equal(found?.objectId, t.objectId);
  assert.equal(found?.name, 'sysjobs');
  const cols = listColumns(s2, 'msdb', t.objectId);
  assert.deepEqual(cols.map((c) => [c.name, c.type, c.nullable]), [
    ['job_id', { kind: 'uniqueidentifier' }, false],
    ['name', { kind: 'nvarchar', length: 128 }, false],
    ['seq', { kind: 'int' }, false],
    ['date_created', { kind: 'datetime' }, false],
  ]);
  assert.deepEqual(cols[2]?.identity, { seed: 1n, increment: 1n });
  assert.equal(cols[3]?.defaultDefinition, '(getdate())');
  assert.equal(cols[1]?.collationName, 'SQL_Latin1_General_CP1_CI_AS');
  assert.equal(nextIdentity(s2, 'msdb', t.objectId), 3n);
  assert.equal(findTable(s2, 'msdb', 'dbo', 'nope'), undefined);
  await store.close();
  rmSync(node.dir, { recursive: true, force: true });
});
