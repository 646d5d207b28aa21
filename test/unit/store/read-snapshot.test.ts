// A session keeps its read transaction between statements while nothing commits
// (session-storage.ts snapshotAt): what it reads must stay what an autocommit read would see, the
// snapshot must not keep a checkpoint from emptying the WAL once someone commits, and writes,
// ATTACH and transactions of the session itself must work after a read.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { SqliteSessionStorage } from '../../../src/store/session-storage';
import { count, freshNode, nodeWithTable, T } from './fresh-node';

/** [busy, WAL frames, frames checkpointed] of a TRUNCATE checkpoint from a connection of its own */
function truncateCheckpoint(dir: string): number[] {
  const db = new Database(join(dir, 'msdb.sqlite'), { timeout: 0 });
  try {
    return db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').raw().get() as number[];
  } finally {
    db.close();
  }
}

test('a read sees every commit made before it, whoever made it', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  assert.equal(count(a), 0);
  b.run(`INSERT INTO ${T} (id, v) VALUES (1, 'x')`);
  assert.equal(count(a), 1, 'autocommit write of another session');
  await b.beginTransaction({ lockTimeoutMs: 0 });
  b.run(`INSERT INTO ${T} (id, v) VALUES (2, 'y')`);
  assert.equal(count(a), 1, 'uncommitted write of another session');
  b.commit();
  assert.equal(count(a), 2, 'committed transaction of another session');
  await b.withWriteLock(() => b.run(`DELETE FROM ${T} WHERE id = 1`), { lockTimeoutMs: 0 });
  assert.equal(count(a), 1, 'a write under the write lock');
  a.close();
  b.close();
  await node.dispose();
});

test('a held read snapshot ends at the next commit of the node, so a checkpoint can empty the WAL', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  b.run(`INSERT INTO ${T} (id, v) VALUES (1, 'x')`);
  assert.equal(count(a), 1);
  // a's read transaction is still open: the WAL cannot be reset under it
  assert.equal(truncateCheckpoint(node.dir)[0], 1, 'the read snapshot is held after the statement');
  b.run(`INSERT INTO ${T} (id, v) VALUES (2, 'y')`);
  const [busy, frames] = truncateCheckpoint(node.dir);
  assert.equal(busy, 0, 'the commit ended the idle session\'s snapshot');
  assert.equal(frames, 0, 'the WAL was emptied');
  assert.equal(count(a), 2);
  a.close();
  assert.equal(truncateCheckpoint(node.dir)[0], 0, 'closing the session ends its snapshot');
  b.close();
  await node.dispose();
});

test('after a read the session is not in a transaction, and can write, attach and begin one', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' }) as SqliteSessionStorage;
  assert.equal(count(a), 0);
  assert.equal(a.inTransaction, false);
  a.run(`INSERT INTO ${T} (id, v) VALUES (1, 'x')`);
  assert.equal(a.inTransaction, false, 'an autocommit write commits');
  assert.equal(count(a), 1);
  a.useDatabase('master');
  assert.ok(a.attachedDatabaseIds().includes(1), 'ATTACH after a read');
  assert.equal(count(a), 1);
  await a.beginTransaction({ lockTimeoutMs: 0 });
  assert.equal(a.inTransaction, true);
  a.run(`INSERT INTO ${T} (id, v) VALUES (2, 'y')`);
  a.rollback();
  assert.equal(a.inTransaction, false);
  assert.equal(count(a), 1);
  assert.equal(await a.withWriteLock(() => a.run(`INSERT INTO ${T} (id, v) VALUES (3, 'z')`).changes, { lockTimeoutMs: 0 }), 1);
  assert.equal(count(a), 2);
  a.close();
  await node.dispose();
});

test('a write through a reading call (RETURNING) commits on its own, never inside the held snapshot', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  assert.equal(count(a), 0);
  assert.equal(count(b), 0);
  assert.deepEqual(a.all(`INSERT INTO ${T} (id, v) VALUES (7, 'r') RETURNING id`), [{ id: 7 }]);
  assert.equal(a.inTransaction, false);
  assert.equal(count(b), 1, 'committed, and b\'s snapshot ended by that commit');
  assert.deepEqual(a.get(`UPDATE ${T} SET v = 's' WHERE id = 7 RETURNING v`), { v: 's' });
  assert.deepEqual(b.get(`SELECT v FROM ${T} WHERE id = 7`), { v: 's' });
  // the write lock is free: another session's transaction can begin at once
  await b.beginTransaction({ lockTimeoutMs: 0 });
  b.rollback();
  a.close();
  b.close();
  await node.dispose();
});

test('a read snapshot does not keep another session from dropping a database it had attached', async () => {
  const node = await freshNode();
  await node.store.createDatabase('snapdb');
  const a = node.store.openSession({ database: 'snapdb' }) as SqliteSessionStorage;
  a.exec(`CREATE TABLE ${a.sqliteSchema('snapdb')}."dbo.k" (id INTEGER)`);
  assert.deepEqual(a.all(`SELECT count(*) AS n FROM ${a.sqliteSchema('snapdb')}."dbo.k"`), [{ n: 0 }]);
  a.useDatabase('master');
  assert.deepEqual(a.all('SELECT 1 AS one'), [{ one: 1 }]);
  assert.equal(a.releaseDatabase(node.store.getDatabase('snapdb')?.databaseId ?? -1), true);
  await node.store.dropDatabase('snapdb');
  assert.equal(node.store.databaseExists('snapdb'), false);
  a.close();
  await node.dispose();
});
