import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorNumbers, ok, openJobsNode, run } from '../jobs/jobs-node';
import { addJob, lastRows } from './schedule-fixtures';

async function logRun(sa: Parameters<typeof ok>[0], jobId: string, date: number, time: number, status: number): Promise<void> {
  const common = `@run_date = ${date}, @run_time = ${time}, @run_duration = 1, @retries_attempted = 0, @session_id = 0`;
  await ok(sa, `EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = '${jobId}', @step_id = 1, @message = N'step', @run_status = ${status}, ${common};
EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = '${jobId}', @step_id = 0, @message = N'outcome', @run_status = ${status}, ${common};`);
}

test('sp_help_jobhistory: SUMMARY and FULL columns, filters, order, bad @mode', async () => {
  const n = await openJobsNode();
  try {
    const a = await addJob(n.sa, 'a');
    const b = await addJob(n.sa, 'b');
    await logRun(n.sa, a, 20240101, 100, 1);
    await logRun(n.sa, b, 20240102, 200, 0);
    await logRun(n.sa, a, 20240103, 300, 0);
    let s = await ok(n.sa, `EXEC msdb.dbo.sp_help_jobhistory`);
    let set = s.resultSets.at(-1)!;
    assert.deepEqual(set.columns.map((c) => c.name), ['job_id', 'job_name', 'run_status', 'run_date', 'run_time', 'run_duration',
      'operator_emailed', 'operator_netsent', 'operator_paged', 'retries_attempted', 'server']);
    assert.deepEqual(set.rows.map((r) => [r[1], r[3]]), [['a', 20240103], ['b', 20240102], ['a', 20240101]]);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_help_jobhistory @job_name = N'a', @mode = 'FULL', @oldest_first = 1`);
    set = s.resultSets.at(-1)!;
    assert.deepEqual(set.columns.map((c) => c.name), ['instance_id', 'job_id', 'job_name', 'step_id', 'step_name', 'sql_message_id',
      'sql_severity', 'message', 'run_status', 'run_date', 'run_time', 'run_duration', 'operator_emailed', 'operator_netsent',
      'operator_paged', 'retries_attempted', 'server']);
    assert.deepEqual(set.rows.map((r) => [r[3], r[4], r[7]]), [[1, 'step one', 'step'], [0, '(Job outcome)', 'outcome'], [1, 'step one', 'step'], [0, '(Job outcome)', 'outcome']]);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_help_jobhistory @run_status = 0, @start_run_date = 20240103`);
    assert.deepEqual(lastRows(s).map((r) => [r[1], r[3]]), [['a', 20240103]]);
    s = await run(n.sa, `EXEC msdb.dbo.sp_help_jobhistory @mode = 'BRIEF'`);
    assert.deepEqual(errorNumbers(s), [14266]);
    assert.equal(s.errors[0]!.message, "The specified '@mode' is invalid (valid values are: SUMMARY, FULL, SEM).");
  } finally { await n.dispose(); }
});

test('sp_purge_jobhistory: one job, all jobs, @oldest_date, 14226, 14392 for a non-owner', async () => {
  const n = await openJobsNode();
  try {
    const a = await addJob(n.sa, 'a');
    const b = await addJob(n.sa, 'b');
    await logRun(n.sa, a, 20240101, 100, 1);
    await logRun(n.sa, a, 20240105, 100, 1);
    await logRun(n.sa, b, 20240102, 200, 0);
    let s = await ok(n.sa, `EXEC msdb.dbo.sp_purge_jobhistory @job_name = N'a', @oldest_date = '2024-01-03T00:00:00'`);
    assert.deepEqual(s.messages.map((m) => [m.number, m.message]), [[14226, '2 history entries purged.']]);
    const u = await n.userWith('u1', ['SQLAgentUserRole']);
    s = await run(u, `EXEC msdb.dbo.sp_purge_jobhistory`);
    assert.deepEqual(errorNumbers(s), [14392]);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_purge_jobhistory`);
    assert.equal(s.messages[0]!.message, '4 history entries purged.');
    s = await ok(n.sa, `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory`);
    assert.equal(lastRows(s)[0]![0], 0);
  } finally { await n.dispose(); }
});

test('sp_help_jobactivity: the newest session, with the outcome row', async () => {
  const n = await openJobsNode();
  try {
    const a = await addJob(n.sa, 'a');
    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_start_session; EXEC msdb.dbo.sp_sqlagent_start_session;
EXEC msdb.dbo.sp_sqlagent_create_jobactivity @session_id = 2;`);
    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = '${a}', @step_id = 0, @message = N'The job failed.', @run_status = 0,
  @run_date = 20240101, @run_time = 1, @run_duration = 1, @retries_attempted = 0, @session_id = 2;`);
    const s = await ok(n.sa, `EXEC msdb.dbo.sp_help_jobactivity`);
    const set = s.resultSets.at(-1)!;
    assert.deepEqual(set.columns.map((c) => c.name), ['session_id', 'job_id', 'job_name', 'run_requested_date', 'run_requested_source',
      'queued_date', 'start_execution_date', 'last_executed_step_id', 'last_executed_step_date', 'stop_execution_date',
      'next_scheduled_run_date', 'job_history_id', 'message', 'run_status', 'operator_id_emailed', 'operator_id_netsent', 'operator_id_paged']);
    assert.deepEqual([set.rows[0]![0], set.rows[0]![2], set.rows[0]![11], set.rows[0]![12], set.rows[0]![13]], [2, 'a', 1, 'The job failed.', 0]);
  } finally { await n.dispose(); }
});

test('xp_instance_regread / regwrite: OUTPUT, no_output, result set, absent value; sysadmin writes', async () => {
  const n = await openJobsNode();
  try {
    const key = `N'HKEY_LOCAL_MACHINE', N'SOFTWARE\\Microsoft\\MSSQLServer\\SQLServerAgent'`;
    let s = await ok(n.sa, `DECLARE @v int, @p int;
EXEC master.dbo.xp_instance_regread ${key}, N'JobHistoryMaxRows', @v OUTPUT;
EXEC master.dbo.xp_instance_regread ${key}, N'MSXPollInterval', @param = @p OUTPUT, @no_output = N'no_output';
SELECT @v, @p;`);
    assert.equal(s.resultSets.length, 1);
    assert.deepEqual(lastRows(s), [[1000, null]]);
    await ok(n.sa, `EXEC master.dbo.xp_instance_regwrite ${key}, N'MSXPollInterval', N'REG_DWORD', 30;
EXEC master.sys.xp_instance_regwrite ${key}, N'DatabaseMailProfile', N'REG_SZ', N'ops';`);
    s = await ok(n.sa, `EXEC master.dbo.xp_instance_regread ${key}, N'MSXPollInterval'`);
    assert.deepEqual(s.resultSets.at(-1)!.columns.map((c) => c.name), ['Value', 'Data']);
    assert.deepEqual(lastRows(s), [['MSXPollInterval', 30]]);
    s = await ok(n.sa, `DECLARE @m nvarchar(100); EXEC master.dbo.xp_instance_regread ${key}, N'DatabaseMailProfile', @param = @m OUTPUT; SELECT @m`);
    assert.deepEqual(lastRows(s), [['ops']]);
    s = await ok(n.sa, `EXEC master.dbo.xp_instance_regread ${key}, N'Nothing'`);
    assert.deepEqual(lastRows(s), []);
    const u = await n.userWith('u2', ['SQLAgentUserRole']);
    s = await run(u, `EXEC master.dbo.xp_instance_regwrite ${key}, N'MSXPollInterval', N'REG_DWORD', 5`);
    assert.deepEqual(errorNumbers(s), [229]);
  } finally { await n.dispose(); }
});

test('sp_get_sqlagent_properties / sp_set_sqlagent_properties: 26 columns, stored values, ranges', async () => {
  const n = await openJobsNode();
  try {
    let s = await ok(n.sa, `EXEC msdb.dbo.sp_get_sqlagent_properties`);
    let set = s.resultSets.at(-1)!;
    assert.equal(set.columns.length, 26);
    assert.deepEqual(set.columns.slice(0, 7).map((c) => c.name), ['auto_start', 'msx_server_name', 'sqlagent_type', 'startup_account',
      'sqlserver_restart', 'jobhistory_max_rows', 'jobhistory_max_rows_per_job']);
    assert.deepEqual(set.rows[0]!.slice(0, 7), [1, null, 1, null, 1, 1000, 100]);
    await ok(n.sa, `EXEC msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 500, @jobhistory_max_rows_per_job = 50, @idle_cpu_percent = 20`);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_get_sqlagent_properties`);
    set = s.resultSets.at(-1)!;
    const col = (name: string): unknown => set.rows[0]![set.columns.findIndex((c) => c.name === name)];
    assert.deepEqual([col('jobhistory_max_rows'), col('jobhistory_max_rows_per_job'), col('idle_cpu_percent'), col('idle_cpu_duration')], [500, 50, 20, 600]);
    s = await run(n.sa, `EXEC msdb.dbo.sp_set_sqlagent_properties @idle_cpu_duration = 5`);
    assert.deepEqual(errorNumbers(s), [14266]);
    assert.equal(s.errors[0]!.message, "The specified '@idle_cpu_duration' is invalid (valid values are: 20..86400).");
    s = await ok(n.sa, `CREATE TABLE #p (auto_start int null, msx_server_name sysname null, sqlagent_type int null, startup_account nvarchar(100) null,
  sqlserver_restart int null, jobhistory_max_rows int null, jobhistory_max_rows_per_job int null, errorlog_file nvarchar(255) null,
  errorlogging_level int null, error_recipient nvarchar(30) null, monitor_autostart int null, local_host_server sysname null,
  job_shutdown_timeout int null, cmdexec_account varbinary(64) null, regular_connections int null, host_login_name sysname null,
  host_login_password varbinary(512) null, login_timeout int null, idle_cpu_percent int null, idle_cpu_duration int null,
  oem_errorlog int null, sysadmin_only nvarchar(64) null, email_profile nvarchar(64) null, email_save_in_sent_folder int null,
  cpu_poller_enabled int null, replace_alert_tokens_enabled int null);
INSERT INTO #p EXEC msdb.dbo.sp_get_sqlagent_properties;
SELECT jobhistory_max_rows FROM #p;`);
    assert.deepEqual(lastRows(s), [[500]]);
  } finally { await n.dispose(); }
});

test('sp_enum_sqlagent_subsystems: the TSQL subsystem with its description', async () => {
  const n = await openJobsNode();
  try {
    const s = await ok(n.sa, `EXEC msdb.dbo.sp_enum_sqlagent_subsystems`);
    const set = s.resultSets.at(-1)!;
    assert.deepEqual(set.columns.map((c) => c.name), ['subsystem', 'description', 'subsystem_dll', 'agent_exe', 'start_entry_point',
      'event_entry_point', 'stop_entry_point', 'max_worker_threads', 'subsystem_id']);
    assert.deepEqual([set.rows[0]![0], set.rows[0]![1]], ['TSQL', 'Transact-SQL Subsystem']);
  } finally { await n.dispose(); }
});
