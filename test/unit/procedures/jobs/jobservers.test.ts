// sp_add_jobserver / sp_delete_jobserver / sp_help_jobserver: local and multiserver targets, the
// local/remote exclusion, re-categorisation and the download instructions posted to targets.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, scalar, type JobsNode } from './jobs-node';

async function downloads(n: JobsNode): Promise<(readonly unknown[])[]> {
  const r = await call(n.sa, `SELECT d.operation_code, d.object_type, j.name, d.target_server, d.deleted_object_name, d.status
FROM msdb.dbo.sysdownloadlist AS d LEFT JOIN msdb.dbo.sysjobs AS j ON j.job_id = d.object_id ORDER BY d.instance_id`);
  return r.sets[0]!.rows;
}

describe('job servers', () => {
  let n: JobsNode;
  before(async () => {
    n = await openJobsNode();
    await ok(n.sa, `EXEC msdb.dbo.sp_add_job @job_name = N'local';
EXEC msdb.dbo.sp_add_job @job_name = N'multi';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'multi', @step_name = N's';
INSERT INTO msdb.dbo.systargetservers (server_name, time_zone_adjustment, local_time_at_last_poll, enlisted_by_nt_user, poll_interval)
VALUES (N'TSX1', 0, GETDATE(), N'sa', 60), (N'TSX2', 60, GETDATE(), N'sa', 60);`);
  });
  after(async () => { await n.dispose(); });

  test('local target: server 0, last_run_outcome 5, agent notified', async () => {
    const r = await call(n.sa, "DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_jobserver @job_name = N'local', @server_name = N'(local)'; SELECT @rc");
    assert.deepEqual(r.messages, []);
    assert.equal(r.sets[0]!.rows[0]![0], 0);
    const row = await call(n.sa, `SELECT s.server_id, s.last_run_outcome, s.last_outcome_message, s.last_run_date, s.last_run_time, s.last_run_duration
FROM msdb.dbo.sysjobservers AS s JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.job_id WHERE j.name = N'local'`);
    assert.deepEqual(row.sets[0]!.rows, [[0, 5, null, 0, 0, 0]]);
    const again = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'local'");
    assert.deepEqual(again.messages, ["14269: Job 'local' is already targeted at server 'MSXDTEST'."]);
  });

  test('a local job cannot go remote (14291), unknown target 14262', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'local', @server_name = N'TSX1'");
    assert.deepEqual(r.messages, ['14291: This job is currently targeted at a remote server so cannot also be targeted at the local server.']);
    const r2 = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'multi', @server_name = N'nowhere'");
    assert.deepEqual(r2.messages, ["14262: The specified @server_name ('NOWHERE') does not exist."]);
  });

  test('remote targets: multiserver category, one INSERT per target posted (14230)', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'multi', @server_name = N'tsx1'");
    assert.deepEqual(r.messages, ['14230: SP_POST_MSX_OPERATION: 1 INSERT download instruction(s) posted.']);
    assert.equal(r.status, 0);
    await ok(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'multi', @server_name = N'TSX2'");
    assert.equal(await scalar(n.sa, "SELECT category_id FROM msdb.dbo.sysjobs WHERE name = N'multi'"), 2);
    assert.deepEqual(await downloads(n), [[1, 1, 'multi', 'TSX1', null, 0], [1, 1, 'multi', 'TSX2', null, 0]]);
    const local = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'multi'");
    assert.deepEqual(local.messages, ['14290: This job is currently targeted at the local server so cannot also be targeted at a remote server.']);
  });

  test('changes of a multiserver job are posted: step (INSERT), update (UPDATE)', async () => {
    await ok(n.sa, "DELETE FROM msdb.dbo.sysdownloadlist; EXEC msdb.dbo.sp_add_jobstep @job_name = N'multi', @step_name = N's2';");
    await ok(n.sa, "EXEC msdb.dbo.sp_update_job @job_name = N'multi', @description = N'd'");
    assert.deepEqual((await downloads(n)).map((r) => [r[0], r[3]]), [[1, 'TSX1'], [1, 'TSX2'], [2, 'TSX1'], [2, 'TSX2']]);
  });

  test('sp_help_jobserver: columns, local server as server 0, last-run details', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_help_jobserver @job_name = N'local'");
    assert.deepEqual(r.sets[0]!.columns.map((c) => c.name), ['server_id', 'server_name', 'enlist_date', 'last_poll_date']);
    assert.deepEqual(r.sets[0]!.rows.map((x) => [x[0], x[1]]), [[0, 'MSXDTEST']]);
    const d = await call(n.sa, "EXEC msdb.dbo.sp_help_jobserver @job_name = N'multi', @show_last_run_details = 5");
    assert.deepEqual(d.sets[0]!.columns.map((c) => c.name), ['server_id', 'server_name', 'enlist_date', 'last_poll_date',
      'last_run_date', 'last_run_time', 'last_run_duration', 'last_run_outcome', 'last_outcome_message']);
    assert.deepEqual(d.sets[0]!.rows.map((x) => x[1]).sort(), ['TSX1', 'TSX2']);
  });

  test('sp_delete_jobserver posts DELETE with the job name before removing the target', async () => {
    await ok(n.sa, 'DELETE FROM msdb.dbo.sysdownloadlist');
    const r = await call(n.sa, "EXEC msdb.dbo.sp_delete_jobserver @job_name = N'multi', @server_name = N'TSX2'");
    assert.deepEqual(r.messages, ['14230: SP_POST_MSX_OPERATION: 1 DELETE download instruction(s) posted.']);
    assert.deepEqual(await downloads(n), [[3, 1, 'multi', 'TSX2', 'multi', 0]]);
    const again = await call(n.sa, "EXEC msdb.dbo.sp_delete_jobserver @job_name = N'multi', @server_name = N'TSX2'");
    assert.deepEqual(again.messages, ["14270: Job 'multi' is not currently targeted at server 'TSX2'."]);
    const none = await call(n.sa, "EXEC msdb.dbo.sp_delete_jobserver @job_name = N'multi', @server_name = NULL");
    assert.deepEqual(none.messages, ['14043: The parameter @server_name passed to stored procedure sp_delete_jobserver cannot be NULL.']);
  });

  test('a multiserver job needs a sysadmin owner (14544) and no TSQL step run as a database user (14542)', async () => {
    await ok(n.sa, `CREATE LOGIN jobowner WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
EXEC msdb.dbo.sp_add_job @job_name = N'owned', @owner_login_name = N'jobowner';
EXEC msdb.dbo.sp_add_job @job_name = N'as_user';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'as_user', @step_name = N's', @database_name = N'msdb', @database_user_name = N'dbo';`);
    const r = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'owned', @server_name = N'TSX1'");
    assert.deepEqual(r.messages, ["14544: This job is owned by 'jobowner'. Only a job owned by a member of the sysadmin role can be a multiserver job."]);
    const r2 = await call(n.sa, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'as_user', @server_name = N'TSX1'");
    assert.deepEqual(r2.messages, ["14542: It is invalid for any TSQL step of a multiserver job to have a non-null database_user_name value."]);
  });

  test('sp_delete_job of a multiserver job posts DELETE to its remaining targets', async () => {
    await ok(n.sa, 'DELETE FROM msdb.dbo.sysdownloadlist');
    const r = await call(n.sa, "EXEC msdb.dbo.sp_delete_job @job_name = N'multi'");
    assert.deepEqual(r.messages, ['14230: SP_POST_MSX_OPERATION: 1 DELETE download instruction(s) posted.']);
    const rows = await call(n.sa, 'SELECT operation_code, target_server, deleted_object_name FROM msdb.dbo.sysdownloadlist');
    assert.deepEqual(rows.sets[0]!.rows, [[3, 'TSX1', 'multi']]);
  });
});
