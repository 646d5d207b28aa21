import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorNumbers, ok, openJobsNode, run } from '../jobs/jobs-node';

test('sp_add_schedule: defaults, OUTPUT id and uid, stored row', async () => {
  const n = await openJobsNode();
  try {
    const s = await ok(n.sa, `DECLARE @id int, @uid uniqueidentifier, @rc int;
EXEC @rc = msdb.dbo.sp_add_schedule @schedule_name = N'nightly', @freq_type = 4, @freq_interval = 1,
  @freq_subday_type = 1, @active_start_time = 233000, @active_start_date = 20240101,
  @schedule_id = @id OUTPUT, @schedule_uid = @uid OUTPUT;
SELECT @rc, @id, CONVERT(nvarchar(36), @uid);
SELECT name, enabled, freq_type, freq_interval, freq_subday_type, freq_subday_interval, freq_relative_interval,
  freq_recurrence_factor, active_start_date, active_end_date, active_start_time, active_end_time,
  originating_server_id, CONVERT(nvarchar(36), schedule_uid), SUSER_SNAME(owner_sid), version_number
FROM msdb.dbo.sysschedules;`);
    const [out, rows] = s.resultSets.slice(-2);
    assert.equal(out!.rows[0]![0], 0);
    assert.equal(out!.rows[0]![1], 1);
    assert.match(String(out!.rows[0]![2]), /^[0-9A-F-]{36}$/);
    assert.deepEqual(rows!.rows, [['nightly', 1, 4, 1, 1, 0, 0, 0, 20240101, 99991231, 233000, 235959, 0, out!.rows[0]![2], 'sa', 1]]);
  } finally { await n.dispose(); }
});

test('sp_add_schedule: freq_type 0 (the default) is refused with 14266 and status 1', async () => {
  const n = await openJobsNode();
  try {
    const s = await run(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_schedule @schedule_name = N'x'; SELECT @rc;`);
    assert.deepEqual(errorNumbers(s), [14266]);
    assert.equal(s.errors[0]!.message, "The specified '@freq_type' is invalid (valid values are: 1, 4, 8, 16, 32, 64, 128).");
    assert.equal(s.errors[0]!.severity, 16);
    assert.equal(s.resultSets.at(-1)!.rows[0]![0], 1);
  } finally { await n.dispose(); }
});
