// The master's sp_msxd_wait_for_instructions delivering instructions (msxd): @return_instructions = 1
// adds the pending rows with exactly sp_msxd_fetch_download_instructions' columns and values,
// @acknowledge_through marks the caller's own rows downloaded as sp_msxd_mark_download_instruction
// does on success (never another target's rows, never an error row), and without the new
// parameters the answer keeps its one-row shape.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../src/engine/api';
import { createProcedureRegistry, procedureDefinitions } from '../../../src/procedures/index';
import { InstructionNotifier } from '../../../src/procedures/msdb/msx/instruction-notifier';
import { withInstructionNotifier } from '../../../src/procedures/msdb/msx/node-instruction-notifier';
import { openMsdbNode, ok, run, PASSWORD, type MsdbNode } from '../msdb/msdb-node';
import { addMsxOperator, enlist } from '../procedures/msx/fixtures';

const notifier = new InstructionNotifier();
let node: MsdbNode;
let tsx: EngineSession;

before(async () => {
  node = await openMsdbNode({ prefix: 'msxd-deliver-', procedures: () => createProcedureRegistry(withInstructionNotifier(procedureDefinitions, notifier)) });
  await ok(node.sa, `CREATE LOGIN tsx1_login WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE USER tsx1_login FOR LOGIN tsx1_login;
ALTER ROLE TargetServersRole ADD MEMBER tsx1_login;`);
  await addMsxOperator(node.sa);
  tsx = await node.sessionOf('tsx1_login');
  assert.deepEqual((await enlist(tsx, 'tsx1')).errors, []);
  assert.deepEqual((await enlist(node.sa, 'tsx2')).errors, []);
});
after(async () => { await node.dispose(); });

const post = (op: string, target: string): Promise<unknown> =>
  ok(node.sa, `EXEC dbo.sp_post_msx_operation @operation = '${op}', @object_type = 'SERVER', @specific_target_server = N'${target}';`);

async function rows(where: string): Promise<unknown[][]> {
  const sink = await ok(node.sa, `SELECT instance_id, target_server, status, CASE WHEN date_downloaded IS NULL THEN 0 ELSE 1 END, error_message
FROM dbo.sysdownloadlist WHERE ${where} ORDER BY instance_id;`);
  return (sink.resultSets[0]?.rows ?? []).map((r) => [...r]);
}

test('@return_instructions = 1: the count row, then the rows of sp_msxd_fetch_download_instructions (same columns, same values)', async () => {
  await ok(node.sa, 'DELETE FROM dbo.sysdownloadlist;');
  await post('SYNC-TIME', 'TSX1');
  await post('SYNC-TIME', 'TSX1');
  await post('SYNC-TIME', 'TSX2');
  const sink = await ok(tsx, "EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 5, @return_instructions = 1;");
  assert.equal(sink.resultSets.length, 2);
  assert.deepEqual([...(sink.resultSets[0]?.rows[0] ?? [])], [2, false]);
  const fetched = await ok(tsx, "EXEC dbo.sp_msxd_fetch_download_instructions @server_name = N'TSX1';");
  const delivered = sink.resultSets[1]!;
  const expected = fetched.resultSets[0]!;
  assert.deepEqual(delivered.columns.map((c) => [c.name, c.type, c.nullable]), expected.columns.map((c) => [c.name, c.type, c.nullable]));
  assert.deepEqual(delivered.rows.map((r) => [...r]), expected.rows.map((r) => [...r]));
  assert.equal(delivered.rows.length, 2);
  assert.deepEqual(delivered.rows.map((r) => r[2]), [8, 8]);
});

test('@acknowledge_through marks the caller\'s rows up to it downloaded (status 1, date_downloaded), not later ones, not another target\'s', async () => {
  const tsx1 = await rows("target_server = N'TSX1'");
  const [first, second] = tsx1.map((r) => Number(r[0]));
  const sink = await ok(tsx, `EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 0, @acknowledge_through = ${first}, @return_instructions = 1;`);
  assert.deepEqual([...(sink.resultSets[0]?.rows[0] ?? [])], [1, false]);
  assert.deepEqual(sink.resultSets[1]?.rows.map((r) => r[0]), [second]);
  assert.deepEqual(await rows("target_server = N'TSX1'"), [[first, 'TSX1', 1, 1, null], [second, 'TSX1', 0, 0, null]]);
  // through a number past every row: TSX2's rows stay unread
  const done = await ok(tsx, "EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 0, @acknowledge_through = 2147483647, @return_instructions = 1;");
  assert.deepEqual([...(done.resultSets[0]?.rows[0] ?? [])], [0, false]);
  assert.equal(done.resultSets.length, 1);
  assert.deepEqual((await rows("target_server = N'TSX1'")).map((r) => r[2]), [1, 1]);
  assert.deepEqual((await rows("target_server = N'TSX2'")).map((r) => [r[2], r[3]]), [[0, 0]]);
});

test('another target\'s acknowledgement is refused (14260) and changes nothing', async () => {
  const sink = await run(tsx, "EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX2', @timeout_seconds = 0, @acknowledge_through = 2147483647;");
  assert.deepEqual(sink.errors.map((e) => e.number), [14260]);
  assert.deepEqual((await rows("target_server = N'TSX2'")).map((r) => r[2]), [0]);
});

test('an error row is never acknowledged, and blocks delivery', async () => {
  await ok(node.sa, 'DELETE FROM dbo.sysdownloadlist;');
  await post('SYNC-TIME', 'TSX1');
  await post('SYNC-TIME', 'TSX1');
  const [bad] = (await rows("target_server = N'TSX1'")).map((r) => Number(r[0]));
  await ok(node.sa, `UPDATE dbo.sysdownloadlist SET error_message = N'failed' WHERE instance_id = ${bad};`);
  const sink = await ok(tsx, "EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 0, @acknowledge_through = 2147483647, @return_instructions = 1;");
  assert.deepEqual([...(sink.resultSets[0]?.rows[0] ?? [])], [0, false]);
  assert.equal(sink.resultSets.length, 1);
  assert.deepEqual((await rows("target_server = N'TSX1'")).map((r) => [r[2], r[4]]), [[0, 'failed'], [1, null]]);
});

test('without the new parameters: one row (pending_instructions, poll_requested), as before', async () => {
  await ok(node.sa, 'DELETE FROM dbo.sysdownloadlist;');
  await post('SYNC-TIME', 'TSX1');
  const sink = await ok(tsx, "EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 0;");
  assert.equal(sink.resultSets.length, 1);
  assert.deepEqual(sink.resultSets[0]?.columns.map((c) => c.name), ['pending_instructions', 'poll_requested']);
  assert.deepEqual([...(sink.resultSets[0]?.rows[0] ?? [])], [1, false]);
});

test('a woken wait delivers the rows posted; acknowledging all of them leaves the target known empty (no count at the re-wait)', async () => {
  await ok(node.sa, 'DELETE FROM dbo.sysdownloadlist;');
  const call = ok(tsx, "EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 20, @return_instructions = 1;");
  for (let i = 0; i < 200 && notifier.waiting('TSX1') === 0; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(notifier.waiting('TSX1'), 1);
  await post('SYNC-TIME', 'TSX1');
  const sink = await call;
  const id = Number(sink.resultSets[1]?.rows[0]?.[0]);
  assert.ok(id > 0);
  await ok(tsx, `EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'TSX1', @timeout_seconds = 0, @acknowledge_through = ${id}, @return_instructions = 1;`);
  assert.equal(notifier.knownEmpty('TSX1', 60_000), true);
  assert.deepEqual((await rows("target_server = N'TSX1'")).map((r) => r[2]), [1]);
});
