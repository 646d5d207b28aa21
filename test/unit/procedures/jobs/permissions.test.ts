// Who may run the job procedures: sysadmin; members of SQLAgentUserRole (and the Reader/Operator
// roles nested in it) on their own jobs; nobody else (229 on the procedure, as SQL Server grants
// EXECUTE to SQLAgentUserRole only). Operators and categories are sysadmin's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { EngineSession } from '../../../../src/engine/api';
import { call, ok, openJobsNode, type JobsNode } from './jobs-node';

const DENIED = (proc: string): string => `229: The EXECUTE permission was denied on the object '${proc}', database 'msdb', schema 'dbo'.`;

describe('permissions of the job procedures', () => {
  let n: JobsNode;
  let plain: EngineSession;
  let user: EngineSession;
  let reader: EngineSession;
  let operator: EngineSession;
  before(async () => {
    n = await openJobsNode();
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'sa_job'; EXEC msdb.dbo.sp_add_jobstep @job_name = N'sa_job', @step_name = N's';");
    plain = await n.userWith('plain');
    user = await n.userWith('agent_user', ['SQLAgentUserRole']);
    reader = await n.userWith('agent_reader', ['SQLAgentReaderRole']);
    operator = await n.userWith('agent_operator', ['SQLAgentOperatorRole']);
  });
  after(async () => { await n.dispose(); });

  const calls: [string, string][] = [
    ['sp_add_job', "@job_name = N'x'"], ['sp_update_job', "@job_name = N'sa_job'"], ['sp_delete_job', "@job_name = N'sa_job'"],
    ['sp_help_job', ''], ['sp_add_jobstep', "@job_name = N'sa_job', @step_name = N'x'"],
    ['sp_update_jobstep', "@job_name = N'sa_job', @step_id = 1"], ['sp_delete_jobstep', "@job_name = N'sa_job', @step_id = 1"],
    ['sp_help_jobstep', "@job_name = N'sa_job'"], ['sp_add_jobserver', "@job_name = N'sa_job'"],
    ['sp_delete_jobserver', "@job_name = N'sa_job', @server_name = N'(local)'"], ['sp_help_jobserver', "@job_name = N'sa_job'"],
    ['sp_help_category', ''], ['sp_help_operator', ''],
  ];
  for (const [proc, args] of calls) {
    test(`a user outside the Agent roles gets 229 from ${proc}`, async () => {
      const r = await call(plain, `EXEC msdb.dbo.${proc} ${args}`);
      assert.deepEqual(r.messages, [DENIED(proc)]);
    });
  }

  for (const proc of ['sp_add_category', 'sp_update_category', 'sp_delete_category', 'sp_verify_job_identifiers']) {
    test(`${proc} is sysadmin's (229 for an Agent role member)`, async () => {
      const r = await call(operator, `EXEC msdb.dbo.${proc}`);
      assert.deepEqual(r.messages, [DENIED(proc)]);
    });
  }

  for (const proc of ['sp_add_operator', 'sp_update_operator', 'sp_delete_operator']) {
    test(`${proc} refuses non-sysadmins with 15003`, async () => {
      const r = await call(operator, `EXEC msdb.dbo.${proc} @name = N'x'`);
      assert.deepEqual(r.messages, ['15003: Only members of the sysadmin role can execute this stored procedure.']);
      assert.equal(r.status, 1);
    });
  }

  test('a non-sysadmin may not name another owner (14515)', async () => {
    const r = await call(user, "EXEC msdb.dbo.sp_add_job @job_name = N'theirs', @owner_login_name = N'sa'");
    assert.deepEqual(r.messages, ['14515: Only a member of the sysadmin server role can add a job for a different owner with @owner_login_name.']);
    assert.equal(r.status, 1);
  });

  test('SQLAgentUserRole sees only its own jobs: someone else\'s job does not exist (14262)', async () => {
    const r = await call(user, "EXEC msdb.dbo.sp_delete_job @job_name = N'sa_job'");
    assert.deepEqual(r.messages, ["14262: The specified @job_name ('sa_job') does not exist."]);
  });

  test('SQLAgentReaderRole sees every job but may not change others\' (14525)', async () => {
    for (const exec of ["sp_delete_job @job_name = N'sa_job'", "sp_delete_jobstep @job_name = N'sa_job', @step_id = 1",
      "sp_add_jobstep @job_name = N'sa_job', @step_name = N'x'"]) {
      const r = await call(reader, `EXEC msdb.dbo.${exec}`);
      assert.deepEqual(r.messages, ['14525: Only members of sysadmin role are allowed to update or delete jobs owned by a different login.'], exec);
      assert.equal(r.status, 1);
    }
  });

  test('a remote target needs sysadmin (14398)', async () => {
    const r = await call(reader, "EXEC msdb.dbo.sp_add_jobserver @job_name = N'sa_job', @server_name = N'TSX9'");
    assert.deepEqual(r.messages, ['14398: Only members of sysadmin server role can create multi-server jobs']);
  });

  test('SQLAgentUserRole member creates and manages a job of its own', async () => {
    const r = await call(user, "DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_job @job_name = N'mine'; SELECT @rc");
    assert.deepEqual(r.messages, []);
    assert.equal(r.sets[0]!.rows[0]![0], 0);
  });
});
