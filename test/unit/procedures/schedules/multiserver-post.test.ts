import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ok, openJobsNode } from '../jobs/jobs-node';
import { addJob, lastRows } from './schedule-fixtures';

test('schedule changes of a multiserver job are posted to its targets (JOB INSERT), or warned about with @automatic_post = 0', async () => {
  const n = await openJobsNode();
  try {
    const jobId = await addJob(n.sa, 'multi', 'sa', false);
    await ok(n.sa, `INSERT INTO msdb.dbo.systargetservers (server_name, location, time_zone_adjustment, local_time_at_last_poll, enlisted_by_nt_user, poll_interval)
VALUES (N'TSX1', NULL, 0, GETDATE(), N'sa', 60);
INSERT INTO msdb.dbo.sysjobservers (job_id, server_id, last_run_outcome, last_outcome_message, last_run_date, last_run_time, last_run_duration)
SELECT '${jobId}', server_id, 5, NULL, 0, 0, 0 FROM msdb.dbo.systargetservers;`);
    let s = await ok(n.sa, `EXEC msdb.dbo.sp_add_jobschedule @job_id = '${jobId}', @name = N'hourly', @freq_type = 4, @freq_interval = 1,
  @freq_subday_type = 8, @freq_subday_interval = 1`);
    assert.deepEqual(s.messages.map((m) => m.message), ['SP_POST_MSX_OPERATION: 1 INSERT download instruction(s) posted.']);
    s = await ok(n.sa, `EXEC msdb.dbo.sp_update_schedule @name = N'hourly', @enabled = 0, @automatic_post = 0`);
    assert.deepEqual(s.messages.map((m) => m.number), [14547]);
    s = await ok(n.sa, `SELECT operation_code, object_type, CONVERT(nvarchar(36), object_id), target_server FROM msdb.dbo.sysdownloadlist`);
    assert.deepEqual(lastRows(s), [[1, 1, jobId.toUpperCase(), 'TSX1']]);
    s = await ok(n.sa, `SELECT COUNT(*) FROM msdb.dbo.msxd_agent_notifications`);
    assert.equal(lastRows(s)[0]![0], 0, 'a multiserver job is not run by the local agent: no notification');
  } finally { await n.dispose(); }
});
