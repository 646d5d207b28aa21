// sp_post_msx_operation: validation order, rows per target, messages; the procedures built on it
// (sp_delete_targetserver, sp_resync_targetserver) and sp_help_downloadlist.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { openMsxNode, ok, run, type MsxNode } from './msx-node';
import { addMsxOperator, addMultiserverJob, downloadList, enlist, errorNumbers, infoTexts, JOB_A, JOB_B, lastScalar } from './fixtures';
import { IDENTITY } from '../../engine/helpers';

const ZERO = '00000000-0000-0000-0000-000000000000';
let node: MsxNode;
before(async () => {
  node = await openMsxNode();
  await addMsxOperator(node.sa);
  await ok(node.sa, `CREATE LOGIN plain WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
CREATE USER plain FOR LOGIN plain;`);
});
after(async () => { await node.dispose(); });
beforeEach(async () => {
  await ok(node.sa, 'DELETE dbo.sysdownloadlist; DELETE dbo.sysjobservers; DELETE dbo.sysjobs; DELETE dbo.systargetservers; DELETE dbo.msxd_target_logins');
});

async function twoTargetsAndJobs(): Promise<void> {
  await enlist(node.sa, 'tsx1', 60);
  await enlist(node.sa, 'tsx2', -300);
  const ids = await ok(node.sa, 'SELECT server_id FROM dbo.systargetservers ORDER BY server_name');
  const [t1, t2] = ids.resultSets[0]!.rows.map((r) => Number(r[0]));
  await addMultiserverJob(node.sa, JOB_A, 'nightly', [t1!, t2!]);
  await addMultiserverJob(node.sa, JOB_B, 'weekly', [t2!]);
}

async function post(args: string): Promise<{ errors: number[]; info: string[]; rc: unknown; text: string[] }> {
  const sink = await run(node.sa, `DECLARE @rc int; EXEC @rc = dbo.sp_post_msx_operation ${args}; SELECT @rc;`);
  return { errors: errorNumbers(sink), info: infoTexts(sink), rc: lastScalar(sink), text: sink.errors.map((e) => e.message) };
}

test('sp_post_msx_operation: parameter checks in order', async () => {
  await twoTargetsAndJobs();
  const cases: [string, number, string][] = [
    ["'EXPLODE'", 14266, "The specified '@operation_code' is invalid (valid values are: INSERT, UPDATE, DELETE, START, STOP, RE-ENLIST, DEFECT, SYNC-TIME, SET-POLL)."],
    ["'INSERT', 'ALERT'", 14266, "The specified '@object_type' is invalid (valid values are: JOB, SERVER, SCHEDULE)."],
    ["'DEFECT', 'JOB', 0x00", 14266, "The specified '@operation_code' is invalid (valid values are: INSERT, UPDATE, DELETE, START, STOP)."],
    ["'START', 'SERVER'", 14266, "The specified '@operation_code' is invalid (valid values are: RE-ENLIST, DEFECT, SYNC-TIME, SET-POLL)."],
    // SQL Server checks the operation against SCHEDULE only for a schedule multiserver jobs use
    ["'START', 'SCHEDULE'", 14365, 'Specify a valid schedule_uid.'],
    ["'INSERT', 'JOB'", 14233, 'Specify a valid job_id (or 0x00 for all jobs).'],
    ["'UPDATE', 'SCHEDULE'", 14365, 'Specify a valid schedule_uid.'],
    ["'SET-POLL', 'SERVER', @value = 5", 14266, "The specified '@value' is invalid (valid values are: 10..28800)."],
    ["'SET-POLL', 'SERVER'", 14266, "The specified '@value' is invalid (valid values are: 10..28800)."],
    ["'RE-ENLIST', 'SERVER', @specific_target_server = N'ghost'", 14262, "The specified @specific_target_server ('GHOST') does not exist."],
    [`'INSERT', 'JOB', '${ZERO.replace(/0$/, '9')}'`, 14262, `The specified @job_id ('${ZERO.replace(/0$/, '9')}') does not exist.`],
  ];
  for (const [args, number, text] of cases) {
    const r = await post(args);
    assert.deepEqual(r.errors, [number], args);
    assert.deepEqual(r.text, [text], args);
    assert.equal(r.rc, 1, args);
  }
  assert.deepEqual(await downloadList(node.sa), []);
});

test('sp_post_msx_operation: JOB rows go to every target of the job; DELETE carries the job name', async () => {
  await twoTargetsAndJobs();
  const r = await post(`'insert', 'job', '${JOB_A}'`);
  assert.deepEqual(r, { errors: [], info: ['SP_POST_MSX_OPERATION: 2 INSERT download instruction(s) posted.'], rc: 0, text: [] });
  await post(`'DELETE', 'JOB', '${JOB_B}'`);
  await post(`'START', 'JOB', '${JOB_A}', N'tsx2'`);
  assert.deepEqual(await downloadList(node.sa), [
    [1, 1, JOB_A, 'TSX1', null], [1, 1, JOB_A, 'TSX2', null], [3, 1, JOB_B, 'TSX2', 'weekly'], [4, 1, JOB_A, 'TSX2', null],
  ]);
  const source = await ok(node.sa, 'SELECT DISTINCT source_server FROM dbo.sysdownloadlist');
  assert.deepEqual(source.resultSets[0]?.rows, [[IDENTITY.machineName]]);
});

test('sp_post_msx_operation: all jobs (0x00); DELETE of all jobs is one row per target with jobs', async () => {
  await twoTargetsAndJobs();
  assert.deepEqual((await post("'UPDATE', 'JOB', 0x00")).info, ['SP_POST_MSX_OPERATION: 3 UPDATE download instruction(s) posted.']);
  await ok(node.sa, 'DELETE dbo.sysdownloadlist');
  await post("'DELETE', 'JOB', 0x00");
  assert.deepEqual(await downloadList(node.sa), [[3, 1, ZERO, 'TSX1', null], [3, 1, ZERO, 'TSX2', null]]);
  await ok(node.sa, "DELETE dbo.sysjobservers WHERE server_id = (SELECT server_id FROM dbo.systargetservers WHERE server_name = N'TSX1')");
  const none = await post("'INSERT', 'JOB', 0x00, N'tsx1'");
  assert.deepEqual(none.info, ["SP_POST_MSX_OPERATION Warning: The specified @specific_target_server ('TSX1') is not involved in a multiserver job."]);
});

test('sp_post_msx_operation: SERVER operations; SET-POLL and SYNC-TIME values in object_id', async () => {
  await twoTargetsAndJobs();
  await post("'RE-ENLIST', 'SERVER'");
  await post("'SET-POLL', 'SERVER', @value = 60, @specific_target_server = N'tsx1'");
  await post("'SYNC-TIME', 'SERVER', NULL, N'TSX2'");
  const msxTz = -new Date().getTimezoneOffset();
  const syncValue = -(msxTz - -300);
  const syncHex = (syncValue >>> 0).toString(16).toUpperCase().padStart(8, '0');
  assert.deepEqual(await downloadList(node.sa), [
    [6, 2, ZERO, 'TSX1', null], [6, 2, ZERO, 'TSX2', null],
    [9, 2, '00000000-0000-0000-0000-00000000003C', 'TSX1', null],
    [8, 2, `00000000-0000-0000-0000-0000${syncHex}`, 'TSX2', null],
  ]);
});

test('sp_post_msx_operation: silent for the local server, for a local job and when not an MSX', async () => {
  assert.deepEqual(await post("'RE-ENLIST', 'SERVER'"), { errors: [], info: [], rc: 0, text: [] });
  await twoTargetsAndJobs();
  assert.deepEqual(await post(`'RE-ENLIST', 'SERVER', NULL, N'${IDENTITY.serverName.toLowerCase()}'`), { errors: [], info: [], rc: 0, text: [] });
  await ok(node.sa, `INSERT dbo.sysjobservers VALUES ('${JOB_B}', 0, 5, NULL, 0, 0, 0)`);
  assert.deepEqual(await post(`'INSERT', 'JOB', '${JOB_B}'`), { errors: [], info: [], rc: 0, text: [] });
  assert.deepEqual(await downloadList(node.sa), []);
});

test('sp_post_msx_operation: a non-sysadmin gets 229 (no EXECUTE permission)', async () => {
  const plain = await node.sessionOf('plain');
  const sink = await run(plain, "EXEC msdb.dbo.sp_post_msx_operation 'RE-ENLIST', 'SERVER'");
  assert.deepEqual(errorNumbers(sink), [229]);
});

test('sp_delete_targetserver: posts DEFECT first, clears the rest, removes the target everywhere', async () => {
  await twoTargetsAndJobs();
  await post(`'INSERT', 'JOB', '${JOB_A}'`);
  const sink = await run(node.sa, "DECLARE @rc int; EXEC @rc = dbo.sp_delete_targetserver @server_name = N'tsx1', @clear_downloadlist = 0; SELECT @rc");
  assert.equal(lastScalar(sink), 0);
  assert.deepEqual(infoTexts(sink), ['SP_POST_MSX_OPERATION: 1 DEFECT download instruction(s) posted.']);
  assert.deepEqual((await downloadList(node.sa)).filter((r) => r[3] === 'TSX1'), [[1, 1, JOB_A, 'TSX1', null], [7, 2, ZERO, 'TSX1', null]]);
  const left = await ok(node.sa, `SELECT (SELECT COUNT(*) FROM dbo.systargetservers), (SELECT COUNT(*) FROM dbo.sysjobservers)`);
  assert.deepEqual(left.resultSets[0]?.rows, [[1, 2]]);
  await run(node.sa, "EXEC dbo.sp_delete_targetserver N'tsx2', @post_defection = 0");
  assert.deepEqual((await downloadList(node.sa)).filter((r) => r[3] === 'TSX2'), []);
  const unknown = await run(node.sa, "EXEC dbo.sp_delete_targetserver N'tsx2'");
  assert.deepEqual(errorNumbers(unknown), [14262]);
});

test('sp_resync_targetserver: one target or ALL: pending rows dropped, DELETE + INSERT of all jobs posted', async () => {
  await twoTargetsAndJobs();
  await ok(node.sa, `INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, error_message)
VALUES (N'MSX', 1, 1, '${JOB_A}', N'TSX1', N'boom'), (N'MSX', 1, 1, '${JOB_A}', N'TSX2', NULL)`);
  const one = await run(node.sa, "DECLARE @rc int; EXEC @rc = dbo.sp_resync_targetserver N'tsx1'; SELECT @rc");
  assert.equal(lastScalar(one), 0);
  assert.deepEqual(infoTexts(one), ['SP_POST_MSX_OPERATION: 1 DELETE download instruction(s) posted.',
    'SP_POST_MSX_OPERATION: 1 INSERT download instruction(s) posted.']);
  assert.deepEqual(await downloadList(node.sa), [[1, 1, JOB_A, 'TSX2', null], [3, 1, ZERO, 'TSX1', null], [1, 1, JOB_A, 'TSX1', null]]);
  await run(node.sa, "EXEC dbo.sp_resync_targetserver 'all'");
  assert.deepEqual(await downloadList(node.sa), [
    [3, 1, ZERO, 'TSX1', null], [3, 1, ZERO, 'TSX2', null], [1, 1, JOB_A, 'TSX1', null], [1, 1, JOB_A, 'TSX2', null], [1, 1, JOB_B, 'TSX2', null],
  ].sort(byOpThenTarget));
  assert.deepEqual(errorNumbers(await run(node.sa, "EXEC dbo.sp_resync_targetserver N'ghost'")), [14262]);
  const plain = await node.sessionOf('plain');
  assert.deepEqual(errorNumbers(await run(plain, "EXEC msdb.dbo.sp_resync_targetserver N'ALL'")), [15003]);
});

function byOpThenTarget(a: unknown[], b: unknown[]): number {
  return Number(a[0]) === Number(b[0]) ? 0 : Number(a[0]) === 3 ? -1 : 1;
}

test('sp_help_downloadlist: labels, object names, filters and checks', async () => {
  await twoTargetsAndJobs();
  await post(`'INSERT', 'JOB', '${JOB_A}'`);
  await post(`'DELETE', 'JOB', '${JOB_B}'`);
  await post("'SET-POLL', 'SERVER', @value = 30, @specific_target_server = N'tsx1'");
  await post("'STOP', 'JOB', 0x00, N'tsx1'");
  await post("'DELETE', 'JOB', 0x00, N'tsx1'");
  await ok(node.sa, "UPDATE dbo.sysdownloadlist SET error_message = N'boom' WHERE operation_code = 3");
  const sink = await ok(node.sa, 'EXEC dbo.sp_help_downloadlist');
  const set = sink.resultSets[0]!;
  assert.deepEqual(set.columns.map((c) => c.name), ['instance_id', 'source_server', 'operation_code', 'object_name', 'object_id',
    'target_server', 'error_message', 'date_posted', 'date_downloaded', 'status']);
  assert.deepEqual(set.columns.map((c) => c.type.kind), ['int', 'nvarchar', 'nvarchar', 'nvarchar', 'uniqueidentifier',
    'nvarchar', 'nvarchar', 'datetime', 'datetime', 'tinyint']);
  assert.deepEqual(set.rows.map((r) => [r[2], r[3], r[5], r[6], r[9]]), [
    ['1 (INSERT)', 'nightly', 'TSX1', null, 0], ['1 (INSERT)', 'nightly', 'TSX2', null, 0], ['3 (DELETE)', 'weekly', 'TSX2', 'boom', 0],
    ['9 (SET-POLL)', 'TSX1', 'TSX1', null, 0], ['5 (STOP)', 'nightly', 'TSX1', null, 0], ['3 (DELETE)', '(all jobs)', 'TSX1', 'boom', 0],
  ]);
  const filtered = await ok(node.sa, "EXEC dbo.sp_help_downloadlist @job_name = N'nightly', @target_server = N'tsx2'");
  assert.deepEqual(filtered.resultSets[0]!.rows.map((r) => [r[2], r[5]]), [['1 (INSERT)', 'TSX2']]);
  const errorsOnly = await ok(node.sa, 'EXEC dbo.sp_help_downloadlist @has_error = 1');
  assert.deepEqual(errorsOnly.resultSets[0]!.rows.map((r) => r[3]), ['weekly', '(all jobs)']);
  const byOp = await ok(node.sa, "EXEC dbo.sp_help_downloadlist @operation = 'set-poll', @object_type = 'SERVER', @object_name = N'tsx1'");
  assert.deepEqual(byOp.resultSets[0]!.rows.map((r) => r[2]), ['9 (SET-POLL)']);
  const since = await ok(node.sa, "EXEC dbo.sp_help_downloadlist @date_posted = '2999-01-01'");
  assert.deepEqual(since.resultSets[0]!.rows, []);
  const checks: [string, number][] = [
    ["@operation = 'NOPE'", 14266], ["@object_type = 'SCHEDULE', @object_name = N'x'", 14266], ["@object_type = 'JOB'", 14272],
    ["@object_name = N'nightly'", 14272], ["@target_server = N'ghost'", 14262], ['@has_error = 0', 14266], ['@status = 2', 14266],
    ["@job_name = N'ghost'", 14262],
  ];
  for (const [args, number] of checks) {
    assert.deepEqual(errorNumbers(await run(node.sa, `EXEC dbo.sp_help_downloadlist ${args}`)), [number], args);
  }
});

test('sp_post_msx_operation SCHEDULE: one JOB INSERT per (job using the schedule, target)', async () => {
  await twoTargetsAndJobs();
  const uid = '5C5C5C5C-0000-0000-0000-000000000005';
  await ok(node.sa, `INSERT dbo.sysschedules (schedule_uid, originating_server_id, name, owner_sid, enabled, freq_type, freq_interval,
      freq_subday_type, freq_subday_interval, freq_relative_interval, freq_recurrence_factor, active_start_date, active_end_date,
      active_start_time, active_end_time)
    VALUES ('${uid}', 0, N'daily', SUSER_SID(N'sa'), 1, 4, 1, 1, 0, 0, 0, 20260101, 99991231, 0, 235959);
INSERT dbo.sysjobschedules (schedule_id, job_id, next_run_date, next_run_time)
SELECT schedule_id, '${JOB_A}', 0, 0 FROM dbo.sysschedules WHERE schedule_uid = '${uid}';`);
  const r = await post(`'UPDATE', 'SCHEDULE', @schedule_uid = '${uid}'`);
  assert.deepEqual(r.info, ['SP_POST_MSX_OPERATION: 2 UPDATE download instruction(s) posted.']);
  assert.deepEqual(await downloadList(node.sa), [[1, 1, JOB_A, 'TSX1', null], [1, 1, JOB_A, 'TSX2', null]]);
  const unknown = await post("'DELETE', 'SCHEDULE', @schedule_uid = '5C5C5C5C-0000-0000-0000-000000000009'");
  assert.deepEqual(unknown.text, ["The specified @schedule_uid ('5C5C5C5C-0000-0000-0000-000000000009') does not exist."]);
  await ok(node.sa, 'DELETE dbo.sysjobschedules; DELETE dbo.sysschedules');
});
