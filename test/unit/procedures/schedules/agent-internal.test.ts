import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorNumbers, ok, openJobsNode, run } from '../jobs/jobs-node';
import { addJob, lastRows } from './schedule-fixtures';

test('a run as the agent records it: session, activity, notifications, 22022 refusals, history, completion', async () => {
  const n = await openJobsNode();
  try {
    const jobId = await addJob(n.sa, 'j1');
    let s = await run(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_start_job @job_name = N'j1'; SELECT @rc`);
    assert.deepEqual(errorNumbers(s), [22022]);
    assert.equal(s.errors[0]!.message, 'SQLServerAgent is not currently running so it cannot be notified of this action.');
    assert.equal(lastRows(s)[0]![0], 1);

    s = await ok(n.sa, 'EXEC msdb.dbo.sp_sqlagent_get_startup_info');
    assert.deepEqual(s.resultSets.at(-1)!.columns.map((c) => c.name), ['msdb_read_only', 'msdb_available', 'case_sensitive_server',
      'max_user_connection', 'sql_server_name', 'tbu', 'platform', 'instance_name', 'is_clustered', 'agent_allowed']);
    assert.deepEqual([lastRows(s)[0]![0], lastRows(s)[0]![1], lastRows(s)[0]![4]], [0, 1, 'MSXDTEST']);

    // the agent's polling connection: sp_start_job notifies only while one is connected
    s = await ok(n.agent(), 'EXEC msdb.dbo.sp_sqlagent_start_session');
    assert.deepEqual(s.resultSets.at(-1)!.columns.map((c) => [c.name, c.type.kind]), [['session_id', 'int']]);
    const session = Number(lastRows(s)[0]![0]);
    assert.equal(session, 1);
    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_create_jobactivity @session_id = ${session}, @job_id = NULL`);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_refresh_job`);
    assert.deepEqual(s.resultSets.at(-1)!.columns.map((c) => c.name), ['job_id', 'name', 'enabled', 'start_step_id', 'owner',
      'notify_level_eventlog', 'notify_level_email', 'notify_level_netsend', 'notify_level_page', 'notify_email_operator_id',
      'notify_netsend_operator_id', 'notify_page_operator_id', 'delete_level', 'has_step', 'version_number', 'last_run_date',
      'last_run_time', 'originating_server', 'description', 'agent_account', 'is_system']);
    assert.deepEqual([lastRows(s)[0]![1], lastRows(s)[0]![4], lastRows(s)[0]![13], lastRows(s)[0]![19]], ['j1', 'sa', 1, 0]);

    s = await ok(n.sa, `EXEC msdb.dbo.sp_start_job @job_name = N'j1', @step_name = N'step one'`);
    assert.deepEqual(s.messages.map((m) => [m.number, m.message]), [[14243, "Job 'j1' started successfully."]]);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_fetch_notifications @session_id = ${session}`);
    assert.deepEqual(s.resultSets.at(-1)!.columns.map((c) => c.name), ['op_type', 'action_type', 'job_id', 'schedule_id', 'step_name', 'requested_by']);
    assert.deepEqual(lastRows(s), [['J', 'S', jobId.toUpperCase(), null, 'step one', 'User sa']]);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_fetch_notifications @session_id = ${session}`);
    assert.deepEqual(lastRows(s), []);

    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_update_jobactivity_requested_date @session_id = ${session}, @job_id = '${jobId}', @is_system = 0, @run_requested_source_id = 4;
EXEC msdb.dbo.sp_sqlagent_update_jobactivity_queued_date @session_id = ${session}, @job_id = '${jobId}', @is_system = 0;
EXEC msdb.dbo.sp_sqlagent_update_jobactivity_start_execution_date @session_id = ${session}, @job_id = '${jobId}', @is_system = 0, @begin_execution_date = 20240105, @begin_execution_time = 93005;`);
    s = await ok(n.sa, `SELECT run_requested_source, CONVERT(varchar(19), start_execution_date, 120), stop_execution_date FROM msdb.dbo.sysjobactivity`);
    assert.deepEqual(lastRows(s), [['4', '2024-01-05 09:30:05', null]]);

    s = await run(n.sa, `EXEC msdb.dbo.sp_start_job @job_name = N'j1'`);
    assert.deepEqual(errorNumbers(s), [22022]);
    assert.equal(s.errors[0]!.message, 'SQLServerAgent Error: Request to run job j1 (from User sa) refused because the job is already running from a request by User sa.');

    s = await ok(n.sa, `EXEC msdb.dbo.sp_stop_job @job_id = '${jobId}'`);
    assert.deepEqual(s.messages.map((m) => m.message), ["Job 'j1' stopped successfully."]);

    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = '${jobId}', @step_id = 1, @sql_message_id = 0, @sql_severity = 0,
  @message = N'Executed as user: sa. The step succeeded.', @run_status = 1, @run_date = 20240105, @run_time = 93005, @run_duration = 2,
  @operator_id_emailed = 0, @operator_id_netsent = 0, @operator_id_paged = 0, @retries_attempted = 0, @server = NULL, @session_id = ${session};
EXEC msdb.dbo.sp_sqlagent_set_jobstep_completion_state @job_id = '${jobId}', @step_id = 1, @last_run_outcome = 1, @last_run_duration = 2,
  @last_run_retries = 0, @last_run_date = 20240105, @last_run_time = 93005, @session_id = ${session};
EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = '${jobId}', @step_id = 0, @sql_message_id = 0, @sql_severity = 0,
  @message = N'The job succeeded.', @run_status = 1, @run_date = 20240105, @run_time = 93005, @run_duration = 2,
  @operator_id_emailed = 0, @operator_id_netsent = 0, @operator_id_paged = 0, @retries_attempted = 0, @server = NULL, @session_id = ${session};
EXEC msdb.dbo.sp_sqlagent_set_job_completion_state @job_id = '${jobId}', @last_run_outcome = 1, @last_outcome_message = N'The job succeeded.',
  @last_run_date = 20240105, @last_run_time = 93005, @last_run_duration = 2;`);
    s = await ok(n.sa, `SELECT step_id, step_name, run_status, server FROM msdb.dbo.sysjobhistory ORDER BY instance_id;
SELECT last_executed_step_id, job_history_id, CASE WHEN stop_execution_date IS NULL THEN 0 ELSE 1 END FROM msdb.dbo.sysjobactivity;
SELECT last_run_outcome, last_run_date, last_run_time FROM msdb.dbo.sysjobsteps;
SELECT last_run_outcome, last_outcome_message, last_run_duration FROM msdb.dbo.sysjobservers;`);
    const [hist, act, step, server] = s.resultSets.slice(-4);
    assert.deepEqual(hist!.rows, [[1, 'step one', 1, 'MSXDTEST'], [0, '(Job outcome)', 1, 'MSXDTEST']]);
    assert.deepEqual(act!.rows, [[1, 2, 1]]);
    assert.deepEqual(step!.rows, [[1, 20240105, 93005]]);
    assert.deepEqual(server!.rows, [[1, 'The job succeeded.', 2]]);

    s = await run(n.sa, `EXEC msdb.dbo.sp_stop_job @job_name = N'j1'`);
    assert.deepEqual(errorNumbers(s), [22022]);
    assert.equal(s.errors[0]!.message, 'SQLServerAgent Error: Request to stop job j1 (from User sa) refused because the job is not currently running.');

    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_set_jobschedule_next_run @job_id = '${jobId}', @schedule_id = 7, @next_run_date = 1, @next_run_time = 2`);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_has_server_access @login_name = N'sa'`);
    assert.deepEqual(s.resultSets.at(-1)!.columns.map((c) => c.name), ['has_server_access', 'is_sysadmin', 'actual_login_name']);
    assert.deepEqual(lastRows(s), [[true, true, 'sa']]);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_has_server_access @login_name = N'nobody'`);
    assert.deepEqual(lastRows(s), [[false, false, 'nobody']]);
  } finally { await n.dispose(); }
});

test('sp_sqlagent_log_jobhistory keeps JobHistoryMaxRowsPerJob rows per job and JobHistoryMaxRows in all', async () => {
  const n = await openJobsNode();
  try {
    const a = await addJob(n.sa, 'a');
    const b = await addJob(n.sa, 'b');
    await ok(n.sa, `UPDATE msdb.dbo.msxd_agent_settings SET int_value = 3 WHERE value_name = N'JobHistoryMaxRowsPerJob';
UPDATE msdb.dbo.msxd_agent_settings SET int_value = 5 WHERE value_name = N'JobHistoryMaxRows';`);
    const log = (job: string, t: number): string => `EXEC msdb.dbo.sp_sqlagent_log_jobhistory @job_id = '${job}', @step_id = 0, @run_status = 1,
  @run_date = 20240101, @run_time = ${t}, @run_duration = 0, @retries_attempted = 0, @session_id = 0;`;
    for (let t = 1; t <= 4; t++) await ok(n.sa, log(a, t));
    let s = await ok(n.sa, `SELECT run_time FROM msdb.dbo.sysjobhistory ORDER BY instance_id`);
    assert.deepEqual(lastRows(s), [[2], [3], [4]]);
    for (let t = 11; t <= 13; t++) await ok(n.sa, log(b, t));
    s = await ok(n.sa, `SELECT run_time FROM msdb.dbo.sysjobhistory ORDER BY instance_id`);
    assert.deepEqual(lastRows(s), [[3], [4], [11], [12], [13]]);
  } finally { await n.dispose(); }
});

test('agent-internal procedures are sysadmin only (229); sp_sqlagent_notify queues, 14260 for others', async () => {
  const n = await openJobsNode();
  try {
    const u = await n.userWith('agentuser', ['SQLAgentUserRole']);
    let s = await run(u, 'EXEC msdb.dbo.sp_sqlagent_start_session');
    assert.deepEqual(errorNumbers(s), [229]);
    s = await run(u, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'J'`);
    assert.deepEqual(errorNumbers(s), [14260]);
    s = await run(n.sa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'X'`);
    assert.deepEqual(errorNumbers(s), [14266]);
    s = await run(n.sa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'J', @action_type = N'U'`);
    assert.deepEqual(errorNumbers(s), [22022]);
    await ok(n.agent(), 'EXEC msdb.dbo.sp_sqlagent_start_session');
    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'O', @action_type = N'U'`);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_fetch_notifications @session_id = 1`);
    assert.deepEqual(lastRows(s), [['O', 'U', null, null, null, 'User sa']]);
  } finally { await n.dispose(); }
});

test('sp_start_job: 14528 for a job without steps, 14256 without servers, 14393 for a non-owner', async () => {
  const n = await openJobsNode();
  try {
    const id = await addJob(n.sa, 'nosteps');
    await ok(n.sa, `DELETE FROM msdb.dbo.sysjobsteps WHERE job_id = '${id}'; EXEC msdb.dbo.sp_sqlagent_start_session;`);
    let s = await run(n.sa, `EXEC msdb.dbo.sp_start_job @job_name = N'nosteps'`);
    assert.deepEqual(errorNumbers(s), [14528]);
    assert.equal(s.errors[0]!.message, 'Job "nosteps" has no steps defined.');
    const loose = await addJob(n.sa, 'noserver', 'sa', false);
    s = await run(n.sa, `EXEC msdb.dbo.sp_start_job @job_id = '${loose}'`);
    assert.deepEqual(errorNumbers(s), [14256]);
    assert.equal(s.errors[0]!.message, `Cannot start the job "noserver" (ID ${loose.toUpperCase()}) because it does not have any job server or servers defined. Associate the job with a job server by calling sp_add_jobserver.`);
    await n.userWith('reader', ['SQLAgentReaderRole']);
    const reader = await n.sessionOf('reader');
    s = await run(reader, `EXEC msdb.dbo.sp_start_job @job_name = N'noserver'`);
    assert.deepEqual(errorNumbers(s), [14393]);
  } finally { await n.dispose(); }
});

test('sp_start_job: 22022 unless a SQLAgent - Job Manager session is live, whatever syssessions holds', async () => {
  const n = await openJobsNode();
  try {
    await addJob(n.sa, 'j1');
    // a session row left by an agent that is gone
    await ok(n.sa, 'EXEC msdb.dbo.sp_sqlagent_start_session');
    let s = await run(n.sa, `EXEC msdb.dbo.sp_start_job @job_name = N'j1'`);
    assert.deepEqual(s.errors.map((e) => [e.number, e.message]), [[22022, 'SQLServerAgent is not currently running so it cannot be notified of this action.']]);
    const agent = n.agent();
    await ok(agent, 'SELECT 1');
    s = await ok(n.sa, `EXEC msdb.dbo.sp_start_job @job_name = N'j1'`);
    assert.deepEqual(s.messages.map((m) => [m.number, m.message]), [[14243, "Job 'j1' started successfully."]]);
    // a non-sysadmin caller sees only its own session in sys.dm_exec_sessions; the check does not depend on it
    const op = await n.userWith('operator', ['SQLAgentOperatorRole']);
    s = await ok(op, `EXEC msdb.dbo.sp_start_job @job_name = N'j1'`);
    assert.deepEqual(s.messages.map((m) => m.number), [14243]);
    await agent.close();
    s = await run(n.sa, `EXEC msdb.dbo.sp_start_job @job_name = N'j1'`);
    assert.deepEqual(s.errors.map((e) => e.number), [22022]);
    // outside msdb's system procedures the helper function does not exist
    s = await run(n.sa, `SELECT MSXD_PROGRAM_SESSIONS(N'SQLAgent - Job Manager')`);
    assert.deepEqual(s.errors.map((e) => [e.number, e.state]), [[195, 10]]);
  } finally { await n.dispose(); }
});
