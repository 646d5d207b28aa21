// sp_add_job through a real engine + msdb: defaults stored, OUTPUT job_id, SQL Server's checks
// and messages in order, return codes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, scalar, type JobsNode } from './jobs-node';

describe('sp_add_job', () => {
  let n: JobsNode;
  before(async () => { n = await openJobsNode(); });
  after(async () => { await n.dispose(); });

  test('stores SQL Server defaults and returns the NEWID() job_id through OUTPUT', async () => {
    const r = await call(n.sa, `DECLARE @id uniqueidentifier, @rc int;
EXEC @rc = msdb.dbo.sp_add_job @job_name = N'  defaults  ', @job_id = @id OUTPUT;
SELECT @rc, @id, (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'defaults');`);
    const [rc, id, stored] = r.sets[0]!.rows[0]!;
    assert.equal(rc, 0);
    assert.match(String(id), /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    assert.equal(stored, id);
    const row = await call(n.sa, `SELECT originating_server_id, enabled, description, start_step_id, category_id,
  CONVERT(varchar(20), owner_sid, 1), notify_level_eventlog, notify_level_email, notify_level_netsend, notify_level_page,
  notify_email_operator_id, notify_netsend_operator_id, notify_page_operator_id, delete_level, version_number,
  CASE WHEN DATEDIFF(second, date_created, GETDATE()) BETWEEN 0 AND 60 AND DATEDIFF(second, date_modified, GETDATE()) BETWEEN 0 AND 60 THEN 1 ELSE 0 END
FROM msdb.dbo.sysjobs WHERE name = N'defaults'`);
    assert.deepEqual(row.sets[0]!.rows[0], [0, 1, 'No description available.', 1, 0, '0x01', 2, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
  });

  test('a duplicate name is 14261; the return code is 1', async () => {
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'dup'");
    const r = await call(n.sa, "DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_job @job_name = N'dup'; SELECT @rc");
    assert.deepEqual(r.messages, ["14261: The specified @name ('dup') already exists."]);
    assert.equal(r.sets[0]!.rows[0]![0], 1);
  });

  const refusals: [string, string, string][] = [
    ['@enabled = 2', "14266: The specified '@enabled' is invalid (valid values are: 0, 1).", 'enabled'],
    ['@start_step_id = 2', "14266: The specified '@start_step_id' is invalid (valid values are: 1).", 'start step'],
    ["@category_name = N'nope'", "14262: The specified @category_name ('nope') does not exist.", 'unknown category name'],
    ['@category_id = 4242', "14262: The specified @category_id ('4242') does not exist.", 'unknown category id'],
    ["@category_name = N'x', @category_id = 0", '14524: Supply either @category_id or @category_name.', 'both category identifiers'],
    ["@category_name = N'[Uncategorized]'", "14234: The specified '@category_name' is invalid (valid values are returned by sp_help_category).", 'operator category'],
    ["@category_name = N'Jobs from MSX'", "14267: Cannot add a job to the 'Jobs from MSX' job category.", 'MSX category'],
    ['@notify_level_eventlog = 4', "14266: The specified '@notify_level_eventlog' is invalid (valid values are: 0, 1, 2, 3).", 'eventlog level'],
    ["@notify_email_operator_name = N'nobody', @notify_level_email = 2", "14234: The specified '@notify_email_operator_name' is invalid (valid values are returned by sp_help_operator).", 'unknown operator'],
    ['@delete_level = 7', "14266: The specified '@delete_level' is invalid (valid values are: 0, 1, 2, 3).", 'delete level'],
    ["@owner_login_name = N'no_such_login'", "14234: The specified '@owner_login_name' is invalid (valid values are returned by sp_helplogins [excluding Windows NT groups]).", 'unknown owner'],
    ["@job_id = '11111111-2222-3333-4444-555555555555'", '14274: Cannot add, update, or delete a job (or its steps or schedules) that originated from an MSX server.', 'job_id from a non-agent'],
    ["@originating_server = N'ELSEWHERE'", '14275: The originating server must be either local server or MSX server.', 'foreign originating server'],
  ];
  for (const [args, message, what] of refusals) {
    test(`refuses ${what}`, async () => {
      const r = await call(n.sa, `DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_job @job_name = N'refused', ${args}; SELECT @rc`);
      assert.deepEqual(r.messages, [message]);
      assert.equal(r.sets[0]!.rows[0]![0], 1);
      assert.equal(await scalar(n.sa, "SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE name = N'refused'"), 0);
    });
  }

  test('@job_name = NULL fails in the INSERT (515) and returns @@ERROR, as SQL Server\'s procedure does', async () => {
    const r = await call(n.sa, 'DECLARE @rc int; EXEC @rc = msdb.dbo.sp_add_job @job_name = NULL; SELECT @rc');
    assert.equal(r.errors[0], 515);
    assert.equal(r.sets[0]!.rows[0]![0], 515);
  });

  test('an operator notification needs a level; the level is kept with the operator id', async () => {
    await ok(n.sa, "EXEC msdb.dbo.sp_add_operator @name = N'ops', @email_address = N'ops@example.com'");
    const r = await call(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'nolevel', @notify_email_operator_name = N'ops'");
    assert.deepEqual(r.messages, ["14266: The specified '@notify_level_email' is invalid (valid values are: 1, 2, 3)."]);
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'withop', @notify_email_operator_name = N'ops', @notify_level_email = 2, @notify_level_page = 3");
    const row = await call(n.sa, `SELECT j.notify_level_email, o.name, j.notify_level_page, j.notify_page_operator_id
FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.sysoperators AS o ON o.id = j.notify_email_operator_id WHERE j.name = N'withop'`);
    assert.deepEqual(row.sets[0]!.rows[0], [2, 'ops', 0, 0], 'a level without an operator is reset to 0');
  });

  test('category by id or name, owner by login (sysadmin), the Agent account', async () => {
    await ok(n.sa, `CREATE LOGIN owner1 WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
EXEC msdb.dbo.sp_add_job @job_name = N'cat3', @category_id = 3, @owner_login_name = N'owner1';
EXEC msdb.dbo.sp_add_job @job_name = N'agentjob', @category_name = N'Database Maintenance', @owner_login_name = N'$(SQLAgentAccount)';`);
    const r = await call(n.sa, `SELECT name, category_id, SUSER_SNAME(owner_sid), CONVERT(varchar(20), owner_sid, 1) FROM msdb.dbo.sysjobs WHERE name IN (N'cat3', N'agentjob') ORDER BY name`);
    assert.deepEqual(r.sets[0]!.rows, [['agentjob', 3, null, '0xFFFFFFFF'], ['cat3', 3, 'owner1', r.sets[0]!.rows[1]![3]]]);
  });

  test('joins the caller\'s transaction: a rollback removes the job', async () => {
    await ok(n.sa, "BEGIN TRANSACTION; EXEC msdb.dbo.sp_add_job @job_name = N'rolled'; ROLLBACK;");
    assert.equal(await scalar(n.sa, "SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE name = N'rolled'"), 0);
  });

  test('errors reach TRY/CATCH like RAISERROR in a T-SQL procedure', async () => {
    const r = await call(n.sa, "BEGIN TRY EXEC msdb.dbo.sp_add_job @job_name = N'dup' END TRY BEGIN CATCH SELECT ERROR_NUMBER(), ERROR_PROCEDURE() END CATCH");
    assert.deepEqual(r.sets[0]!.rows[0], [14261, 'sp_add_job']);
  });
});
