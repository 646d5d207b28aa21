// sp_add_jobstep / sp_update_jobstep / sp_delete_jobstep / sp_help_jobstep: numbering and go-to
// references as SQL Server keeps them, validation messages, result columns.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, scalar, type JobsNode } from './jobs-node';

const STEP_COLUMNS = ['step_id', 'step_name', 'subsystem', 'command', 'flags', 'cmdexec_success_code', 'on_success_action',
  'on_success_step_id', 'on_fail_action', 'on_fail_step_id', 'server', 'database_name', 'database_user_name', 'retry_attempts',
  'retry_interval', 'os_run_priority', 'output_file_name', 'last_run_outcome', 'last_run_duration', 'last_run_retries',
  'last_run_date', 'last_run_time', 'proxy_id'];

async function steps(n: JobsNode, job: string): Promise<(readonly unknown[])[]> {
  const r = await call(n.sa, `SELECT s.step_id, s.step_name, s.on_success_action, s.on_success_step_id, s.on_fail_action, s.on_fail_step_id
FROM msdb.dbo.sysjobsteps AS s JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.job_id WHERE j.name = N'${job}' ORDER BY s.step_id`);
  return r.sets[0]!.rows;
}

describe('job steps', () => {
  let n: JobsNode;
  before(async () => {
    n = await openJobsNode();
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'j'; EXEC msdb.dbo.sp_add_job @job_name = N'empty';");
  });
  after(async () => { await n.dispose(); });

  test('appends by default, inserts at @step_id shifting later steps and their go-to references', async () => {
    const r = await call(n.sa, `DECLARE @uid uniqueidentifier, @rc int;
EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'j', @step_name = N'a', @command = N'SELECT 1', @on_success_action = 3, @step_uid = @uid OUTPUT;
SELECT @rc, @uid, (SELECT step_uid FROM msdb.dbo.sysjobsteps WHERE step_name = N'a');`);
    assert.equal(r.sets[0]!.rows[0]![0], 0);
    assert.equal(r.sets[0]!.rows[0]![1], r.sets[0]!.rows[0]![2]);
    await ok(n.sa, `EXEC msdb.dbo.sp_add_jobstep @job_name = N'j', @step_name = N'b', @command = N'SELECT 2', @on_fail_action = 4, @on_fail_step_id = 1;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'j', @step_name = N'first', @step_id = 1, @command = N'SELECT 0';`);
    assert.deepEqual(await steps(n, 'j'), [[1, 'first', 1, 0, 2, 0], [2, 'a', 3, 0, 2, 0], [3, 'b', 1, 0, 4, 2]],
      'the go-to step 1 follows its step to 2');
    assert.equal(await scalar(n.sa, "SELECT version_number FROM msdb.dbo.sysjobs WHERE name = N'j'"), 4);
  });

  test('stores SQL Server defaults (database master for TSQL, no server)', async () => {
    const r = await call(n.sa, `SELECT subsystem, flags, cmdexec_success_code, server, database_name, database_user_name, retry_attempts,
  retry_interval, os_run_priority, output_file_name, last_run_outcome, last_run_duration, last_run_retries, last_run_date, last_run_time, proxy_id
FROM msdb.dbo.sysjobsteps WHERE step_name = N'a'`);
    assert.deepEqual(r.sets[0]!.rows[0], ['TSQL', 0, 0, null, 'master', null, 0, 0, 0, null, 0, 0, 0, 0, 0, null]);
  });

  const refusals: [string, string][] = [
    ["@step_name = N'a'", "14261: The specified @step_name ('a') already exists."],
    ["@step_name = N'x', @step_id = 9", "14266: The specified '@step_id' is invalid (valid values are: 1..4)."],
    ["@step_name = N'x', @subsystem = N'CmdExecX'", "14234: The specified '@subsystem' is invalid (valid values are returned by sp_enum_sqlagent_subsystems)."],
    ["@step_name = N'x', @on_success_action = 5", "14266: The specified '@on_success_action' is invalid (valid values are: 1, 2, 3, 4)."],
    ["@step_name = N'x', @on_fail_action = 4, @on_fail_step_id = 0", "14235: The specified '@on_failure_step' is invalid (valid values are greater than 0 but excluding 4)."],
    ["@step_name = N'x', @os_run_priority = 2", "14266: The specified '@os_run_priority' is invalid (valid values are: -15, -1, 0, 1, 15)."],
    ["@step_name = N'x', @flags = 200", "14266: The specified '@flags' is invalid (valid values are: 0..114)."],
    ["@step_name = N'x', @database_name = N'nodb'", "14262: The specified @database_name ('nodb') does not exist."],
    ["@step_name = N'x', @proxy_name = N'p'", "14262: The specified @proxy_name ('p') does not exist."],
  ];
  for (const [args, message] of refusals) {
    test(`sp_add_jobstep ${args}`, async () => {
      const r = await call(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_jobstep @job_name = N'j', ${args}; SELECT @rc`);
      assert.deepEqual(r.messages, [message]);
      assert.equal(r.sets[0]!.rows[0]![0], 1);
    });
  }

  test('a forward go-to reference is allowed with warning 14236', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_add_jobstep @job_name = N'empty', @step_name = N'fw', @on_success_action = 4, @on_success_step_id = 5");
    assert.deepEqual(r.messages, ['14236: Warning: Non-existent step referenced by @on_success_step_id.']);
    assert.equal(r.status, 0);
    await ok(n.sa, "EXEC msdb.dbo.sp_delete_jobstep @job_name = N'empty', @step_id = 0");
  });

  test('sp_update_jobstep changes only what is given; 14262 for an unknown step', async () => {
    await ok(n.sa, "EXEC msdb.dbo.sp_update_jobstep @job_name = N'j', @step_id = 3, @command = N'SELECT 3', @retry_attempts = 2, @step_name = N'b2'");
    const r = await call(n.sa, "SELECT step_name, command, retry_attempts, on_success_action FROM msdb.dbo.sysjobsteps WHERE step_id = 3 AND command = N'SELECT 3'");
    assert.deepEqual(r.sets[0]!.rows[0], ['b2', 'SELECT 3', 2, 1]);
    const bad = await call(n.sa, "EXEC msdb.dbo.sp_update_jobstep @job_name = N'j', @step_id = 9, @command = N'x'");
    assert.deepEqual(bad.messages, ["14262: The specified @step_id ('9') does not exist."]);
    assert.equal(bad.status, 1);
    const dup = await call(n.sa, "EXEC msdb.dbo.sp_update_jobstep @job_name = N'j', @step_id = 3, @step_name = N'a'");
    assert.deepEqual(dup.messages, ["14261: The specified @step_name ('a') already exists."]);
  });

  test('sp_help_jobstep: SQL Server\'s columns; @suffix = 1 in words; one step by id or name', async () => {
    const all = await call(n.sa, "EXEC msdb.dbo.sp_help_jobstep @job_name = N'j'");
    assert.deepEqual(all.sets[0]!.columns.map((c) => c.name), STEP_COLUMNS);
    assert.deepEqual(all.sets[0]!.rows.map((r) => r[1]), ['first', 'a', 'b2']);
    const one = await call(n.sa, "EXEC msdb.dbo.sp_help_jobstep @job_name = N'j', @step_name = N'a', @suffix = 1");
    assert.equal(one.sets[0]!.rows.length, 1);
    const row = one.sets[0]!.rows[0]!;
    assert.deepEqual([row[4], row[6], row[8], row[15]], ['0 ((normal))', '3 (goto next step)', '2 (quit with failure)', '0 (normal)']);
    const none = await call(n.sa, "EXEC msdb.dbo.sp_help_jobstep @job_name = N'empty', @step_id = 1");
    assert.deepEqual(none.messages, ['14528: Job "empty" has no steps defined.']);
    const range = await call(n.sa, "EXEC msdb.dbo.sp_help_jobstep @job_name = N'j', @step_id = 7");
    assert.deepEqual(range.messages, ["14266: The specified '@step_id' is invalid (valid values are: 1..3)."]);
  });

  test('sp_delete_jobstep renumbers and redirects references; 0 deletes all; range message', async () => {
    await ok(n.sa, "EXEC msdb.dbo.sp_update_jobstep @job_name = N'j', @step_id = 3, @on_success_action = 4, @on_success_step_id = 2");
    await ok(n.sa, "EXEC msdb.dbo.sp_delete_jobstep @job_name = N'j', @step_id = 2");
    assert.deepEqual(await steps(n, 'j'), [[1, 'first', 1, 0, 2, 0], [2, 'b2', 1, 0, 2, 0]]);
    const bad = await call(n.sa, "EXEC msdb.dbo.sp_delete_jobstep @job_name = N'j', @step_id = 5");
    assert.deepEqual(bad.messages, ["14266: The specified '@step_id' is invalid (valid values are: 0 (all steps) ..2)."]);
    await ok(n.sa, "EXEC msdb.dbo.sp_delete_jobstep @job_name = N'j', @step_id = 0");
    assert.deepEqual(await steps(n, 'j'), []);
  });

  test('unknown job: 14262; neither or both identifiers: 14294', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_add_jobstep @job_name = N'nojob', @step_name = N's'");
    assert.deepEqual(r.messages, ["14262: The specified @job_name ('nojob') does not exist."]);
    const r2 = await call(n.sa, "EXEC msdb.dbo.sp_add_jobstep @step_name = N's'");
    assert.deepEqual(r2.messages, ['14294: Supply either @job_id or @job_name to identify the job.']);
  });
});
