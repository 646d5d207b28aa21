// SessionStorage.changeStamp: moves when another connection commits a catalogue change, not for
// data writes nor for the connection's own commits (engine caches of catalogue reads rely on it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { freshNode } from './fresh-node';

const WAIT = { lockTimeoutMs: 1000 };

test('changeStamp: other connections\' DDL and marked catalogue commits move it; data writes do not', async () => {
  const node = await freshNode();
  const a = node.store.openSession({ database: 'tempdb' });
  const b = node.store.openSession({ database: 'tempdb' });
  try {
    await a.withWriteLock(() => a.exec('CREATE TABLE "tempdb"."dbo.cs" (x INTEGER)'), WAIT);
    const before = b.changeStamp('tempdb');
    assert.notEqual(before, '', 'a stamp');
    const own = a.changeStamp('tempdb');
    await a.withWriteLock(() => a.run('INSERT INTO "tempdb"."dbo.cs" VALUES (1)'), WAIT);
    assert.equal(b.changeStamp('tempdb'), before, 'a data write of another connection');

    await b.withWriteLock(() => b.exec('CREATE TABLE "tempdb"."dbo.cs2" (x INTEGER)'), WAIT);
    assert.equal(b.changeStamp('tempdb'), before, 'its own DDL');
    assert.notEqual(a.changeStamp('tempdb'), own, "another connection's DDL");

    const mid = b.changeStamp('tempdb');
    await a.beginTransaction(WAIT);
    await a.withWriteLock(() => { a.markCatalogChanged(); a.run('INSERT INTO "tempdb"."dbo.cs" VALUES (2)'); }, WAIT);
    assert.equal(b.changeStamp('tempdb'), mid, 'not before the commit');
    a.commit();
    assert.notEqual(b.changeStamp('tempdb'), mid, 'a marked catalogue change, committed');

    const last = b.changeStamp('tempdb');
    await a.beginTransaction(WAIT);
    a.exec('CREATE TABLE "tempdb"."dbo.cs3" (x INTEGER)');
    a.rollback();
    assert.equal(b.changeStamp('tempdb'), last, 'rolled back');
  } finally {
    a.close();
    b.close();
    await node.dispose();
  }
});
