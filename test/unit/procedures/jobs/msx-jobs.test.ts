// Jobs downloaded from an MSX on a target server: only SQL Server Agent (PROGRAM_NAME() LIKE
// 'SQLAgent%') may insert them with the MSX's job_id and originating server, or change and delete
// them (14274 for anyone else, even sysadmin); @originating_server deletes all of them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EngineSession } from '../../../../src/engine/api';
import { call, ok, openJobsNode, scalar, type JobsNode } from './jobs-node';

const MSX_JOB_ID = '6F9619FF-8B86-D011-B42D-00C04FC964FF';
const REFUSED = '14274: Cannot add, update, or delete a job (or its steps or schedules) that originated from an MSX server.';

describe('jobs from an MSX (target server side)', () => {
  let n: JobsNode;
  let agent: EngineSession;
  before(async () => {
    n = await openJobsNode();
    agent = n.agent();
    await ok(n.sa, "INSERT INTO msdb.dbo.sysoriginatingservers (originating_server_id, originating_server, master_server) VALUES (1, N'MSX1', 1);");
  });
  after(async () => { await n.dispose(); });

  test('the agent inserts a downloaded job keeping the MSX job_id, in "Jobs from MSX"', async () => {
    const r = await call(agent, `DECLARE @id uniqueidentifier = '${MSX_JOB_ID}', @rc int;
EXEC @rc = msdb.dbo.sp_add_job @job_name = N'downloaded', @job_id = @id OUTPUT, @originating_server = N'msx1', @category_id = 1, @start_step_id = 2;
SELECT @rc, @id;`);
    assert.deepEqual(r.messages, []);
    assert.deepEqual(r.sets[0]!.rows[0], [0, MSX_JOB_ID]);
    const row = await call(n.sa, `SELECT originating_server_id, category_id, start_step_id FROM msdb.dbo.sysjobs WHERE job_id = '${MSX_JOB_ID}'`);
    assert.deepEqual(row.sets[0]!.rows[0], [1, 1, 2]);
    const view = await call(n.sa, `SELECT originating_server, CONVERT(int, master_server) FROM msdb.dbo.sysjobs_view WHERE job_id = '${MSX_JOB_ID}'`);
    assert.deepEqual(view.sets[0]!.rows[0], ['MSX1', 1]);
  });

  test('an unknown originating server is 14370 even for the agent', async () => {
    const r = await call(agent, "EXEC msdb.dbo.sp_add_job @job_name = N'x', @originating_server = N'MSX9'");
    assert.deepEqual(r.messages, ['14370: The @originating_server must be either the local server name or the master server (MSX) name for MSX jobs on a target server (TSX).']);
  });

  test('anyone else, sysadmin included, is refused with 14274', async () => {
    for (const exec of [`sp_update_job @job_id = '${MSX_JOB_ID}', @enabled = 0`, `sp_delete_job @job_id = '${MSX_JOB_ID}'`,
      `sp_add_jobstep @job_id = '${MSX_JOB_ID}', @step_name = N's'`, "sp_delete_job @originating_server = N'MSX1'",
      "sp_add_job @job_name = N'y', @category_name = N'Jobs from MSX'"]) {
      const r = await call(n.sa, `EXEC msdb.dbo.${exec}`);
      const expected = exec.includes('Jobs from MSX') ? "14267: Cannot add a job to the 'Jobs from MSX' job category." : REFUSED;
      assert.deepEqual(r.messages, [expected], exec);
      assert.equal(r.status, 1, exec);
    }
  });

  test('the agent changes it, and deletes every job of that MSX with @originating_server', async () => {
    await ok(agent, `EXEC msdb.dbo.sp_add_jobstep @job_id = '${MSX_JOB_ID}', @step_name = N's1';
EXEC msdb.dbo.sp_update_job @job_id = '${MSX_JOB_ID}', @description = N'from the MSX';`);
    assert.equal(await scalar(n.sa, `SELECT description FROM msdb.dbo.sysjobs WHERE job_id = '${MSX_JOB_ID}'`), 'from the MSX');
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'local one'");
    const r = await call(agent, "EXEC msdb.dbo.sp_delete_job @originating_server = N'MSX1'");
    assert.deepEqual(r.messages, []);
    assert.equal(r.status, 0);
    const left = await call(n.sa, 'SELECT name FROM msdb.dbo.sysjobs ORDER BY name');
    assert.deepEqual(left.sets[0]!.rows, [['local one']]);
    assert.equal(await scalar(n.sa, `SELECT COUNT(*) FROM msdb.dbo.sysjobsteps WHERE job_id = '${MSX_JOB_ID}'`), 0);
  });
});
