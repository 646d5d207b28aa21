// The master's sp_msxd_wait_for_instructions / sp_msxd_force_poll on a real engine and store (no
// network): an immediate answer when instructions are pending, a wait that a post (to all or to
// one target) or a force poll ends, the timeout, a cancelled request, blocked targets, the guards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../src/engine/api';
import { createProcedureRegistry, procedureDefinitions } from '../../../src/procedures/index';
import { InstructionNotifier } from '../../../src/procedures/msdb/msx/instruction-notifier';
import { withInstructionNotifier } from '../../../src/procedures/msdb/msx/node-instruction-notifier';
import { openMsdbNode, ok, run, PASSWORD, RecordingSink, type MsdbNode } from '../msdb/msdb-node';
import { addMsxOperator, enlist } from '../procedures/msx/fixtures';

const notifier = new InstructionNotifier();
let node: MsdbNode;
let tsx: EngineSession;

before(async () => {
  node = await openMsdbNode({ prefix: 'msxd-wait-', procedures: () => createProcedureRegistry(withInstructionNotifier(procedureDefinitions, notifier)) });
  await ok(node.sa, `CREATE LOGIN tsx1_login WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE USER tsx1_login FOR LOGIN tsx1_login;
ALTER ROLE TargetServersRole ADD MEMBER tsx1_login;
CREATE LOGIN plain WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE USER plain FOR LOGIN plain;`);
  await addMsxOperator(node.sa);
  tsx = await node.sessionOf('tsx1_login');
  assert.deepEqual((await enlist(tsx, 'tsx1')).errors, []);
  assert.deepEqual((await enlist(node.sa, 'tsx2')).errors, []);
});
after(async () => { await node.dispose(); });

const WAIT = (seconds: number, server = 'TSX1'): string => `EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'${server}', @timeout_seconds = ${seconds};`;

async function waitRow(session: EngineSession, seconds: number, signal?: AbortSignal): Promise<{ row: unknown[] | undefined; ms: number; sink: RecordingSink }> {
  const t0 = Date.now();
  const sink = new RecordingSink();
  await session.executeBatch(WAIT(seconds), sink, signal ?? new AbortController().signal);
  const set = sink.resultSets[0];
  if (set) assert.deepEqual(set.columns.map((c) => c.name), ['pending_instructions', 'poll_requested']);
  return { row: set?.rows[0] ? [...set.rows[0]] : undefined, ms: Date.now() - t0, sink };
}

async function untilWaiting(target = 'TSX1'): Promise<void> {
  for (let i = 0; i < 200 && notifier.waiting(target) === 0; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(notifier.waiting(target), 1);
}

async function clearDownloads(): Promise<void> {
  await ok(node.sa, 'DELETE FROM dbo.sysdownloadlist;');
}

test('nothing pending: the wait ends at its timeout with 0', async () => {
  await clearDownloads();
  const { row, ms } = await waitRow(tsx, 1);
  assert.deepEqual(row, [0, false]);
  assert.ok(ms >= 900, `waited ${ms} ms`);
  assert.equal(notifier.waiting(), 0);
});

test('a post to every target ends the wait at once with the pending count', async () => {
  await clearDownloads();
  const pending = waitRow(tsx, 20);
  await untilWaiting();
  await ok(node.sa, "EXEC dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'SERVER', @value = 30;");
  const { row, ms } = await pending;
  assert.deepEqual(row, [1, false]);
  assert.ok(ms < 10_000, `woken after ${ms} ms`);
});

test('instructions already pending: the answer is immediate', async () => {
  const { row, ms } = await waitRow(tsx, 20);
  assert.deepEqual(row, [1, false]);
  assert.ok(ms < 5000);
});

test("a post to another target does not end this target's wait; one to this target does", async () => {
  await clearDownloads();
  const pending = waitRow(tsx, 20);
  await untilWaiting();
  await ok(node.sa, "EXEC dbo.sp_post_msx_operation @operation = 'SYNC-TIME', @object_type = 'SERVER', @specific_target_server = N'TSX2';");
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(notifier.waiting('TSX1'), 1);
  await ok(node.sa, "EXEC dbo.sp_post_msx_operation @operation = 'SYNC-TIME', @object_type = 'SERVER', @specific_target_server = N'TSX1';");
  assert.deepEqual((await pending).row, [1, false]);
});

test('a post inside a transaction reaches the waiter after COMMIT', async () => {
  await clearDownloads();
  const pending = waitRow(tsx, 20);
  await untilWaiting();
  const t0 = Date.now();
  await ok(node.sa, "BEGIN TRAN; EXEC dbo.sp_post_msx_operation @operation = 'SYNC-TIME', @object_type = 'SERVER', @specific_target_server = N'TSX1';");
  await new Promise((r) => setTimeout(r, 400));
  await ok(node.sa, 'COMMIT;');
  const { row } = await pending;
  assert.deepEqual(row, [1, false]);
  assert.ok(Date.now() - t0 < 5000);
});

test('sp_msxd_force_poll wakes the named target (or all) with poll_requested = 1', async () => {
  await clearDownloads();
  const pending = waitRow(tsx, 20);
  await untilWaiting();
  const forced = await ok(node.sa, "EXEC dbo.sp_msxd_force_poll @server_name = N'tsx1';");
  assert.deepEqual(forced.resultSets[0]?.rows, [[1]]);
  assert.deepEqual((await pending).row, [0, true]);
  const again = waitRow(tsx, 20);
  await untilWaiting();
  assert.deepEqual((await ok(node.sa, 'EXEC dbo.sp_msxd_force_poll;')).resultSets[0]?.rows, [[1]]);
  assert.deepEqual((await again).row, [0, true]);
  assert.deepEqual((await ok(node.sa, 'EXEC dbo.sp_msxd_force_poll;')).resultSets[0]?.rows, [[0]]);
  const unknown = await run(node.sa, "EXEC dbo.sp_msxd_force_poll @server_name = N'NOPE';");
  assert.deepEqual(unknown.errors.map((e) => e.number), [14262]);
  const notAdmin = await run(tsx, 'EXEC dbo.sp_msxd_force_poll;');
  assert.deepEqual(notAdmin.errors.map((e) => e.number), [229]);
});

test('a cancelled request stops waiting and leaves no waiter behind', async () => {
  await clearDownloads();
  const c = new AbortController();
  const pending = waitRow(tsx, 20, c.signal);
  await untilWaiting();
  c.abort();
  const { row, ms } = await pending;
  assert.equal(row, undefined);
  assert.ok(ms < 5000);
  assert.equal(notifier.waiting(), 0);
});

test('a blocked target (an error row) has nothing to download and keeps waiting', async () => {
  await clearDownloads();
  await ok(node.sa, "EXEC dbo.sp_post_msx_operation @operation = 'SYNC-TIME', @object_type = 'SERVER', @specific_target_server = N'TSX1';");
  await ok(node.sa, "UPDATE dbo.sysdownloadlist SET error_message = N'failed' WHERE target_server = N'TSX1';");
  const { row, ms } = await waitRow(tsx, 1);
  assert.deepEqual(row, [0, false]);
  assert.ok(ms >= 900);
});

test('guards: another target (14260), a login outside TargetServersRole (229), bad timeout (14266)', async () => {
  assert.deepEqual((await run(tsx, WAIT(0, 'TSX2'))).errors.map((e) => e.number), [14260]);
  const plain = await node.sessionOf('plain');
  assert.deepEqual((await run(plain, WAIT(0))).errors.map((e) => e.number), [229]);
  assert.deepEqual((await run(tsx, WAIT(-1))).errors.map((e) => e.number), [14266]);
  assert.deepEqual((await run(tsx, 'EXEC dbo.sp_msxd_wait_for_instructions @server_name = NULL, @timeout_seconds = 0;')).errors.map((e) => e.number), [14262]);
});
