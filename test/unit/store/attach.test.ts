import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SqlError } from '../../../src/errors/sql-error';
import { MAX_ATTACHED } from '../../../src/store';
import type { SqliteSessionStorage } from '../../../src/store/session-storage';
import { freshNode } from './fresh-node';

test('cross-database names, USE, LRU detach beyond the ATTACH limit', async () => {
  const node = await freshNode();
  const { store } = node;
  for (let i = 1; i <= 12; i++) await store.createDatabase(`db${i}`);
  const s = store.openSession({ database: 'master' });
  assert.equal(s.sqliteSchema('MSDB'), '"msdb"');
  s.useDatabase('db1');
  assert.equal(s.sqliteSchema('master'), '"master"');
  assert.equal(s.database, 'db1');
  s.exec(`CREATE TABLE ${s.sqliteSchema('db1')}."dbo.t" (x INTEGER)`);
  for (let i = 2; i <= 12; i++) s.ensureAttached([`db${i}`]);
  assert.equal(s.sqliteSchema('db12'), '"db12"');
  assert.equal(s.sqliteSchema('db1'), '"db1"', 'the current database is never detached');
  const ids = (): number[] => (s as SqliteSessionStorage).attachedDatabaseIds().sort((a, b) => a - b);
  assert.equal(ids().length, 10);
  assert.equal(ids().includes(store.getDatabase('db2')?.databaseId ?? -1), false, 'least recently used was detached');
  assert.equal(s.sqliteSchema('db2'), '"db2"', 'attached again on use, outside a transaction');
  const twelve = Array.from({ length: 12 }, (_, i) => `db${i + 1}`);
  assert.throws(() => s.ensureAttached(twelve), (e: SqlError) => e.number === 50000 && /at most 10/.test(e.message));
  assert.equal(MAX_ATTACHED, 10);

  await s.beginTransaction({ lockTimeoutMs: 0 });
  const detached = ['db3', 'db4', 'db5', 'db6', 'db7', 'db8', 'db9', 'db10', 'db11', 'db12', 'msdb', 'master']
    .find((n) => !ids().includes(store.getDatabase(n)?.databaseId ?? -1)) ?? 'none';
  assert.throws(() => s.sqliteSchema(detached), (e: SqlError) => /before the transaction/.test(e.message));
  s.ensureAttached(['db1']);
  s.rollback();
  assert.throws(() => s.ensureAttached(['nope']), (e: SqlError) => e.number === 911);
  await node.dispose();
});

test('a database named main or temp is attached under another alias', async () => {
  const node = await freshNode();
  await node.store.createDatabase('Temp');
  const s = node.store.openSession({ database: 'Temp' });
  assert.match(s.sqliteSchema('temp'), /^"__msxd_db_\d+"$/);
  s.exec(`CREATE TABLE ${s.sqliteSchema('temp')}."dbo.x" (a INTEGER)`);
  s.exec('CREATE TEMP TABLE "dbo.#t" (a INTEGER)');
  assert.equal(s.get<{ n: number }>(`SELECT count(*) AS n FROM ${s.sqliteSchema('temp')}."dbo.x"`)?.n, 0);
  await node.dispose();
});

test('master, msdb and tempdb are attached when a transaction begins, so a transaction begun first can use them', async () => {
  const node = await freshNode();
  await node.store.createDatabase('app');
  const s = node.store.openSession({ database: 'app' });
  const appId = node.store.getDatabase('app')?.databaseId ?? -1;
  const ids = (): number[] => (s as SqliteSessionStorage).attachedDatabaseIds().sort((a, b) => a - b);
  assert.deepEqual(ids(), [appId], 'a login pays for its current database only');
  await s.beginTransaction({ lockTimeoutMs: 0 });
  assert.deepEqual(ids(), [1, 2, 4, appId]);
  assert.equal(s.sqliteSchema('msdb'), '"msdb"', 'no ATTACH needed inside the transaction');
  s.rollback();
  s.close();
  await node.dispose();
});
