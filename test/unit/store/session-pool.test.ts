import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NodeStore, SessionStorage } from '../../../src/store';
import { PEAK_WINDOW_MS, SESSION_POOL_CAPACITY, SESSION_POOL_MAX, SessionPool } from '../../../src/store/session-pool';
import type { SqliteSessionStorage } from '../../../src/store/session-storage';
import { freshNode } from './fresh-node';

const NOW = { lockTimeoutMs: 0 };
const idle = (store: NodeStore): number => (store as unknown as { idleConnections: number }).idleConnections;
const tempObjects = (s: SessionStorage): string[] =>
  s.all<{ name: string }>('SELECT name FROM temp.sqlite_master ORDER BY name').map((r) => r.name);

test('a closed session connection is reused, without its temp objects or its transaction', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createDatabase('app');
  const setup = store.openSession({ database: 'app' });
  setup.exec(`CREATE TABLE ${setup.sqliteSchema('app')}."dbo.t" (x INTEGER)`);
  setup.close();

  const s1 = store.openSession({ database: 'app' });
  assert.equal(idle(store), 0, 'taken from the pool');
  s1.exec('CREATE TEMP TABLE "dbo.#t" (a INTEGER); CREATE INDEX temp."ix" ON "dbo.#t" (a); CREATE TEMP VIEW "v" AS SELECT 1 AS one');
  s1.exec(`CREATE TEMP TRIGGER "spy" AFTER INSERT ON ${s1.sqliteSchema('app')}."dbo.t" BEGIN INSERT INTO "dbo.#t" VALUES (new.x); END`);
  s1.exec('CREATE TABLE main."leak" (a INTEGER)');
  s1.exec('DROP TABLE main."leak"');
  await s1.beginTransaction(NOW);
  s1.run(`INSERT INTO ${s1.sqliteSchema('app')}."dbo.t" VALUES (1)`);
  assert.equal(s1.inTransaction, true);
  s1.close();
  assert.equal(idle(store), 1, 'reset and pooled');

  const s2 = store.openSession({ database: 'master' });
  assert.equal(idle(store), 0, 'the same connection');
  assert.equal(s2.inTransaction, false);
  assert.equal(s2.database, 'master');
  assert.deepEqual(tempObjects(s2), []);
  assert.equal(s2.get<{ n: number }>(`SELECT count(*) AS n FROM ${s2.sqliteSchema('app')}."dbo.t"`)?.n, 0, 'uncommitted insert rolled back');
  // the write lock was released: another session can write at once
  const other = store.openSession({ database: 'app' });
  await other.withWriteLock(() => other.run(`INSERT INTO ${other.sqliteSchema('app')}."dbo.t" VALUES (2)`), NOW);
  other.close();
  // the trigger is gone: an insert on the reused connection does not fill a #t
  await s2.withWriteLock(() => s2.run(`INSERT INTO ${s2.sqliteSchema('app')}."dbo.t" VALUES (3)`), NOW);
  assert.deepEqual(tempObjects(s2), []);
  assert.deepEqual(s2.all<{ x: number }>(`SELECT x FROM ${s2.sqliteSchema('app')}."dbo.t" ORDER BY x`).map((r) => r.x), [2, 3]);
  s2.close();
  await node.dispose();
});

test('a connection closed with an open iterator is not pooled and keeps no snapshot', async () => {
  const node = await freshNode();
  const { store } = node;
  const s = store.openSession({ database: 'master' });
  const it = s.iterate('SELECT value FROM json_each(\'[1,2,3]\')');
  it.next();
  s.close();
  assert.equal(idle(store), 0);
  const t = store.openSession({ database: 'master' });
  await t.beginTransaction(NOW);
  t.commit();
  t.close();
  assert.equal(idle(store), 1);
  await node.dispose();
});

test('DDL committed elsewhere is seen by a reused connection with cached statements', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createDatabase('app');
  const a = store.openSession({ database: 'app' });
  a.exec(`CREATE TABLE ${a.sqliteSchema('app')}."dbo.t" (x INTEGER)`);
  await a.withWriteLock(() => a.run(`INSERT INTO ${a.sqliteSchema('app')}."dbo.t" VALUES (1)`), NOW);
  const sql = `SELECT * FROM ${a.sqliteSchema('app')}."dbo.t"`;
  assert.deepEqual(a.all(sql), [{ x: 1 }]);
  a.close();

  const b = store.openSession({ database: 'app' });
  b.exec(`ALTER TABLE ${b.sqliteSchema('app')}."dbo.t" ADD COLUMN y INTEGER`);
  const c = store.openSession({ database: 'app' }); // a new connection: the pooled one is b's
  c.exec(`CREATE TABLE ${c.sqliteSchema('app')}."dbo.u" (z INTEGER)`);
  c.close();
  b.close();
  const d = store.openSession({ database: 'app' });
  assert.deepEqual(d.all(sql), [{ x: 1, y: null }]);
  assert.deepEqual(d.all(`SELECT * FROM ${d.sqliteSchema('app')}."dbo.u"`), []);
  d.close();
  await node.dispose();
});

test('DROP DATABASE with idle pooled connections attached to it; a new database of that name is empty', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createDatabase('gone');
  const s = store.openSession({ database: 'gone' });
  s.exec(`CREATE TABLE ${s.sqliteSchema('gone')}."dbo.t" (x INTEGER)`);
  s.close();
  assert.equal(idle(store), 1);
  await store.dropDatabase('gone');
  await store.createDatabase('gone');
  const t = store.openSession({ database: 'gone' });
  assert.equal(t.get(`SELECT name FROM ${t.sqliteSchema('gone')}.sqlite_master WHERE name = 'dbo.t'`), undefined);
  t.close();
  await node.dispose();
});

test('the pool keeps as many idle connections as were open at once lately (at most SESSION_POOL_MAX), back to its capacity after two quiet windows', () => {
  let now = 0;
  const pool = new SessionPool(SESSION_POOL_CAPACITY, SESSION_POOL_CAPACITY + 8, () => now);
  const burst = (n: number): void => {
    const conns = Array.from({ length: n }, () => pool.acquire());
    for (const c of conns) pool.release(c);
  };
  try {
    burst(SESSION_POOL_CAPACITY + 4);
    assert.equal(pool.size, SESSION_POOL_CAPACITY + 4, 'the peak is kept');
    burst(SESSION_POOL_CAPACITY + 20);
    assert.equal(pool.size, SESSION_POOL_CAPACITY + 8, 'never more than the maximum');
    now += PEAK_WINDOW_MS;
    burst(1);
    assert.equal(pool.size, SESSION_POOL_CAPACITY + 8, 'the previous window\'s peak still counts');
    now += PEAK_WINDOW_MS;
    burst(1);
    assert.equal(pool.size, SESSION_POOL_CAPACITY, 'two quiet windows later: trimmed to the capacity');
  } finally {
    pool.close();
  }
});

test('the pool is bounded and emptied when the store closes', async () => {
  const node = await freshNode();
  const { store } = node;
  const sessions = Array.from({ length: SESSION_POOL_MAX + 4 }, () => store.openSession({ database: 'master' }));
  for (const s of sessions) s.close();
  assert.equal(idle(store), SESSION_POOL_MAX);
  const open = store.openSession({ database: 'msdb' });
  await node.dispose();
  assert.equal(idle(store), 0);
  assert.equal(open.inTransaction, false);
});

test('a closed session storage cannot reach the connection it gave back', async () => {
  const node = await freshNode();
  const { store } = node;
  const old = store.openSession({ database: 'master' });
  old.close();
  const next = store.openSession({ database: 'master' });
  assert.equal(idle(store), 0, 'next took the connection old had');
  assert.throws(() => old.get('SELECT 1'), /after close/);
  assert.throws(() => old.exec('CREATE TEMP TABLE "dbo.#x" (a INTEGER)'), /after close/);
  await assert.rejects(old.beginTransaction(NOW), /after close/);
  assert.equal(old.inTransaction, false);
  assert.deepEqual(tempObjects(next), []);
  assert.equal(next.inTransaction, false);
  next.close();
  await node.dispose();
});

test('a reused connection keeps the system databases and the new current one, not other user databases', async () => {
  const node = await freshNode();
  const { store } = node;
  await store.createDatabase('one');
  await store.createDatabase('two');
  const ids = (s: SessionStorage): number[] => (s as SqliteSessionStorage).attachedDatabaseIds().sort((a, b) => a - b);
  const id = (name: string): number => store.getDatabase(name)?.databaseId ?? -1;
  const a = store.openSession({ database: 'one' });
  a.ensureAttached(['two', 'master', 'msdb', 'tempdb']);
  a.close();
  const b = store.openSession({ database: 'two' });
  assert.deepEqual(ids(b), [1, 2, 4, id('two')]);
  b.close();
  const c = store.openSession({ database: 'master' });
  assert.deepEqual(ids(c), [1, 2, 4]);
  c.close();
  await node.dispose();
});
