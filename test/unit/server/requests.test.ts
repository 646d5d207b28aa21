// Requests through MsxdNode and the real engine: transaction-manager requests with ENVCHANGE
// 8/9/10 and the ALL_HEADERS descriptor, RESETCONNECTION, ATTENTION during a running batch.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ISOLATION_LEVEL, type Connection } from 'tedious';
import { close, login, query, startTestNode, type TestNode } from './node-harness';

let t: TestNode;

before(async () => {
  t = await startTestNode();
});

after(async () => {
  await t.stop();
});

function tm(conn: Connection, op: 'begin' | 'commit' | 'rollback'): Promise<Error | undefined> {
  return new Promise((resolve) => {
    const cb = (err: Error | null | undefined): void => resolve(err ?? undefined);
    if (op === 'begin') conn.beginTransaction(cb, 'tx1', ISOLATION_LEVEL.READ_COMMITTED);
    else if (op === 'commit') conn.commitTransaction(cb);
    else conn.rollbackTransaction(cb);
  });
}

test('transaction-manager BEGIN / COMMIT / ROLLBACK (ENVCHANGE 8/9/10)', async () => {
  const { conn } = await login(t.port);
  assert.ok(conn);
  assert.equal(await tm(conn, 'begin'), undefined);
  assert.deepEqual((await query(conn, 'SELECT @@TRANCOUNT')).rows, [[1]]);
  assert.equal(await tm(conn, 'commit'), undefined);
  assert.deepEqual((await query(conn, 'SELECT @@TRANCOUNT')).rows, [[0]]);
  assert.equal(await tm(conn, 'begin'), undefined);
  assert.equal(await tm(conn, 'rollback'), undefined);
  assert.deepEqual((await query(conn, 'SELECT @@TRANCOUNT')).rows, [[0]]);
  await close(conn);
});

test('a batch BEGIN TRAN gives the client a descriptor it echoes; COMMIT in a batch ends it', async () => {
  const { conn } = await login(t.port);
  assert.ok(conn);
  assert.equal((await query(conn, 'BEGIN TRAN')).error, undefined);
  assert.deepEqual((await query(conn, 'SELECT @@TRANCOUNT')).rows, [[1]]);
  assert.equal((await query(conn, 'COMMIT')).error, undefined);
  assert.deepEqual((await query(conn, 'SELECT @@TRANCOUNT')).rows, [[0]]);
  await close(conn);
});

test('RESETCONNECTION resets the session and is acknowledged (ENVCHANGE 18)', async () => {
  const { conn } = await login(t.port);
  assert.ok(conn);
  assert.equal((await query(conn, 'USE msdb')).error, undefined);
  assert.deepEqual((await query(conn, 'SELECT DB_NAME()')).rows, [['msdb']]);
  await new Promise<void>((resolve, reject) => conn.reset((err) => (err ? reject(err) : resolve())));
  assert.deepEqual((await query(conn, 'SELECT DB_NAME()')).rows, [['master']]);
  await close(conn);
});

test('ATTENTION (request timeout) stops a running batch; the session stays usable', async () => {
  const { conn } = await login(t.port, { requestTimeoutMs: 300 });
  assert.ok(conn);
  const started = Date.now();
  const r = await query(conn, 'DECLARE @i int = 0; WHILE 1 = 1 SET @i = @i + 1');
  assert.equal(r.error?.code, 'ETIMEOUT');
  assert.ok(Date.now() - started < 5000, 'cancelled promptly');
  assert.deepEqual((await query(conn, 'SELECT 2')).rows, [[2]]);
  await close(conn);
});

test('errors come back as tokens and the session continues', async () => {
  const { conn } = await login(t.port);
  assert.ok(conn);
  const r = await query(conn, 'SELECT 1/0');
  assert.ok(r.error);
  assert.equal(r.error.number, 8134);
  assert.deepEqual((await query(conn, 'SELECT 3')).rows, [[3]]);
  await close(conn);
});
