// Transactions over table data between two sessions: rollback, savepoints, isolation (readers see
// committed rows only), lock timeout 1222, rollback of a disconnected session's transaction.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { exec, ok, rows, sqlNode, type SqlNode } from './sql-helpers';

let node: SqlNode;
let a: EngineSession;
let b: EngineSession;

before(async () => {
  node = await sqlNode();
  a = await node.session();
  b = await node.session();
  await ok(a, 'CREATE TABLE acct (id int PRIMARY KEY, bal int NOT NULL); INSERT acct VALUES (1, 100), (2, 50)');
});
after(async () => node.dispose());

const count = async (s: EngineSession): Promise<unknown> => rows(await ok(s, 'SELECT COUNT(*) FROM acct'))[0]![0];

test('ROLLBACK undoes inserts, updates and deletes; SAVE TRAN rolls back part', async () => {
  await ok(a, 'BEGIN TRAN; INSERT acct VALUES (3, 1); UPDATE acct SET bal = 0; DELETE acct WHERE id = 2; ROLLBACK');
  assert.deepEqual(rows(await ok(a, 'SELECT id, bal FROM acct ORDER BY id')), [[1, 100], [2, 50]]);
  await ok(a, 'BEGIN TRAN; INSERT acct VALUES (3, 1); SAVE TRAN s1; INSERT acct VALUES (4, 1); ROLLBACK TRAN s1; COMMIT');
  assert.deepEqual(rows(await ok(a, 'SELECT id FROM acct ORDER BY id')), [[1], [2], [3]]);
  await ok(a, 'DELETE acct WHERE id = 3');
});

test('a failing statement inside a transaction is undone alone (statement atomicity)', async () => {
  const sink = await exec(a, 'BEGIN TRAN; INSERT acct VALUES (5, 1); INSERT acct VALUES (6, 1), (1, 1); COMMIT');
  assert.equal(sink.errors[0]?.number, 2627);
  assert.deepEqual(rows(await ok(a, 'SELECT id FROM acct WHERE id > 2 ORDER BY id')), [[5]]);
  await ok(a, 'DELETE acct WHERE id = 5');
});

test('another session sees only committed rows and never waits to read', async () => {
  await ok(a, 'BEGIN TRAN; INSERT acct VALUES (7, 7)');
  assert.equal(await count(a), 3);
  assert.equal(await count(b), 2);
  await ok(a, 'COMMIT');
  assert.equal(await count(b), 3);
  await ok(a, 'DELETE acct WHERE id = 7');
});

test('a writer blocked by an open transaction gets 1222 after LOCK_TIMEOUT, the event loop keeps running', async () => {
  await ok(a, 'BEGIN TRAN; UPDATE acct SET bal = bal - 10 WHERE id = 1');
  let ticks = 0;
  const timer = setInterval(() => { ticks++; }, 5);
  const started = Date.now();
  const sink = await exec(b, 'SET LOCK_TIMEOUT 200; UPDATE acct SET bal = bal + 10 WHERE id = 1');
  clearInterval(timer);
  assert.equal(sink.errors[0]?.number, 1222);
  assert.ok(Date.now() - started >= 150);
  assert.ok(ticks > 5, `event loop ran ${ticks} timer ticks while waiting`);
  await ok(a, 'COMMIT');
  await ok(b, 'SET LOCK_TIMEOUT -1; UPDATE acct SET bal = bal + 10 WHERE id = 1');
  assert.deepEqual(rows(await ok(b, 'SELECT bal FROM acct WHERE id = 1')), [[100]]);
});

test('a session closed with an open transaction is rolled back', async () => {
  const c = await node.session();
  await ok(c, 'BEGIN TRAN; INSERT acct VALUES (9, 9)');
  await c.close();
  assert.equal(await count(b), 2);
  await ok(b, 'INSERT acct VALUES (9, 9); DELETE acct WHERE id = 9');
});

test('XACT_ABORT ON rolls the whole transaction back on an error', async () => {
  const sink = await exec(a, 'SET XACT_ABORT ON; BEGIN TRAN; INSERT acct VALUES (8, 8); INSERT acct VALUES (1, 1); COMMIT');
  assert.equal(sink.errors[0]?.number, 2627);
  await ok(a, 'SET XACT_ABORT OFF');
  assert.deepEqual(rows(await ok(a, 'SELECT @@TRANCOUNT, COUNT(*) FROM acct')), [[0, 2]]);
});
