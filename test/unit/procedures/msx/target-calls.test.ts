// What target agents call on their MSX: sp_sqlagent_probe_msx, sp_downloaded_row_limiter,
// sp_sqlagent_check_msx_version, sp_enlist_tsx — for sysadmin, for TargetServersRole logins
// (each acting only for the targets it enlisted) and for other logins (refused).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { EngineSession } from '../../../../src/engine/api';
import { openMsxNode, ok, run, type MsxNode } from './msx-node';
import { addMsxOperator, enlist, errorNumbers, lastScalar } from './fixtures';

let node: MsxNode;
let agent1: EngineSession;
let agent2: EngineSession;
let plain: EngineSession;
before(async () => {
  node = await openMsxNode();
  await addMsxOperator(node.sa);
  for (const name of ['agent1', 'agent2', 'plain']) {
    await ok(node.sa, `CREATE LOGIN ${name} WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF; CREATE USER ${name} FOR LOGIN ${name};`);
  }
  await ok(node.sa, 'ALTER ROLE TargetServersRole ADD MEMBER agent1; ALTER ROLE TargetServersRole ADD MEMBER agent2;');
  agent1 = await node.sessionOf('agent1');
  agent2 = await node.sessionOf('agent2');
  plain = await node.sessionOf('plain');
});
after(async () => { await node.dispose(); });

/** enlist as sa on behalf of a target login: the target row plus the login that owns it */
async function enlistFor(server: string, login: string): Promise<void> {
  await enlist(node.sa, server, 60, 60);
  await ok(node.sa, `UPDATE dbo.msxd_target_logins SET login_name = N'${login}' WHERE server_name = N'${server.toUpperCase()}'`);
}

test('sp_enlist_tsx by a TargetServersRole login records it as the target\'s login', async () => {
  const sink = await enlist(agent1, 'tsx0');
  assert.deepEqual(errorNumbers(sink), []);
  const row = await ok(node.sa, "SELECT login_name FROM dbo.msxd_target_logins WHERE server_name = N'TSX0'");
  assert.deepEqual(row.resultSets[0]?.rows, [['agent1']]);
});

test('sp_sqlagent_probe_msx: records the poll and answers bad enlistment, blocking and pending counts', async () => {
  await enlistFor('tsx1', 'agent1');
  await enlistFor('tsx2', 'agent2');
  await ok(node.sa, `UPDATE dbo.systargetservers SET last_poll_date = '2000-01-01' WHERE server_name = N'TSX1';
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, error_message, status)
VALUES (N'MSX', 1, 1, NEWID(), N'TSX1', NULL, 0), (N'MSX', 1, 1, NEWID(), N'TSX1', NULL, 0),
       (N'MSX', 2, 1, NEWID(), N'TSX1', N'boom', 0), (N'MSX', 2, 1, NEWID(), N'TSX1', NULL, 1)`);
  const sink = await ok(agent1, "EXEC msdb.dbo.sp_sqlagent_probe_msx @server_name = N'tsx1', @local_time = N'2026/11/30 09:15:00', @poll_interval = 30, @time_zone_adjustment = -300");
  const set = sink.resultSets[0]!;
  assert.deepEqual(set.columns.map((c) => [c.name, c.type.kind]), [['', 'bit'], ['', 'int'], ['', 'int']]);
  assert.deepEqual(set.rows, [[false, 1, 2]]);
  const row = await ok(node.sa, `SELECT CONVERT(varchar(19), local_time_at_last_poll, 120), poll_interval, time_zone_adjustment,
    CASE WHEN DATEDIFF(ss, last_poll_date, GETDATE()) < 60 THEN 1 ELSE 0 END FROM dbo.systargetservers WHERE server_name = N'TSX1'`);
  assert.deepEqual(row.resultSets[0]?.rows, [['2026-11-30 09:15:00', 30, -300, 1]]);
  await ok(agent1, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'tsx1', N'2026/11/30 09:16:00', 30");
  const kept = await ok(node.sa, "SELECT time_zone_adjustment FROM dbo.systargetservers WHERE server_name = N'TSX1'");
  assert.deepEqual(kept.resultSets[0]?.rows, [[-300]]);
});

test('sp_sqlagent_probe_msx: bad enlistment unless a DEFECT is pending', async () => {
  const gone = await ok(node.sa, "EXEC dbo.sp_sqlagent_probe_msx N'tsx7', N'2026/11/30 09:15:00', 60");
  assert.deepEqual(gone.resultSets[0]?.rows, [[true, 0, 0]]);
  await ok(node.sa, `INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server)
    VALUES (N'MSX', 7, 2, CONVERT(uniqueidentifier, 0x00), N'TSX7')`);
  const defecting = await ok(node.sa, "EXEC dbo.sp_sqlagent_probe_msx N'tsx7', N'2026/11/30 09:15:00', 60");
  assert.deepEqual(defecting.resultSets[0]?.rows, [[false, 0, 1]]);
});

test('a target login acts only for its own target; other logins are refused', async () => {
  const other = await run(agent2, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'tsx1', N'2026/11/30 09:15:00', 60");
  assert.deepEqual(errorNumbers(other), [14260]);
  assert.deepEqual(other.resultSets, []);
  assert.deepEqual(errorNumbers(await run(agent2, "EXEC msdb.dbo.sp_downloaded_row_limiter N'tsx1'")), [14260]);
  assert.deepEqual(errorNumbers(await run(agent2, `EXEC msdb.dbo.sp_enlist_tsx 1, N'tsx1', NULL, 0, NULL, N'x', 60`)), [14260]);
  assert.deepEqual(errorNumbers(await run(agent2, `EXEC msdb.dbo.sp_enlist_tsx 2, N'tsx1', NULL, 0, NULL, N'x', 60`)), [14260]);
  const still = await ok(node.sa, "SELECT COUNT(*) FROM dbo.systargetservers WHERE server_name = N'TSX1'");
  assert.deepEqual(still.resultSets[0]?.rows, [[1]]);
  assert.deepEqual(errorNumbers(await run(plain, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'tsx1', N'2026/11/30 09:15:00', 60")), [229]);
  assert.deepEqual(errorNumbers(await run(plain, "EXEC msdb.dbo.sp_downloaded_row_limiter N'tsx1'")), [229]);
  assert.deepEqual(errorNumbers(await run(plain, 'EXEC msdb.dbo.sp_sqlagent_check_msx_version')), [229]);
  const probe = await run(plain, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'tsx1', N'2026/11/30 09:15:00', 60");
  assert.equal(probe.errors[0]?.message, "The EXECUTE permission was denied on the object 'sp_sqlagent_probe_msx', database 'msdb', schema 'dbo'.");
});

test('sp_downloaded_row_limiter: keeps the newest DownloadedMaxRows downloaded rows of the target', async () => {
  await ok(node.sa, `DELETE dbo.sysdownloadlist;
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, status)
VALUES (N'MSX', 1, 1, NEWID(), N'TSX2', 1), (N'MSX', 2, 1, NEWID(), N'TSX2', 1), (N'MSX', 3, 1, NEWID(), N'TSX2', 1),
       (N'MSX', 4, 1, NEWID(), N'TSX2', 0), (N'MSX', 1, 1, NEWID(), N'TSX1', 1)`);
  const noLimit = await run(node.sa, "DECLARE @rc int; EXEC @rc = msdb.dbo.sp_downloaded_row_limiter N'tsx2'; SELECT @rc");
  assert.equal(lastScalar(noLimit), 0);
  await ok(node.sa, `INSERT dbo.msxd_agent_settings (key_name, value_name, value_type, int_value)
VALUES (N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'DownloadedMaxRows', N'REG_DWORD', 1)`);
  await ok(node.sa, "EXEC dbo.sp_downloaded_row_limiter N'tsx2'");
  const left = await ok(node.sa, 'SELECT operation_code, target_server FROM dbo.sysdownloadlist ORDER BY instance_id');
  assert.deepEqual(left.resultSets[0]?.rows, [[3, 'TSX2'], [4, 'TSX2'], [1, 'TSX1']]);
  const none = await run(node.sa, "DECLARE @rc int; EXEC @rc = dbo.sp_downloaded_row_limiter N'tsx9'; SELECT @rc");
  assert.equal(lastScalar(none), 1);
});

test('sp_sqlagent_check_msx_version: 14541 when the MSX is older than required', async () => {
  const fine = await run(agent1, 'DECLARE @rc int; EXEC @rc = msdb.dbo.sp_sqlagent_check_msx_version; SELECT @rc');
  assert.deepEqual(errorNumbers(fine), []);
  assert.equal(lastScalar(fine), 0);
  const old = await run(node.sa, 'DECLARE @rc int; EXEC @rc = dbo.sp_sqlagent_check_msx_version 0x11000000; SELECT @rc');
  assert.deepEqual(old.errors.map((e) => e.message),
    ['The version of the MSX (16.0.4135) is not recent enough to support this TSX. Version 17.0.0 or later is required at the MSX.']);
  assert.equal(lastScalar(old), 1);
});

test('sp_downloaded_row_limiter by the target\'s own login', async () => {
  const sink = await run(agent2, "DECLARE @rc int; EXEC @rc = msdb.dbo.sp_downloaded_row_limiter N'tsx2'; SELECT @rc");
  assert.deepEqual(errorNumbers(sink), []);
  assert.equal(lastScalar(sink), 0);
});

test('sp_enlist_tsx @Action = 1 by the target\'s own login', async () => {
  const sink = await run(agent2, "EXEC msdb.dbo.sp_enlist_tsx 1, N'tsx2', NULL, 0, NULL, N'x', 60");
  assert.deepEqual(errorNumbers(sink), []);
});

test('after sp_delete_targetserver posts DEFECT, the target\'s login still polls and sees it pending', async () => {
  await ok(node.sa, "DELETE dbo.sysdownloadlist; EXEC dbo.sp_delete_targetserver N'tsx1'");
  const probe = await ok(agent1, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'tsx1', N'2026/11/30 09:20:00', 30");
  assert.deepEqual(probe.resultSets[0]?.rows, [[false, 0, 1]]);
  assert.deepEqual(errorNumbers(await run(agent2, "EXEC msdb.dbo.sp_sqlagent_probe_msx N'tsx1', N'2026/11/30 09:20:00', 30")), [14260]);
});

test('sp_msxd_fetch_download_instructions / sp_msxd_mark_download_instruction: own rows only, errors block', async () => {
  await ok(node.sa, `DELETE dbo.sysdownloadlist;
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, deleted_object_name)
VALUES (N'MSX', 1, 1, 'AAAAAAAA-0000-0000-0000-000000000001', N'TSX2', NULL), (N'MSX', 3, 1, 'BBBBBBBB-0000-0000-0000-000000000002', N'TSX2', N'old'),
       (N'MSX', 6, 2, CONVERT(uniqueidentifier, 0x00), N'TSX1', NULL)`);
  const fetched = await ok(agent2, "EXEC msdb.dbo.sp_msxd_fetch_download_instructions N'tsx2'");
  const set = fetched.resultSets[0]!;
  assert.deepEqual(set.columns.map((c) => c.name), ['instance_id', 'source_server', 'operation_code', 'object_type', 'object_id', 'deleted_object_name', 'date_posted']);
  assert.deepEqual(set.rows.map((r) => [r[2], r[3], r[5]]), [[1, 1, null], [3, 1, 'old']]);
  const [first, second] = set.rows.map((r) => Number(r[0]));
  assert.deepEqual(errorNumbers(await run(agent2, "EXEC msdb.dbo.sp_msxd_fetch_download_instructions N'tsx1'")), [14260]);
  const tsx1Row = await ok(node.sa, "SELECT instance_id FROM dbo.sysdownloadlist WHERE target_server = N'TSX1'");
  const foreign = await run(agent2, `EXEC msdb.dbo.sp_msxd_mark_download_instruction N'tsx2', ${Number(tsx1Row.resultSets[0]!.rows[0]![0])}`);
  assert.deepEqual(errorNumbers(foreign), [14262]);
  await ok(agent2, `EXEC msdb.dbo.sp_msxd_mark_download_instruction N'tsx2', ${first!}`);
  await ok(agent2, `EXEC msdb.dbo.sp_msxd_mark_download_instruction @server_name = N'tsx2', @instance_id = ${second!}, @error_message = N'Job not found.'`);
  const rows = await ok(node.sa, `SELECT status, CASE WHEN date_downloaded IS NULL THEN 0 ELSE 1 END, error_message FROM dbo.sysdownloadlist
    WHERE target_server = N'TSX2' ORDER BY instance_id`);
  assert.deepEqual(rows.resultSets[0]?.rows, [[1, 1, null], [0, 0, 'Job not found.']]);
  await ok(node.sa, `INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server)
    VALUES (N'MSX', 4, 1, 'AAAAAAAA-0000-0000-0000-000000000001', N'TSX2')`);
  const blocked = await ok(agent2, "EXEC msdb.dbo.sp_msxd_fetch_download_instructions N'tsx2'");
  assert.deepEqual(blocked.resultSets[0]?.rows, []);
  assert.deepEqual(errorNumbers(await run(plain, "EXEC msdb.dbo.sp_msxd_fetch_download_instructions N'tsx2'")), [229]);
});

test('TargetServersRole has no direct access to the download list (only the procedures, for its own targets)', async () => {
  const read = await run(agent1, 'SELECT COUNT(*) FROM dbo.sysdownloadlist');
  assert.deepEqual(errorNumbers(read), [229]);
  assert.deepEqual(errorNumbers(await run(agent1, "UPDATE dbo.sysdownloadlist SET status = 1 WHERE target_server = N'TSX2'")), [229]);
  assert.deepEqual(errorNumbers(await run(agent1, 'DELETE dbo.sysdownloadlist')), [229]);
  assert.deepEqual(errorNumbers(await run(agent1, 'UPDATE dbo.systargetservers SET poll_interval = 10')), [229]);
  assert.deepEqual(errorNumbers(await run(agent1, 'SELECT login_name FROM dbo.msxd_target_logins')), [229]);
});
