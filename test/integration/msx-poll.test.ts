// A target's agent polls its master, both real nodes (child processes) with their own agents:
// the master defines a multiserver job (a TSQL step and a schedule) for the target; the target,
// enlisted with MsxEncryptChannelOptions = 1 and forced to poll (sp_sqlagent_notify N'P'),
// downloads it (INSERT) under the master's job_id and schedule_uid, marks the instruction; the
// master's sp_start_job posts START, the target runs the job and uploads its outcome, which the
// master shows in sp_help_jobhistory @server = the target and in sysjobservers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const TSX_PASSWORD = 'Tsx-Poll-Pa55word!';
const AGENT_KEY = String.raw`SOFTWARE\Microsoft\MSSQLServer\SQLServerAgent`;

let master: NodeHandle;
let target: NodeHandle;
let msa: Session;
let tsa: Session;
let jobId: string;

const regwrite = (name: string, value: number): string =>
  `EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'${AGENT_KEY}', N'${name}', N'REG_DWORD', ${value};`;

async function rows(s: Session, sql: string): Promise<unknown[][]> {
  return ok(await batch(s, sql)).sets[0]?.rows.map((r) => [...r]) ?? [];
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const forcePoll = async (): Promise<void> => {
  ok(await batch(tsa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'P';`));
};

before(async () => {
  [master, target] = await Promise.all([startNode({ name: 'MSXDMASTER' }), startNode({ name: 'MSXDTARGET' })]);
  msa = await connect(master);
  tsa = await connect(target);
  ok(await batch(msa, `USE msdb;
EXEC dbo.sp_add_operator @name = N'MSXOperator', @email_address = N'dba@example.com';
CREATE LOGIN tsx_login WITH PASSWORD = N'${TSX_PASSWORD}', CHECK_POLICY = OFF;
CREATE USER tsx_login FOR LOGIN tsx_login;
ALTER ROLE TargetServersRole ADD MEMBER tsx_login;`));
  ok(await batch(tsa, `USE msdb;
CREATE CREDENTIAL MsxAccount WITH IDENTITY = N'tsx_login', SECRET = N'${TSX_PASSWORD}';
EXEC dbo.sp_msx_set_account @credential_name = N'MsxAccount';
${regwrite('MsxEncryptChannelOptions', 1)}
${regwrite('MSXPollInterval', 10)}
EXEC dbo.sp_msx_enlist @msx_server_name = N'127.0.0.1,${master.port}';`));
});

after(async () => {
  await close(msa);
  await close(tsa);
  await Promise.all([master.stop(), target.stop()]);
});

test('the target downloads a multiserver job (INSERT) with its step and schedule, and marks the instruction', async () => {
  const created = ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'msx poll job', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'count', @subsystem = N'TSQL', @command = N'SELECT COUNT(*) FROM sys.objects', @database_name = N'master';
EXEC dbo.sp_add_jobschedule @job_id = @id, @name = N'yearly', @freq_type = 1, @active_start_date = 20991231, @active_start_time = 120000;
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'MSXDTARGET';
SELECT CONVERT(nvarchar(36), @id);`));
  jobId = String(created.sets.at(-1)?.rows[0]?.[0]);
  const uid = await rows(msa, `SELECT CONVERT(nvarchar(36), s.schedule_uid) FROM msdb.dbo.sysschedules s JOIN msdb.dbo.sysjobschedules js ON js.schedule_id = s.schedule_id WHERE js.job_id = N'${jobId}'`);
  assert.deepEqual(await rows(msa, `SELECT operation_code, status FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET' ORDER BY instance_id`), [[1, 0]]);

  await forcePoll();
  await waitFor('the INSERT applied and marked (or failed)', async () => {
    const r = await rows(msa, `SELECT status, error_message FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET'`);
    return r.length === 1 && (r[0]?.[0] === 1 || r[0]?.[1] !== null) ? r : undefined;
  });
  const local = await rows(tsa, `SELECT j.name, CONVERT(nvarchar(36), j.job_id), o.originating_server FROM msdb.dbo.sysjobs j
JOIN msdb.dbo.sysoriginatingservers_view o ON o.originating_server_id = j.originating_server_id`);
  assert.deepEqual(local, [['msx poll job', jobId, `127.0.0.1,${master.port}`]]);
  assert.deepEqual(await rows(tsa, `SELECT step_id, step_name, subsystem, command, database_name FROM msdb.dbo.sysjobsteps WHERE job_id = N'${jobId}'`),
    [[1, 'count', 'TSQL', 'SELECT COUNT(*) FROM sys.objects', 'master']]);
  assert.deepEqual(await rows(tsa, `SELECT CONVERT(nvarchar(36), s.schedule_uid), s.name, s.freq_type, s.active_start_date, s.active_start_time
FROM msdb.dbo.sysschedules s JOIN msdb.dbo.sysjobschedules js ON js.schedule_id = s.schedule_id WHERE js.job_id = N'${jobId}'`),
    [[uid[0]?.[0], 'yearly', 1, 20991231, 120000]]);
  assert.deepEqual(await rows(msa, `SELECT status, error_message FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET'`), [[1, null]]);
  const [[pollInterval]] = await rows(msa, `SELECT poll_interval FROM msdb.dbo.systargetservers WHERE server_name = N'MSXDTARGET'`) as [[number]];
  assert.equal(pollInterval, 10);
});

test("START posted by the master's sp_start_job: the target runs the job and uploads its outcome", async () => {
  ok(await batch(msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await forcePoll();
  const history = await waitFor('the outcome at the master', async () => {
    const h = ok(await batch(msa, `EXEC msdb.dbo.sp_help_jobhistory @job_id = N'${jobId}', @server = N'MSXDTARGET', @mode = N'FULL'`)).sets[0];
    const cols = h?.columns.map((c) => c.name) ?? [];
    const r = (h?.rows ?? []).map((row) => ({ step: row[cols.indexOf('step_id')], status: row[cols.indexOf('run_status')], server: row[cols.indexOf('server')], message: row[cols.indexOf('message')] }));
    return r.some((x) => x.step === 0) ? r : undefined;
  });
  assert.deepEqual(history.map((h) => [h.step, h.status, h.server]).sort(), [[0, 1, 'MSXDTARGET'], [1, 1, 'MSXDTARGET']]);
  assert.match(String(history.find((h) => h.step === 0)?.message), /^The job succeeded\./);
  const [[outcome, runDate]] = await rows(msa, `SELECT js.last_run_outcome, js.last_run_date FROM msdb.dbo.sysjobservers js
JOIN msdb.dbo.systargetservers t ON t.server_id = js.server_id WHERE js.job_id = N'${jobId}' AND t.server_name = N'MSXDTARGET'`) as [[number, number]];
  assert.equal(outcome, 1);
  assert.ok(runDate > 20200101);
  assert.deepEqual(await rows(msa, `SELECT operation_code, status FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET' ORDER BY instance_id`), [[1, 1], [4, 1]]);

  // a second poll uploads nothing again (exactly once)
  await forcePoll();
  await new Promise((r) => setTimeout(r, 1500));
  const again = ok(await batch(msa, `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' AND server = N'MSXDTARGET'`)).sets[0]?.rows[0]?.[0];
  assert.equal(again, 2);
});

async function downloadsSettled(): Promise<unknown[][]> {
  return waitFor('every instruction applied or failed', async () => {
    const r = await rows(msa, `SELECT instance_id, operation_code, status, error_message FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET' ORDER BY instance_id`);
    return r.every((x) => x[2] === 1 || x[3] !== null) ? r : undefined;
  });
}

test('UPDATE refreshes the header, SET-POLL the poll interval, DELETE removes the job', async () => {
  ok(await batch(msa, `EXEC msdb.dbo.sp_update_job @job_id = N'${jobId}', @description = N'changed at the master';
EXEC msdb.dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'SERVER', @value = 20;`));
  await forcePoll();
  await downloadsSettled();
  assert.deepEqual(await rows(tsa, `SELECT description FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [['changed at the master']]);
  assert.deepEqual(await rows(tsa, `DECLARE @v int; EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'${AGENT_KEY}', N'MSXPollInterval', @v OUTPUT; SELECT @v;`), [[20]]);
  await forcePoll();
  await waitFor('the new poll interval at the master', async () => {
    const r = await rows(msa, `SELECT poll_interval FROM msdb.dbo.systargetservers WHERE server_name = N'MSXDTARGET'`);
    return r[0]?.[0] === 20 ? r : undefined;
  });

  ok(await batch(msa, `EXEC msdb.dbo.sp_delete_job @job_id = N'${jobId}';`));
  await forcePoll();
  const list = await downloadsSettled();
  // the master's sp_delete_job drops the job's earlier rows; SET-POLL and the DELETE remain, both applied
  assert.deepEqual(list.map((r) => [r[1], r[2], r[3]]), [[9, 1, null], [3, 1, null]]);
  assert.deepEqual(await rows(tsa, `SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [[0]]);
});

test('an instruction the target cannot apply gets its error and blocks the target until it is removed', async () => {
  ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'never downloaded', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N's', @command = N'SELECT 1';
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'MSXDTARGET';
DELETE FROM dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET' AND status = 0;
EXEC dbo.sp_start_job @job_id = @id;
EXEC dbo.sp_post_msx_operation @operation = 'SET-POLL', @object_type = 'SERVER', @value = 30;`));
  await forcePoll();
  const failed = await waitFor('the error row', async () => {
    const r = await rows(msa, `SELECT operation_code, status, error_message FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET' AND status = 0 ORDER BY instance_id`);
    return r[0]?.[2] !== null && r[0]?.[2] !== undefined ? r : undefined;
  });
  assert.equal(failed.length, 2);
  assert.deepEqual(failed[0]?.slice(0, 2), [4, 0]);
  assert.match(String(failed[0]?.[2]), /does not exist/);
  assert.deepEqual(failed[1], [9, 0, null]);
  const [[, , status]] = await rows(msa, `EXEC msdb.dbo.sp_help_targetserver N'MSXDTARGET'`).then((r) => r.map((x) => [x[0], x[1], x[6]])) as [[unknown, unknown, number]];
  assert.equal(status & 4, 4);

  ok(await batch(msa, `DELETE FROM msdb.dbo.sysdownloadlist WHERE target_server = N'MSXDTARGET' AND error_message IS NOT NULL;`));
  await forcePoll();
  await downloadsSettled();
  assert.deepEqual(await rows(tsa, `DECLARE @v int; EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'${AGENT_KEY}', N'MSXPollInterval', @v OUTPUT; SELECT @v;`), [[30]]);
});

test('outcomes of runs while the master refuses the target are spooled and uploaded once it is back', async () => {
  const created = ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'spooled job', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'one', @command = N'SELECT 1';
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'MSXDTARGET';
SELECT CONVERT(nvarchar(36), @id);`));
  const spooled = String(created.sets.at(-1)?.rows[0]?.[0]);
  await forcePoll();
  await downloadsSettled();
  ok(await batch(msa, 'ALTER LOGIN tsx_login DISABLE;'));
  ok(await batch(tsa, `EXEC msdb.dbo.sp_start_job @job_id = N'${spooled}';`));
  await waitFor('the local outcome', async () => {
    const r = await rows(tsa, `SELECT run_status FROM msdb.dbo.sysjobhistory WHERE job_id = N'${spooled}' AND step_id = 0`);
    return r.length === 1 ? r : undefined;
  });
  await forcePoll();
  await new Promise((r) => setTimeout(r, 1500));
  const atMaster = `SELECT step_id, run_status, server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${spooled}' ORDER BY instance_id`;
  assert.deepEqual(await rows(msa, atMaster), []);
  assert.match(target.output(), /agent: MSX poll failed/);

  ok(await batch(msa, 'ALTER LOGIN tsx_login ENABLE;'));
  await forcePoll();
  await waitFor('the spooled outcome at the master', async () => {
    const r = await rows(msa, atMaster);
    return r.length === 2 ? r : undefined;
  });
  await forcePoll();
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(await rows(msa, atMaster), [[1, 1, 'MSXDTARGET'], [0, 1, 'MSXDTARGET']]);

  // a step added at the master posts INSERT: the target replaces the job whole and runs the new definition
  ok(await batch(msa, `EXEC msdb.dbo.sp_update_jobstep @job_id = N'${spooled}', @step_id = 1, @on_success_action = 3;
EXEC msdb.dbo.sp_add_jobstep @job_id = N'${spooled}', @step_name = N'two', @command = N'SELECT 2';`));
  await forcePoll();
  await downloadsSettled();
  assert.deepEqual(await rows(tsa, `SELECT step_id, step_name, on_success_action FROM msdb.dbo.sysjobsteps WHERE job_id = N'${spooled}' ORDER BY step_id`),
    [[1, 'one', 3], [2, 'two', 1]]);
  ok(await batch(msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${spooled}';`));
  await forcePoll();
  const second = await waitFor('the second run at the master', async () => {
    const r = await rows(msa, atMaster);
    return r.length === 5 ? r : undefined;
  });
  assert.deepEqual(second.slice(2), [[1, 1, 'MSXDTARGET'], [2, 1, 'MSXDTARGET'], [0, 1, 'MSXDTARGET']]);
});

test('STOP posted by the master cancels the run on the target; the canceled outcome is uploaded', async () => {
  const created = ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'long job', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'wait', @command = N'WAITFOR DELAY ''00:00:30''';
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'MSXDTARGET';
SELECT CONVERT(nvarchar(36), @id);`));
  const longJob = String(created.sets.at(-1)?.rows[0]?.[0]);
  ok(await batch(msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${longJob}';`));
  await forcePoll();
  await downloadsSettled();
  await waitFor('the run on the target', async () => {
    const r = await rows(tsa, `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${longJob}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
    return r[0]?.[0] === 1 ? r : undefined;
  });
  ok(await batch(msa, `EXEC msdb.dbo.sp_stop_job @job_id = N'${longJob}';`));
  await forcePoll();
  const outcome = await waitFor('the canceled outcome at the master', async () => {
    const r = await rows(msa, `SELECT step_id, run_status, server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${longJob}' AND step_id = 0`);
    return r.length === 1 ? r : undefined;
  });
  assert.deepEqual(outcome, [[0, 3, 'MSXDTARGET']]);
});

test("another target's login may not upload or read definitions for this target (14260); only sysadmin gets the MSX connection (229)", async () => {
  ok(await batch(msa, `USE msdb;
CREATE LOGIN other_tsx WITH PASSWORD = N'Other-Tsx-Pa55word!', CHECK_POLICY = OFF;
CREATE USER other_tsx FOR LOGIN other_tsx;
ALTER ROLE TargetServersRole ADD MEMBER other_tsx;`));
  const other = await connect(master, { user: 'other_tsx', password: 'Other-Tsx-Pa55word!', database: 'msdb' });
  try {
    const upload = await batch(other, `EXEC msdb.dbo.sp_msxd_upload_job_outcome @server_name = N'MSXDTARGET', @target_instance_id = 999999,
  @job_id = N'${jobId}', @step_name = N'forged', @step_id = 0, @run_status = 0;`);
    assert.deepEqual(upload.errors.map((e) => e.number), [14260]);
    const definition = await batch(other, `EXEC msdb.dbo.sp_msxd_fetch_job_definition @server_name = N'MSXDTARGET', @job_id = N'${jobId}';`);
    assert.deepEqual(definition.errors.map((e) => e.number), [14260]);
  } finally {
    await close(other);
  }
  ok(await batch(tsa, `CREATE LOGIN plain WITH PASSWORD = N'Plain-Pa55word!', CHECK_POLICY = OFF;`));
  const plain = await connect(target, { user: 'plain', password: 'Plain-Pa55word!' });
  try {
    const denied = await batch(plain, 'EXEC msdb.dbo.sp_msxd_get_msx_connection;');
    assert.deepEqual(denied.errors.map((e) => e.number), [229]);
  } finally {
    await close(plain);
  }
  const [[msx, login, encrypt, poll]] = await rows(tsa, `DECLARE @t TABLE (msx_server sysname, host nvarchar(256), port int, login sysname, password nvarchar(4000),
  encrypt_option int, ca_file nvarchar(1024), poll_interval int, local_server sysname);
INSERT INTO @t EXEC msdb.dbo.sp_msxd_get_msx_connection;
SELECT msx_server, login, encrypt_option, poll_interval FROM @t;`) as [[string, string, number, number]];
  assert.deepEqual([msx, login, encrypt, poll], [`127.0.0.1,${master.port}`, 'tsx_login', 1, 30]);
});

test('DEFECT posted by sp_delete_targetserver: the target defects, its downloaded jobs go, and it stops polling the master', async () => {
  ok(await batch(msa, `EXEC msdb.dbo.sp_delete_targetserver @server_name = N'MSXDTARGET';`));
  await forcePoll();
  await waitFor('the defection on the target', async () => {
    const r = await rows(tsa, 'SELECT COUNT(*) FROM msdb.dbo.sysoriginatingservers');
    return r[0]?.[0] === 0 ? r : undefined;
  });
  assert.deepEqual(await rows(tsa, `SELECT COUNT(*) FROM msdb.dbo.sysjobs j JOIN msdb.dbo.sysoriginatingservers_view o
ON o.originating_server_id = j.originating_server_id WHERE o.master_server = 1`), [[0]]);
  const connection = ok(await batch(tsa, 'EXEC msdb.dbo.sp_msxd_get_msx_connection;'));
  assert.equal(connection.sets[0]?.rows.length, 0);
});

test('the target did not log the MSX password', () => {
  assert.doesNotMatch(master.output(), new RegExp(TSX_PASSWORD));
  assert.doesNotMatch(target.output(), new RegExp(TSX_PASSWORD));
});
