import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorNumbers, ok, openJobsNode, run } from '../jobs/jobs-node';
import { addJob, lastRows } from './schedule-fixtures';

test('sp_add_jobschedule + sp_help_jobschedule: columns, next run, description, job_count', async () => {
  const n = await openJobsNode();
  try {
    const jobId = await addJob(n.sa, 'j1');
    await ok(n.sa, `DECLARE @id int; EXEC msdb.dbo.sp_add_jobschedule @job_name = N'j1', @name = N'weekly', @freq_type = 8,
  @freq_interval = 34, @freq_recurrence_factor = 1, @freq_subday_type = 1, @active_start_time = 90000,
  @active_start_date = 20240101, @schedule_id = @id OUTPUT;`);
    const s = await ok(n.sa, `EXEC msdb.dbo.sp_help_jobschedule @job_id = '${jobId}', @include_description = 1`);
    const set = s.resultSets.at(-1)!;
    assert.deepEqual(set.columns.map((c) => c.name), ['schedule_id', 'schedule_name', 'enabled', 'freq_type', 'freq_interval',
      'freq_subday_type', 'freq_subday_interval', 'freq_relative_interval', 'freq_recurrence_factor', 'active_start_date',
      'active_end_date', 'active_start_time', 'active_end_time', 'date_created', 'schedule_description', 'next_run_date',
      'next_run_time', 'schedule_uid', 'job_count']);
    assert.deepEqual(set.columns.map((c) => c.type.kind), ['int', 'nvarchar', 'int', 'int', 'int', 'int', 'int', 'int', 'int', 'int',
      'int', 'int', 'int', 'datetime', 'nvarchar', 'int', 'int', 'uniqueidentifier', 'int']);
    const r = set.rows[0]!;
    assert.deepEqual([r[0], r[1], r[2], r[3], r[4], r[8], r[9], r[11]], [1, 'weekly', 1, 8, 34, 1, 20240101, 90000]);
    assert.equal(r[14], 'Every 1 week(s) on Monday, Friday at 9:00');
    assert.deepEqual([r[15], r[16], r[18]], [0, 0, 1]);
    await ok(n.sa, `EXEC msdb.dbo.sp_sqlagent_set_jobschedule_next_run @job_id = '${jobId}', @schedule_id = 1, @next_run_date = 20240105, @next_run_time = 90000`).catch(() => undefined);
  } finally { await n.dispose(); }
});

test('sp_add_jobschedule: duplicate name 14261, unknown job 14262, no job 14294', async () => {
  const n = await openJobsNode();
  try {
    await addJob(n.sa, 'j1');
    await ok(n.sa, `EXEC msdb.dbo.sp_add_jobschedule @job_name = N'j1', @name = N'daily', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 1`);
    let s = await run(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_jobschedule @job_name = N'j1', @name = N'daily', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 1; SELECT @rc`);
    assert.deepEqual(errorNumbers(s), [14261]);
    assert.equal(s.errors[0]!.message, "The specified @name ('daily') already exists.");
    assert.equal(lastRows(s)[0]![0], 1);
    s = await run(n.sa, `EXEC msdb.dbo.sp_add_jobschedule @job_name = N'nope', @name = N'd'`);
    assert.deepEqual(errorNumbers(s), [14262]);
    assert.equal(s.errors[0]!.message, "The specified @job_name ('nope') does not exist.");
    s = await run(n.sa, `EXEC msdb.dbo.sp_add_jobschedule @name = N'd'`);
    assert.deepEqual(errorNumbers(s), [14294]);
  } finally { await n.dispose(); }
});

test('sp_update_jobschedule, sp_delete_jobschedule (schedule deleted unless kept)', async () => {
  const n = await openJobsNode();
  try {
    await addJob(n.sa, 'j1');
    await ok(n.sa, `EXEC msdb.dbo.sp_add_jobschedule @job_name = N'j1', @name = N'daily', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 1`);
    await ok(n.sa, `EXEC msdb.dbo.sp_update_jobschedule @job_name = N'j1', @name = N'daily', @new_name = N'every2', @freq_interval = 2, @active_start_time = 120000`);
    let s = await ok(n.sa, `SELECT name, freq_interval, active_start_time, version_number FROM msdb.dbo.sysschedules`);
    assert.deepEqual(lastRows(s), [['every2', 2, 120000, 2]]);
    s = await run(n.sa, `EXEC msdb.dbo.sp_update_jobschedule @job_name = N'j1', @name = N'every2', @freq_interval = 0`);
    assert.deepEqual(errorNumbers(s), [14278]);
    assert.equal(s.errors[0]!.message, 'The schedule for this job is invalid (reason: @freq_interval must be at least 1 for a daily job.).');
    s = await run(n.sa, `EXEC msdb.dbo.sp_update_jobschedule @job_name = N'j1', @name = N'zzz'`);
    assert.deepEqual(errorNumbers(s), [14262]);
    await ok(n.sa, `EXEC msdb.dbo.sp_delete_jobschedule @job_name = N'j1', @name = N'every2'`);
    s = await ok(n.sa, `SELECT (SELECT COUNT(*) FROM msdb.dbo.sysschedules), (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules)`);
    assert.deepEqual(lastRows(s), [[0, 0]]);
  } finally { await n.dispose(); }
});

test('sp_attach_schedule / sp_detach_schedule / sp_delete_schedule (14372, @force_delete, 14374)', async () => {
  const n = await openJobsNode();
  try {
    await addJob(n.sa, 'j1');
    await addJob(n.sa, 'j2');
    await ok(n.sa, `EXEC msdb.dbo.sp_add_schedule @schedule_name = N'shared', @freq_type = 64`);
    await ok(n.sa, `EXEC msdb.dbo.sp_attach_schedule @job_name = N'j1', @schedule_name = N'shared';
EXEC msdb.dbo.sp_attach_schedule @job_name = N'j2', @schedule_id = 1;`);
    let s = await ok(n.sa, `EXEC msdb.dbo.sp_help_schedule @schedule_name = N'shared', @include_description = 1`);
    const set = s.resultSets.at(-1)!;
    assert.deepEqual(set.columns.map((c) => c.name), ['schedule_id', 'schedule_uid', 'schedule_name', 'enabled', 'freq_type',
      'freq_interval', 'freq_subday_type', 'freq_subday_interval', 'freq_relative_interval', 'freq_recurrence_factor',
      'active_start_date', 'active_end_date', 'active_start_time', 'active_end_time', 'date_created', 'schedule_description', 'job_count']);
    assert.equal(set.rows[0]![15], 'Automatically starts when SQLServerAgent starts.');
    assert.equal(set.rows[0]![16], 2);
    s = await run(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_delete_schedule @schedule_name = N'shared'; SELECT @rc`);
    assert.deepEqual(errorNumbers(s), [14372]);
    assert.equal(lastRows(s)[0]![0], 1);
    await ok(n.sa, `EXEC msdb.dbo.sp_detach_schedule @job_name = N'j1', @schedule_name = N'shared'`);
    // SQL Server raises 14374 here with severity 0 (a message) and returns 1
    s = await run(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_detach_schedule @job_name = N'j1', @schedule_name = N'shared'; SELECT @rc`);
    assert.deepEqual(errorNumbers(s), []);
    assert.ok(s.messages.some((m) => m.number === 14374 && m.message === 'The specified schedule name "shared" is not associated with the job "j1".'));
    assert.equal(lastRows(s)[0]![0], 1);
    await ok(n.sa, `EXEC msdb.dbo.sp_delete_schedule @schedule_id = 1, @force_delete = 1`);
    s = await ok(n.sa, `SELECT (SELECT COUNT(*) FROM msdb.dbo.sysschedules), (SELECT COUNT(*) FROM msdb.dbo.sysjobschedules)`);
    assert.deepEqual(lastRows(s), [[0, 0]]);
    s = await ok(n.sa, `SELECT op_type, action_type, schedule_id FROM msdb.dbo.msxd_agent_notifications ORDER BY notification_id`);
    assert.deepEqual(lastRows(s), [['S', 'I', 1], ['S', 'I', 1], ['S', 'D', 1], ['S', 'D', 1]]);
  } finally { await n.dispose(); }
});
