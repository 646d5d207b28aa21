// Waiting connections woken together share their work on the master: the rows of every target
// woken by one post are read by one statement (each wait hands over only its own target's rows,
// with sp_msxd_fetch_download_instructions' columns and values), and the acknowledgements that
// arrive together are written by one statement, marking only the rows each target was handed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../src/engine/api';
import { createProcedureRegistry, procedureDefinitions } from '../../../src/procedures/index';
import { InstructionNotifier } from '../../../src/procedures/msdb/msx/instruction-notifier';
import { withInstructionNotifier } from '../../../src/procedures/msdb/msx/node-instruction-notifier';
import { openMsdbNode, ok, PASSWORD, type MsdbNode } from '../msdb/msdb-node';
import { addMsxOperator, enlist } from '../procedures/msx/fixtures';

const TARGETS = ['BTSX1', 'BTSX2', 'BTSX3'];
const notifier = new InstructionNotifier();
let node: MsdbNode;
const sessions = new Map<string, EngineSession>();

before(async () => {
  node = await openMsdbNode({ prefix: 'msxd-batch-', procedures: () => createProcedureRegistry(withInstructionNotifier(procedureDefinitions, notifier)) });
  await addMsxOperator(node.sa);
  for (const t of TARGETS) {
    const login = `${t.toLowerCase()}_login`;
    await ok(node.sa, `CREATE LOGIN ${login} WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE USER ${login} FOR LOGIN ${login};
ALTER ROLE TargetServersRole ADD MEMBER ${login};`);
    const s = await node.sessionOf(login);
    assert.deepEqual((await enlist(s, t)).errors, []);
    sessions.set(t, s);
  }
  // a target that does not wait: its rows stay where they are
  assert.deepEqual((await enlist(node.sa, 'BIDLE')).errors, []);
});
after(async () => { await node.dispose(); });

const wait = (t: string, extra: string): Promise<{ resultSets: { columns: { name: string }[]; rows: unknown[][] }[] }> =>
  ok(sessions.get(t)!, `EXEC dbo.sp_msxd_wait_for_instructions @server_name = N'${t}', @return_instructions = 1, ${extra};`) as never;

async function statusOf(target: string): Promise<unknown[][]> {
  const sink = await ok(node.sa, `SELECT instance_id, status FROM dbo.sysdownloadlist WHERE target_server = N'${target}' ORDER BY instance_id;`);
  return (sink.resultSets[0]?.rows ?? []).map((r) => [...r]);
}

test('one post wakes three waits: one read for all, each hands over its own rows', async () => {
  await ok(node.sa, 'DELETE FROM dbo.sysdownloadlist;');
  const calls = TARGETS.map((t) => wait(t, '@timeout_seconds = 20'));
  for (let i = 0; i < 300 && notifier.waiting() < TARGETS.length; i++) await new Promise((r) => setTimeout(r, 10));
  assert.equal(notifier.waiting(), TARGETS.length);
  const before = { ...notifier.deliveries.stats };
  // SYNC-TIME to every target (one row each, the idle one included)
  await ok(node.sa, "EXEC dbo.sp_post_msx_operation @operation = 'SYNC-TIME', @object_type = 'SERVER';");
  const answers = await Promise.all(calls);
  assert.deepEqual(notifier.deliveries.stats, { batches: before.batches + 1, keys: before.keys + TARGETS.length });
  for (const [i, t] of TARGETS.entries()) {
    const a = answers[i]!;
    assert.deepEqual(a.resultSets[0]?.rows[0], [1, false]);
    const fetched = await ok(sessions.get(t)!, `EXEC dbo.sp_msxd_fetch_download_instructions @server_name = N'${t}';`);
    const expected = fetched.resultSets[0]!;
    assert.deepEqual(a.resultSets[1]?.columns.map((c) => c.name), expected.columns.map((c) => c.name));
    assert.deepEqual(a.resultSets[1]?.rows.map((r) => [...r]), expected.rows.map((r) => [...r]));
    assert.equal(a.resultSets[1]?.rows.length, 1);
  }
});

test('acknowledgements arriving together: one statement marks each target\'s handed rows, nothing else', async () => {
  const ids = await Promise.all(TARGETS.map(async (t) => Number((await statusOf(t))[0]?.[0])));
  const before = { ...notifier.acknowledgements.stats };
  const answers = await Promise.all(TARGETS.map((t, i) => wait(t, `@timeout_seconds = 0, @acknowledge_through = ${ids[i]}`)));
  assert.deepEqual(notifier.acknowledgements.stats, { batches: before.batches + 1, keys: before.keys + TARGETS.length });
  for (const [i, t] of TARGETS.entries()) {
    assert.deepEqual(answers[i]!.resultSets[0]?.rows[0], [0, false]);
    assert.deepEqual(await statusOf(t), [[ids[i], 1]]);
    assert.equal(notifier.knownEmpty(t, 60_000), true);
  }
  assert.deepEqual((await statusOf('BIDLE')).map((r) => r[1]), [0]);
});

test('an acknowledgement the node cannot name rows for (not handed by it) marks by instance_id range, alone', async () => {
  await ok(node.sa, "EXEC dbo.sp_post_msx_operation @operation = 'SYNC-TIME', @object_type = 'SERVER', @specific_target_server = N'BTSX1';");
  const [row] = await statusOf('BTSX1').then((r) => r.filter((x) => x[1] === 0));
  const before = { ...notifier.acknowledgements.stats };
  await wait('BTSX1', `@timeout_seconds = 0, @acknowledge_through = ${Number(row![0])}`);
  assert.deepEqual(notifier.acknowledgements.stats, before);
  assert.deepEqual((await statusOf('BTSX1')).map((r) => r[1]), [1, 1]);
});
