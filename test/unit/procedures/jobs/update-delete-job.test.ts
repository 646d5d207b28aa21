// sp_update_job and sp_delete_job: attribute changes with versioning, SQL Server's refusals, and
// everything a deleted job leaves behind removed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, scalar, type JobsNode } from './jobs-node';

describe('sp_update_job / sp_delete_job', () => {
  let n: JobsNode;
  before(async () => {
    n = await openJobsNode();
    await ok(n.sa, `EXEC msdb.dbo.sp_add_job @job_name = N'u';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'u', @step_name = N's1';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'u', @step_name = N's2';
EXEC msdb.dbo.sp_add_category @name = N'Nightly';
EXEC msdb.dbo.sp_add_operator @name = N'dba', @email_address = N'dba@example.com';`);
  });
  after(async () => { await n.dispose(); });

  test('changes the given attributes only, bumps version_number and date_modified', async () => {
    const before = await call(n.sa, "SELECT version_number, date_modified FROM msdb.dbo.sysjobs WHERE name = N'u'");
    const r = await call(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_update_job @job_name = N'u', @new_name = N'u2', @enabled = 0,
  @description = N'nightly work', @start_step_id = 2, @category_name = N'Nightly', @notify_level_email = 2,
  @notify_email_operator_name = N'dba', @delete_level = 1; SELECT @rc`);
    assert.deepEqual(r.messages, []);
    assert.equal(r.sets[0]!.rows[0]![0], 0);
    const row = await call(n.sa, `SELECT j.name, j.enabled, j.description, j.start_step_id, c.name, j.notify_level_email, o.name,
  j.delete_level, j.notify_level_eventlog, j.version_number
FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.syscategories AS c ON c.category_id = j.category_id
  JOIN msdb.dbo.sysoperators AS o ON o.id = j.notify_email_operator_id WHERE j.name = N'u2'`);
    assert.deepEqual(row.sets[0]!.rows[0], ['u2', 0, 'nightly work', 2, 'Nightly', 2, 'dba', 1, 2, Number(before.sets[0]!.rows[0]![0]) + 1]);
  });

  test('empty strings clear description / operator; [DEFAULT] category', async () => {
    await ok(n.sa, "EXEC msdb.dbo.sp_update_job @job_name = N'u2', @description = N'', @notify_email_operator_name = N'', @category_name = N'[DEFAULT]'");
    const row = await call(n.sa, "SELECT description, notify_email_operator_id, notify_level_email, category_id FROM msdb.dbo.sysjobs WHERE name = N'u2'");
    assert.deepEqual(row.sets[0]!.rows[0], [null, 0, 0, 0]);
  });

  test('refusals: start step range, unknown job, duplicate new name', async () => {
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'other'");
    const cases: [string, string][] = [
      ["@job_name = N'u2', @start_step_id = 4", "14266: The specified '@start_step_id' is invalid (valid values are: 1..3)."],
      ["@job_name = N'zzz', @enabled = 1", "14262: The specified @job_name ('zzz') does not exist."],
      ["@job_id = '00000000-0000-0000-0000-000000000001', @enabled = 1", "14262: The specified @job_id ('00000000-0000-0000-0000-000000000001') does not exist."],
      ["@job_name = N'u2', @new_name = N'other'", "14261: The specified @name ('other') already exists."],
      ["@job_name = N'u2', @job_id = '00000000-0000-0000-0000-000000000001'", '14294: Supply either @job_id or @job_name to identify the job.'],
    ];
    for (const [args, message] of cases) {
      const r = await call(n.sa, `EXEC msdb.dbo.sp_update_job ${args}`);
      assert.deepEqual(r.messages, [message], args);
      assert.equal(r.status, 1);
    }
  });

  test('sp_delete_job removes steps, job servers, schedules it alone uses, history and activity', async () => {
    await ok(n.sa, `EXEC msdb.dbo.sp_add_jobserver @job_name = N'u2';
INSERT INTO msdb.dbo.sysjobhistory (job_id, step_id, step_name, sql_message_id, sql_severity, message, run_status, run_date, run_time, run_duration, operator_id_emailed, operator_id_netsent, operator_id_paged, retries_attempted, server)
SELECT job_id, 0, N'(Job outcome)', 0, 0, N'ok', 1, 20260101, 0, 1, 0, 0, 0, 0, N'MSXDTEST' FROM msdb.dbo.sysjobs WHERE name = N'u2';`);
    const id = await scalar(n.sa, "SELECT CONVERT(nvarchar(36), job_id) FROM msdb.dbo.sysjobs WHERE name = N'u2'");
    const r = await call(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_delete_job @job_id = '${String(id)}'; SELECT @rc`);
    assert.deepEqual(r.messages, []);
    assert.equal(r.sets[0]!.rows[0]![0], 0);
    const left = await call(n.sa, `SELECT (SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE job_id = '${String(id)}'),
  (SELECT COUNT(*) FROM msdb.dbo.sysjobsteps WHERE job_id = '${String(id)}'),
  (SELECT COUNT(*) FROM msdb.dbo.sysjobservers WHERE job_id = '${String(id)}'),
  (SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = '${String(id)}')`);
    assert.deepEqual(left.sets[0]!.rows[0], [0, 0, 0, 0]);
    const notes = await call(n.sa, `SELECT op_type, action_type FROM msdb.dbo.msxd_agent_notifications WHERE job_id = '${String(id)}' ORDER BY notification_id`);
    assert.deepEqual(notes.sets[0]!.rows, [['J', 'I'], ['J', 'D']], 'the local agent hears of the new target and of the deletion');
  });

  test('sp_delete_job: 14279 without identifiers, 14262 unknown, @delete_history = 0 keeps history', async () => {
    const r = await call(n.sa, 'EXEC msdb.dbo.sp_delete_job');
    assert.deepEqual(r.messages, ['14279: Supply either @job_name, @job_id or @originating_server.']);
    const r2 = await call(n.sa, "EXEC msdb.dbo.sp_delete_job @job_name = N'gone'");
    assert.deepEqual(r2.messages, ["14262: The specified @job_name ('gone') does not exist."]);
    await ok(n.sa, `INSERT INTO msdb.dbo.sysjobhistory (job_id, step_id, step_name, sql_message_id, sql_severity, message, run_status, run_date, run_time, run_duration, operator_id_emailed, operator_id_netsent, operator_id_paged, retries_attempted, server)
SELECT job_id, 0, N'(Job outcome)', 0, 0, N'ok', 1, 20260101, 0, 1, 0, 0, 0, 0, N'MSXDTEST' FROM msdb.dbo.sysjobs WHERE name = N'other';
EXEC msdb.dbo.sp_delete_job @job_name = N'other', @delete_history = 0;`);
    assert.equal(await scalar(n.sa, "SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE message = N'ok'"), 1);
  });
});
