import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorNumbers, ok, openJobsNode, run } from '../jobs/jobs-node';
import { addJob, lastRows } from './schedule-fixtures';

const USER_PROCEDURES = ['sp_add_schedule', 'sp_update_schedule', 'sp_delete_schedule', 'sp_attach_schedule', 'sp_detach_schedule',
  'sp_add_jobschedule', 'sp_update_jobschedule', 'sp_delete_jobschedule', 'sp_help_schedule', 'sp_help_jobschedule',
  'sp_start_job', 'sp_stop_job', 'sp_help_jobhistory', 'sp_purge_jobhistory', 'sp_help_jobactivity', 'sp_enum_sqlagent_subsystems'];

/** arguments the call needs so that binding (201) does not come first */
const REQUIRED: Record<string, string> = {
  sp_add_schedule: " @schedule_name = N'x'", sp_add_jobschedule: " @name = N'x'", sp_update_jobschedule: " @name = N'x'",
  sp_delete_jobschedule: " @name = N'x'",
};

const SYSADMIN_PROCEDURES = ['sp_get_sqlagent_properties', 'sp_set_sqlagent_properties', 'sp_sqlagent_get_startup_info',
  'sp_sqlagent_start_session', 'sp_sqlagent_refresh_job', 'sp_sqlagent_has_server_access'];

test('a user without an Agent role gets 229 on every Agent procedure (SQL Server grants them to SQLAgentUserRole)', async () => {
  const n = await openJobsNode();
  try {
    const plain = await n.userWith('plain');
    for (const p of [...USER_PROCEDURES, ...SYSADMIN_PROCEDURES]) {
      const s = await run(plain, `EXEC msdb.dbo.${p}${REQUIRED[p] ?? ''}`);
      assert.deepEqual(errorNumbers(s), [229], p);
      assert.equal(s.errors[0]!.message, `The EXECUTE permission was denied on the object '${p}', database 'msdb', schema 'dbo'.`);
    }
  } finally { await n.dispose(); }
});

test('SQLAgentUserRole: sysadmin-only procedures are 229; other owners\' jobs do not exist for it (14262)', async () => {
  const n = await openJobsNode();
  try {
    await addJob(n.sa, 'sa job');
    const u = await n.userWith('agentuser', ['SQLAgentUserRole']);
    for (const p of SYSADMIN_PROCEDURES) assert.deepEqual(errorNumbers(await run(u, `EXEC msdb.dbo.${p}`)), [229], p);
    let s = await run(u, `EXEC msdb.dbo.sp_start_job @job_name = N'sa job'`);
    assert.deepEqual(errorNumbers(s), [14262]);
    s = await run(u, `EXEC msdb.dbo.sp_purge_jobhistory`);
    assert.deepEqual(errorNumbers(s), [14392]);
  } finally { await n.dispose(); }
});

test('SQLAgentOperatorRole may start a job it does not own; SQLAgentUserRole owner may not touch others\' schedules (14394)', async () => {
  const n = await openJobsNode();
  try {
    await addJob(n.sa, 'sa job');
    await ok(n.agent(), 'EXEC msdb.dbo.sp_sqlagent_start_session');
    await ok(n.sa, `EXEC msdb.dbo.sp_add_schedule @schedule_name = N'sa schedule', @freq_type = 64`);
    const op = await n.userWith('operator', ['SQLAgentOperatorRole']);
    await ok(op, `EXEC msdb.dbo.sp_start_job @job_name = N'sa job'`);
    const u = await n.userWith('agentuser', ['SQLAgentUserRole']);
    await ok(u, `EXEC msdb.dbo.sp_add_schedule @schedule_name = N'mine', @freq_type = 64`);
    const s = await run(u, `EXEC msdb.dbo.sp_update_schedule @schedule_id = 1, @enabled = 0`);
    assert.deepEqual(errorNumbers(s), [14394]);
    assert.deepEqual(lastRows(await ok(n.sa, 'SELECT COUNT(*) FROM msdb.dbo.sysschedules')), [[2]]);
  } finally { await n.dispose(); }
});
