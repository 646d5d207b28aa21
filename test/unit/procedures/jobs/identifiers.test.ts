// sp_verify_job_identifiers and the job lookup every job procedure starts with: exactly one of
// name / id (14294), unknown (14262), a name two visible jobs share (14293).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, type JobsNode } from './jobs-node';

describe('sp_verify_job_identifiers', () => {
  let n: JobsNode;
  before(async () => {
    n = await openJobsNode();
    await ok(n.sa, `INSERT INTO msdb.dbo.sysoriginatingservers (originating_server_id, originating_server, master_server) VALUES (1, N'MSX1', 1);
EXEC msdb.dbo.sp_add_job @job_name = N'twin';`);
    await ok(n.agent(), "EXEC msdb.dbo.sp_add_job @job_name = N'twin', @originating_server = N'MSX1'");
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'solo', @owner_login_name = N'$(SQLAgentAccount)'");
  });
  after(async () => { await n.dispose(); });

  test('resolves a name to the id and owner SID (OUTPUT parameters)', async () => {
    const r = await call(n.sa, `DECLARE @name sysname = N'solo', @id uniqueidentifier, @sid varbinary(85), @rc int;
EXEC @rc = msdb.dbo.sp_verify_job_identifiers '@job_name', '@job_id', @name OUTPUT, @id OUTPUT, @owner_sid = @sid OUTPUT;
SELECT @rc, @name, CONVERT(varchar(20), @sid, 1), CASE WHEN @id = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'solo') THEN 1 ELSE 0 END;`);
    assert.deepEqual(r.sets[0]!.rows[0], [0, 'solo', '0xFFFFFFFF', 1]);
  });

  test('two jobs of one name (from different originating servers): 14293; neither identifier: 14294', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_help_jobstep @job_name = N'twin'");
    assert.deepEqual(r.messages, ["14293: There are two or more jobs named 'twin'. Specify @job_id instead of @job_name to uniquely identify the job."]);
    assert.equal(r.status, 1);
    const r2 = await call(n.sa, `DECLARE @name sysname, @id uniqueidentifier;
EXEC msdb.dbo.sp_verify_job_identifiers '@job_name', '@job_id', @name OUTPUT, @id OUTPUT;`);
    assert.deepEqual(r2.messages, ['14294: Supply either @job_id or @job_name to identify the job.']);
  });
});
