// The schedule, run-control, history and Agent-internal procedures of msdb over TDS on a real
// node, called the way SSMS/SMO (batches with OUTPUT variables, INSERT ... EXEC) and the agent
// (RPC with named parameters) call them. The node runs no agent here: the test plays the agent's
// part through its msdb procedures.
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, callProcedure, close, connect, ok, TYPES } from '../helpers/tedious-session';

const JOB = `DECLARE @id uniqueidentifier = NEWID();
INSERT INTO msdb.dbo.sysjobs (job_id, originating_server_id, name, enabled, description, start_step_id, category_id, owner_sid,
  notify_level_eventlog, notify_level_email, notify_level_netsend, notify_level_page, notify_email_operator_id,
  notify_netsend_operator_id, notify_page_operator_id, delete_level, date_created, date_modified, version_number)
VALUES (@id, 0, N'nightly load', 1, NULL, 1, 0, SUSER_SID(N'sa'), 2, 0, 0, 0, 0, 0, 0, 0, GETDATE(), GETDATE(), 1);
INSERT INTO msdb.dbo.sysjobservers (job_id, server_id, last_run_outcome, last_outcome_message, last_run_date, last_run_time, last_run_duration)
VALUES (@id, 0, 5, NULL, 0, 0, 0);
INSERT INTO msdb.dbo.sysjobsteps (job_id, step_id, step_name, subsystem, command, flags, cmdexec_success_code, on_success_action,
  on_success_step_id, on_fail_action, on_fail_step_id, database_name, retry_attempts, retry_interval, os_run_priority,
  last_run_outcome, last_run_duration, last_run_retries, last_run_date, last_run_time, step_uid)
VALUES (@id, 1, N'load', N'TSQL', N'SELECT 1', 0, 0, 1, 0, 2, 0, N'master', 0, 0, 0, 0, 0, 0, 0, 0, NEWID());
SELECT CONVERT(nvarchar(36), @id);`;

test('schedules, start/stop, history and agent settings over TDS', async () => {
  const node = await startNode({ name: 'MSXDSCHED', args: ['--no-agent'] });
  try {
    // This connection plays the Agent (sp_start_job asks for a live 'SQLAgent - Job Manager' session).
    const s = await connect(node, { appName: 'SQLAgent - Job Manager' });
    const jobId = String(ok(await batch(s, JOB)).sets[0]!.rows[0]![0]);

    // SMO's way: a batch with OUTPUT variables
    const added = ok(await batch(s, `DECLARE @schedule_id int, @uid uniqueidentifier;
EXEC msdb.dbo.sp_add_schedule @schedule_name = N'every 15 min', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 4,
  @freq_subday_interval = 15, @active_start_date = 20240101, @schedule_id = @schedule_id OUTPUT, @schedule_uid = @uid OUTPUT;
SELECT @schedule_id;`));
    assert.equal(added.sets.at(-1)!.rows[0]![0], 1);

    // RPC with OUTPUT parameters, as an application would call it
    const rpc = await callProcedure(s, 'msdb.dbo.sp_add_schedule', [
      ['schedule_name', TYPES.NVarChar, 'weekly'], ['freq_type', TYPES.Int, 8], ['freq_interval', TYPES.Int, 2],
      ['freq_recurrence_factor', TYPES.Int, 1], ['freq_subday_type', TYPES.Int, 1], ['active_start_time', TYPES.Int, 30000],
      ['schedule_id', TYPES.Int, null, { output: true }], ['schedule_uid', TYPES.UniqueIdentifier, null, { output: true }],
    ]);
    ok(rpc);
    assert.equal(rpc.returnStatus, 0);
    assert.equal(rpc.outputs['schedule_id'], 2);
    assert.match(String(rpc.outputs['schedule_uid']), /^[0-9A-F-]{36}$/i);

    const bad = await callProcedure(s, 'msdb.dbo.sp_add_schedule', [['schedule_name', TYPES.NVarChar, 'bad'], ['freq_type', TYPES.Int, 3]]);
    assert.equal(bad.returnStatus, 1);
    assert.deepEqual(bad.errors.map((e) => [e.number, e.class, e.message]),
      [[14266, 16, "The specified '@freq_type' is invalid (valid values are: 1, 4, 8, 16, 32, 64, 128)."]]);

    ok(await batch(s, `EXEC msdb.dbo.sp_attach_schedule @job_name = N'nightly load', @schedule_name = N'every 15 min';
EXEC msdb.dbo.sp_attach_schedule @job_id = '${jobId}', @schedule_id = 2;`));

    // the agent: a session, activity rows, the schedules and their next run
    const session = ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_start_session')).sets[0]!.rows[0]![0] as number;
    ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_create_jobactivity', [['session_id', TYPES.Int, session], ['job_id', TYPES.UniqueIdentifier, null]]));
    ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_set_jobschedule_next_run', [['job_id', TYPES.UniqueIdentifier, jobId],
      ['schedule_id', TYPES.Int, 1], ['next_run_date', TYPES.Int, 20240101], ['next_run_time', TYPES.Int, 1500]]));
    const schedules = ok(await callProcedure(s, 'msdb.dbo.sp_help_jobschedule', [['job_id', TYPES.UniqueIdentifier, jobId], ['include_description', TYPES.Bit, true]]));
    const set = schedules.sets[0]!;
    assert.deepEqual(set.columns.map((c) => `${c.name} ${c.sqlType}`), ['schedule_id int', 'schedule_name nvarchar(128)', 'enabled int',
      'freq_type int', 'freq_interval int', 'freq_subday_type int', 'freq_subday_interval int', 'freq_relative_interval int',
      'freq_recurrence_factor int', 'active_start_date int', 'active_end_date int', 'active_start_time int', 'active_end_time int',
      'date_created datetime', 'schedule_description nvarchar(4000)', 'next_run_date int', 'next_run_time int',
      'schedule_uid uniqueidentifier', 'job_count int']);
    assert.deepEqual(set.rows.map((r) => [r[0], r[1], r[14], r[15], r[16]]), [
      [1, 'every 15 min', 'Every 1 day(s) every 15 minute(s) between 0:00 and 23:59', 20240101, 1500],
      [2, 'weekly', 'Every 1 week(s) on Monday at 3:00', 0, 0],
    ]);

    // sp_start_job is queued for the agent; a second start while it runs is refused (22022)
    const started = ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'nightly load'`));
    assert.deepEqual(started.infos.map((m) => m.message), ["Job 'nightly load' started successfully."]);
    const fetched = ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_fetch_notifications', [['session_id', TYPES.Int, session]]));
    assert.deepEqual(fetched.sets[0]!.rows.map((r) => [r[0], r[1], String(r[2]).toUpperCase(), r[5]]), [['J', 'S', jobId.toUpperCase(), 'User sa']]);
    ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_update_jobactivity_start_execution_date', [['session_id', TYPES.Int, session],
      ['job_id', TYPES.UniqueIdentifier, jobId], ['is_system', TYPES.TinyInt, 0], ['begin_execution_date', TYPES.Int, 20240101],
      ['begin_execution_time', TYPES.Int, 1500]]));
    const refused = await callProcedure(s, 'msdb.dbo.sp_start_job', [['job_name', TYPES.NVarChar, 'nightly load']]);
    assert.deepEqual(refused.errors.map((e) => [e.number, e.class]), [[22022, 16]]);
    assert.match(refused.errors[0]!.message, /^SQLServerAgent Error: Request to run job nightly load \(from User sa\) refused because the job is already running/);

    // the run ends: history through the agent's procedure, then sp_help_jobhistory and activity
    ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_log_jobhistory', [['job_id', TYPES.UniqueIdentifier, jobId], ['step_id', TYPES.Int, 0],
      ['sql_message_id', TYPES.Int, 0], ['sql_severity', TYPES.Int, 0], ['message', TYPES.NVarChar, 'The job succeeded.'],
      ['run_status', TYPES.Int, 1], ['run_date', TYPES.Int, 20240101], ['run_time', TYPES.Int, 1500], ['run_duration', TYPES.Int, 3],
      ['operator_id_emailed', TYPES.Int, 0], ['operator_id_netsent', TYPES.Int, 0], ['operator_id_paged', TYPES.Int, 0],
      ['retries_attempted', TYPES.Int, 0], ['server', TYPES.NVarChar, null], ['session_id', TYPES.Int, session]]));
    const history = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobhistory @job_name = N'nightly load', @mode = 'FULL'`));
    assert.deepEqual(history.sets[0]!.rows.map((r) => [r[2], r[4], r[7], r[16]]), [['nightly load', '(Job outcome)', 'The job succeeded.', 'MSXDSCHED']]);
    const activity = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobactivity @job_name = N'nightly load'`));
    assert.equal(activity.sets[0]!.rows[0]![12], 'The job succeeded.');
    const stop = await batch(s, `EXEC msdb.dbo.sp_stop_job @job_name = N'nightly load'`);
    assert.match(stop.errors[0]?.message ?? '', /refused because the job is not currently running/);

    // SMO's Agent properties: INSERT ... EXEC and xp_instance_regread with @no_output
    const props = ok(await batch(s, `EXEC msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 2000;
DECLARE @poll int;
EXEC master.dbo.xp_instance_regwrite N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'MSXPollInterval', N'REG_DWORD', 45;
EXEC master.dbo.xp_instance_regread N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent', N'MSXPollInterval', @param = @poll OUT, @no_output = N'no_output';
SELECT @poll;`));
    assert.deepEqual(props.sets.at(-1)!.rows, [[45]]);
    const agentProps = ok(await callProcedure(s, 'msdb.dbo.sp_get_sqlagent_properties'));
    assert.equal(agentProps.sets[0]!.columns.length, 26);
    assert.equal(agentProps.sets[0]!.rows[0]![5], 2000);
    // errorlog_file: SQL Server's SQLAGENT.OUT in the log folder; msxd's stand-in under the data folder
    assert.equal(agentProps.sets[0]!.columns[7]!.name, 'errorlog_file');
    assert.equal(agentProps.sets[0]!.rows[0]![7], join(resolve(node.dataDir), 'log', 'SQLAGENT.OUT'));
    ok(await batch(s, `EXEC msdb.dbo.sp_set_sqlagent_properties @errorlog_file = N'/var/log/msxd/agent.out'`));
    const setProps = ok(await callProcedure(s, 'msdb.dbo.sp_get_sqlagent_properties'));
    assert.equal(setProps.sets[0]!.rows[0]![7], '/var/log/msxd/agent.out');

    ok(await batch(s, `EXEC msdb.dbo.sp_delete_jobschedule @job_id = '${jobId}', @name = N'ALL'`));
    assert.deepEqual(ok(await batch(s, 'SELECT COUNT(*) FROM msdb.dbo.sysschedules')).sets[0]!.rows, [[0]]);
    await close(s);
  } finally {
    await node.stop();
  }
});

test('the real agent: started by sp_start_job, next runs written, history read back by sp_help_jobhistory', async () => {
  const node = await startNode({ name: 'MSXDAGENT', args: ['--no-agent'] });
  const { createAgent } = await import('../../src/agent/index');
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  let agent: Awaited<ReturnType<typeof createAgent>> | undefined;
  try {
    const s = await connect(node);
    ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'e2e';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'e2e', @step_name = N'print', @subsystem = N'TSQL', @command = N'PRINT ''ran''', @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'e2e';
EXEC msdb.dbo.sp_add_jobschedule @job_name = N'e2e', @name = N'daily at noon', @freq_type = 4, @freq_interval = 1,
  @freq_subday_type = 1, @active_start_time = 120000;`));
    agent = await createAgent({
      host: node.host, port: node.port, login: 'sa', password: node.saPassword,
      certificatePem: readFileSync(join(node.dataDir, 'tls', 'cert.pem'), 'utf8'), serverName: 'localhost',
    }, { pollIntervalMs: 100 });
    const completed = new Promise<{ outcome: unknown }>((resolve) => agent!.once('job:complete', resolve));
    await agent.start();
    const started = ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'e2e'`));
    assert.deepEqual(started.infos.map((m) => m.message), ["Job 'e2e' started successfully."]);
    await completed;
    const history = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobhistory @job_name = N'e2e', @mode = 'FULL', @oldest_first = 1`));
    assert.deepEqual(history.sets[0]!.rows.map((r) => [r[3], r[4], r[8]]), [[1, 'print', 1], [0, '(Job outcome)', 1]]);
    const next = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobschedule @job_name = N'e2e'`));
    assert.equal(next.sets[0]!.rows[0]![16], 120000);
    assert.ok(Number(next.sets[0]!.rows[0]![15]) > 20200101);
    const activity = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobactivity @job_name = N'e2e'`));
    assert.equal(activity.sets[0]!.rows[0]![4], '4');
    await close(s);
  } finally {
    await agent?.stop();
    await node.stop();
  }
});
