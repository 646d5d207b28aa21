import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SqlError } from '../../../src/errors/sql-error';
import { count, freshNode, nodeWithTable, T } from './fresh-node';

/** Counts timer ticks while a promise is pending: proof that the event loop kept running. */
async function ticksDuring<R>(p: Promise<R>): Promise<{ ticks: number; result: PromiseSettledResult<R> }> {
  let ticks = 0;
  const timer = setInterval(() => { ticks++; }, 5);
  const [result] = await Promise.allSettled([p]);
  clearInterval(timer);
  return { ticks, result: result as PromiseSettledResult<R> };
}

test('an uncommitted write is invisible to another session; visible after commit', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'master' });
  b.ensureAttached(['msdb']);
  await a.beginTransaction({ lockTimeoutMs: 0 });
  a.run(`INSERT INTO ${T} (id, v) VALUES (1, 'x')`);
  assert.equal(count(a), 1);
  assert.equal(count(b), 0);
  a.commit();
  assert.equal(count(b), 1);
  await node.dispose();
});

test('a writer waits for another session\'s transaction and succeeds after its commit', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  await a.beginTransaction({ lockTimeoutMs: 0 });
  a.run(`INSERT INTO ${T} (id, v) VALUES (1, 'a')`);
  const waiting = b.withWriteLock(() => b.run(`INSERT INTO ${T} (id, v) VALUES (2, 'b')`).changes, { lockTimeoutMs: 5000 });
  setTimeout(() => a.commit(), 60);
  const started = performance.now();
  const { ticks, result } = await ticksDuring(waiting);
  assert.deepEqual(result, { status: 'fulfilled', value: 1 });
  assert.ok(performance.now() - started >= 50);
  assert.ok(ticks >= 5, `event loop ticked ${ticks} times while waiting`);
  assert.equal(count(a), 2);
  await node.dispose();
});

test('onWait: told true when the lock is found held, false when the wait ends; never for a free lock', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  const told: boolean[] = [];
  const onWait = (waiting: boolean): void => { told.push(waiting); };
  await b.withWriteLock(() => b.run(`INSERT INTO ${T} (id, v) VALUES (1, 'free')`).changes, { lockTimeoutMs: 5000, onWait });
  assert.deepEqual(told, []);
  await a.beginTransaction({ lockTimeoutMs: 0 });
  const waiting = b.withWriteLock(() => b.run(`INSERT INTO ${T} (id, v) VALUES (2, 'b')`).changes, { lockTimeoutMs: 5000, onWait });
  let toldWhileWaiting: boolean[] = [];
  setTimeout(() => {
    toldWhileWaiting = [...told];
    a.commit();
  }, 40);
  assert.equal(await waiting, 1);
  assert.deepEqual(toldWhileWaiting, [true]);
  assert.deepEqual(told, [true, false]);
  await a.beginTransaction({ lockTimeoutMs: 0 });
  await assert.rejects(b.withWriteLock(() => 0, { lockTimeoutMs: 30, onWait }), (e: SqlError) => e.number === 1222);
  assert.deepEqual(told, [true, false, true, false]);
  a.rollback();
  await node.dispose();
});

test('LOCK_TIMEOUT expiry raises 1222 without blocking the event loop', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  await a.beginTransaction({ lockTimeoutMs: 0 });
  const started = performance.now();
  const { ticks, result } = await ticksDuring(b.beginTransaction({ lockTimeoutMs: 200 }));
  const elapsed = performance.now() - started;
  assert.equal(result.status, 'rejected');
  const e = (result as PromiseRejectedResult).reason as SqlError;
  assert.equal(e.number, 1222);
  assert.equal(e.severity, 16);
  assert.equal(e.message, 'Lock request time out period exceeded.');
  assert.ok(elapsed >= 190 && elapsed < 1500, `waited ${elapsed} ms`);
  assert.ok(ticks >= 20, `event loop ticked ${ticks} times in ${elapsed} ms`);
  assert.equal(b.inTransaction, false);
  await assert.rejects(b.withWriteLock(() => 0, { lockTimeoutMs: 0 }), (x: SqlError) => x.number === 1222);
  assert.throws(() => b.run(`INSERT INTO ${T} (id) VALUES (9)`), (x: SqlError) => x.number === 1222);
  a.rollback();
  await node.dispose();
});

test('LOCK_TIMEOUT -1 waits until the signal aborts', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  await a.beginTransaction({ lockTimeoutMs: 0 });
  const ac = new AbortController();
  setTimeout(() => ac.abort(new Error('attention')), 100);
  await assert.rejects(b.beginTransaction({ lockTimeoutMs: -1, signal: ac.signal }), /attention/);
  assert.equal(b.inTransaction, false);
  a.commit();
  await b.beginTransaction({ lockTimeoutMs: -1 });
  b.commit();
  await node.dispose();
});

test('rollback undoes the transaction; savepoints undo part of it', async () => {
  const node = await nodeWithTable();
  const s = node.store.openSession({ database: 'msdb' });
  await s.beginTransaction({ lockTimeoutMs: 0 });
  s.run(`INSERT INTO ${T} (id) VALUES (1)`);
  s.rollback();
  assert.equal(count(s), 0);
  assert.equal(s.inTransaction, false);

  await s.beginTransaction({ lockTimeoutMs: 0 });
  s.run(`INSERT INTO ${T} (id) VALUES (1)`);
  s.savepoint('sp1');
  s.run(`INSERT INTO ${T} (id) VALUES (2)`);
  s.rollbackTo('sp1');
  assert.equal(s.inTransaction, true);
  s.run(`INSERT INTO ${T} (id) VALUES (3)`);
  s.commit();
  assert.deepEqual(s.all(`SELECT id FROM ${T} ORDER BY id`), [{ id: 1 }, { id: 3 }]);
  await node.dispose();
});

test('withWriteLock gives statement atomicity, in autocommit and inside a transaction', async () => {
  const node = await nodeWithTable();
  const s = node.store.openSession({ database: 'msdb' });
  const failing = (): Promise<unknown> => s.withWriteLock(() => {
    s.run(`INSERT INTO ${T} (id) VALUES (10)`);
    s.run(`INSERT INTO ${T} (id) VALUES (10)`);
  }, { lockTimeoutMs: 0 });
  await assert.rejects(failing(), /UNIQUE/);
  assert.equal(count(s), 0);
  assert.equal(s.inTransaction, false);

  await s.beginTransaction({ lockTimeoutMs: 0 });
  s.run(`INSERT INTO ${T} (id) VALUES (1)`);
  await assert.rejects(failing(), /UNIQUE/);
  assert.equal(s.inTransaction, true, 'a failed statement does not end the transaction');
  await s.withWriteLock(async () => {
    await new Promise((r) => setTimeout(r, 5));
    s.run(`INSERT INTO ${T} (id) VALUES (2)`);
  }, { lockTimeoutMs: 0 });
  s.commit();
  assert.deepEqual(s.all(`SELECT id FROM ${T} ORDER BY id`), [{ id: 1 }, { id: 2 }]);
  await node.dispose();
});

test('closing a session rolls back its transaction and wakes waiters', async () => {
  const node = await nodeWithTable();
  const a = node.store.openSession({ database: 'msdb' });
  const b = node.store.openSession({ database: 'msdb' });
  await a.beginTransaction({ lockTimeoutMs: 0 });
  a.run(`INSERT INTO ${T} (id) VALUES (1)`);
  const waiting = b.beginTransaction({ lockTimeoutMs: 2000 });
  setTimeout(() => a.close(), 20);
  await waiting;
  assert.equal(count(b), 0);
  b.commit();
  await node.dispose();
});

test('durability settings: WAL, synchronous=FULL on every attached database, busy_timeout 0', async () => {
  const node = await freshNode();
  await node.store.createDatabase('app');
  const s = node.store.openSession({ database: 'app' });
  s.ensureAttached(['master', 'msdb', 'tempdb']);
  for (const db of ['master', 'msdb', 'tempdb', 'app']) {
    assert.equal(s.get<{ synchronous: number }>(`PRAGMA "${db}".synchronous`)?.synchronous, 2, db);
    assert.equal(s.get<{ journal_mode: string }>(`PRAGMA "${db}".journal_mode`)?.journal_mode, 'wal', db);
  }
  assert.equal(s.get<{ timeout: number }>('PRAGMA busy_timeout')?.timeout, 0);
  await node.dispose();
});
