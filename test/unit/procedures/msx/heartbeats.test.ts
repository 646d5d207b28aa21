// sp_sqlagent_probe_msx's heartbeat written for several probes at once (msx/heartbeats.ts): each
// target's own values, each its own answer; inside a transaction the heartbeat stays the caller's;
// a local time the batch cannot write is written (or refused) by the probe itself, as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { heartbeatOf, heartbeatStats } from '../../../../src/procedures/msdb/msx/heartbeats';
import { openMsxNode, ok, run, type MsxNode } from './msx-node';
import { addMsxOperator, enlist, errorNumbers } from './fixtures';

let node: MsxNode;
const agents: EngineSession[] = [];
const TARGETS = ['hb1', 'hb2', 'hb3', 'hb4', 'hb5'];

before(async () => {
  node = await openMsxNode();
  await addMsxOperator(node.sa);
  await ok(node.sa, "CREATE LOGIN hbagent WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF; CREATE USER hbagent FOR LOGIN hbagent;");
  await ok(node.sa, 'ALTER ROLE TargetServersRole ADD MEMBER hbagent;');
  for (const t of TARGETS) {
    await enlist(node.sa, t, 60, 60);
    await ok(node.sa, `UPDATE dbo.msxd_target_logins SET login_name = N'hbagent' WHERE server_name = N'${t.toUpperCase()}'`);
  }
  for (let i = 0; i < TARGETS.length; i++) agents.push(await node.sessionOf('hbagent'));
});
after(async () => { await node.dispose(); });

async function heartbeats(): Promise<unknown[][]> {
  const r = await ok(node.sa, `SELECT server_name, CONVERT(varchar(19), local_time_at_last_poll, 120), poll_interval, time_zone_adjustment,
    CASE WHEN DATEDIFF(ss, last_poll_date, GETDATE()) < 60 THEN 1 ELSE 0 END
    FROM dbo.systargetservers WHERE server_name LIKE N'HB%' ORDER BY server_name`);
  return r.resultSets[0]!.rows as unknown[][];
}

test('probes arriving together: one batch writes every target its own values, each gets its own answer', async () => {
  await ok(node.sa, `UPDATE dbo.systargetservers SET last_poll_date = '2000-01-01', time_zone_adjustment = 7 WHERE server_name LIKE N'HB%';
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, error_message, status)
VALUES (N'MSX', 1, 1, NEWID(), N'HB3', NULL, 0), (N'MSX', 1, 1, NEWID(), N'HB3', NULL, 0), (N'MSX', 2, 1, NEWID(), N'HB5', N'boom', 0)`);
  const before = { ...heartbeatStats };
  const sinks = await Promise.all(TARGETS.map((t, i) => ok(agents[i]!,
    `EXEC msdb.dbo.sp_sqlagent_probe_msx @server_name = N'${t}', @local_time = N'2026/11/30 09:1${i}:00', @poll_interval = ${10 + i}${i === 1 ? '' : `, @time_zone_adjustment = ${-60 * i}`}`)));
  assert.deepEqual(sinks.map((s) => s.resultSets[0]?.rows), [[[false, 0, 0]], [[false, 0, 0]], [[false, 0, 2]], [[false, 0, 0]], [[false, 1, 0]]]);
  assert.deepEqual(sinks.map((s) => s.resultSets[0]?.columns.map((c) => [c.name, c.type.kind])), TARGETS.map(() => [['', 'bit'], ['', 'int'], ['', 'int']]));
  assert.deepEqual({ batches: heartbeatStats.batches - before.batches, heartbeats: heartbeatStats.heartbeats - before.heartbeats }, { batches: 1, heartbeats: 5 });
  assert.deepEqual(await heartbeats(), [
    ['HB1', '2026-11-30 09:10:00', 10, 0, 1],
    ['HB2', '2026-11-30 09:11:00', 11, 7, 1],
    ['HB3', '2026-11-30 09:12:00', 12, -120, 1],
    ['HB4', '2026-11-30 09:13:00', 13, -180, 1],
    ['HB5', '2026-11-30 09:14:00', 14, -240, 1],
  ]);
});

test('a probe inside a transaction: its heartbeat is rolled back with it', async () => {
  await ok(node.sa, "UPDATE dbo.systargetservers SET poll_interval = 99, last_poll_date = '2000-01-01' WHERE server_name = N'HB1'");
  const s = agents[0]!;
  const sink = await ok(s, "BEGIN TRAN; EXEC msdb.dbo.sp_sqlagent_probe_msx N'hb1', N'2026/11/30 10:00:00', 42; ROLLBACK;");
  assert.deepEqual(sink.resultSets[0]?.rows, [[false, 0, 0]]);
  const r = await ok(node.sa, "SELECT poll_interval, CONVERT(varchar(10), last_poll_date, 120) FROM dbo.systargetservers WHERE server_name = N'HB1'");
  assert.deepEqual(r.resultSets[0]?.rows, [[99, '2000-01-01']]);
});

test('a local time outside the agent format is written by the probe itself; one datetime refuses is the conversion error, which ends the probe batch as before', async () => {
  await ok(agents[1]!, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'hb2', N'2026-11-30 11:00:00', 20");
  const r = await ok(node.sa, "SELECT CONVERT(varchar(19), local_time_at_last_poll, 120), poll_interval FROM dbo.systargetservers WHERE server_name = N'HB2'");
  assert.deepEqual(r.resultSets[0]?.rows, [['2026-11-30 11:00:00', 20]]);
  const bad = await run(agents[1]!, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'hb2', N'2026/02/30 11:00:00', 20");
  assert.deepEqual(errorNumbers(bad), [242]);
  assert.equal(bad.resultSets.length, 0);
});

test('the write lock held elsewhere and LOCK_TIMEOUT 0: the batch fails quietly, the probe writes itself and reports 1222 once, then answers', async () => {
  await ok(node.sa, "BEGIN TRAN; UPDATE dbo.systargetservers SET location = N'held' WHERE server_name = N'HB4';");
  try {
    const before = { ...heartbeatStats };
    const sink = await run(agents[3]!, "SET LOCK_TIMEOUT 0; EXEC msdb.dbo.sp_sqlagent_probe_msx N'hb4', N'2026/11/30 12:00:00', 44");
    assert.deepEqual(errorNumbers(sink), [1222]);
    assert.deepEqual(sink.resultSets[0]?.rows, [[false, 0, 0]]);
    assert.equal(heartbeatStats.batches, before.batches);
  } finally {
    await ok(node.sa, 'ROLLBACK');
  }
  const r = await ok(node.sa, "SELECT poll_interval FROM dbo.systargetservers WHERE server_name = N'HB4'");
  assert.deepEqual(r.resultSets[0]?.rows, [[13]]);
});

test('heartbeatOf: only what the batch writes exactly as the probe would', () => {
  assert.deepEqual(heartbeatOf('T1', '2026/11/30 09:15:00', 60, -300), { server: 'T1', localTime: '2026/11/30 09:15:00', pollInterval: 60, timeZoneAdjustment: -300 });
  assert.equal(heartbeatOf('T1', '2024/02/29 23:59:59', 60, null)?.timeZoneAdjustment, null);
  for (const t of ['2026/02/30 09:15:00', '1752/12/31 00:00:00', '2026/11/30 24:00:00', '2026/11/30 9:15:00', '2026-11-30 09:15:00', null]) {
    assert.equal(heartbeatOf('T1', t, 60, null), undefined, String(t));
  }
  assert.equal(heartbeatOf('', '2026/11/30 09:15:00', 60, null), undefined);
});
