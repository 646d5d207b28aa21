// sp_add/update/delete/help_category and sp_add/update/delete/help_operator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, scalar, type JobsNode } from './jobs-node';

describe('categories', () => {
  let n: JobsNode;
  before(async () => { n = await openJobsNode(); });
  after(async () => { await n.dispose(); });

  test('add (ids from 100), help with and without suffix, rename, delete moves jobs back', async () => {
    assert.equal((await call(n.sa, "EXEC msdb.dbo.sp_add_category @name = N'Reports'")).status, 0);
    await ok(n.sa, "EXEC msdb.dbo.sp_add_category @class = 'JOB', @type = 'MULTI-SERVER', @name = N'Fleet'; EXEC msdb.dbo.sp_add_category @class = 'OPERATOR', @type = 'NONE', @name = N'Oncall';");
    assert.ok(Number(await scalar(n.sa, "SELECT category_id FROM msdb.dbo.syscategories WHERE name = N'Reports'")) >= 100);
    const help = await call(n.sa, "EXEC msdb.dbo.sp_help_category @type = 'LOCAL'");
    assert.deepEqual(help.sets[0]!.columns.map((c) => c.name), ['category_id', 'category_type', 'name']);
    assert.ok(help.sets[0]!.rows.some((r) => r[2] === 'Reports' && r[1] === 1));
    assert.ok(!help.sets[0]!.rows.some((r) => r[2] === 'Fleet'));
    const suffix = await call(n.sa, "EXEC msdb.dbo.sp_help_category @name = N'Fleet', @suffix = 1");
    assert.deepEqual(suffix.sets[0]!.rows.map((r) => [r[1], r[2]]), [['MULTI-SERVER', 'Fleet']]);
    const ops = await call(n.sa, "EXEC msdb.dbo.sp_help_category @class = 'OPERATOR'");
    // sysname order is dictionary order: punctuation ('[') before letters, as SQL Server lists its categories
    assert.deepEqual(ops.sets[0]!.rows.map((r) => r[2]), ['[Uncategorized]', 'Oncall']);

    await ok(n.sa, "EXEC msdb.dbo.sp_update_category @class = 'JOB', @name = N'Reports', @new_name = N'Reporting'");
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'r', @category_name = N'Reporting'");
    assert.equal((await call(n.sa, "EXEC msdb.dbo.sp_delete_category @class = 'JOB', @name = N'Reporting'")).status, 0);
    assert.equal(await scalar(n.sa, "SELECT category_id FROM msdb.dbo.sysjobs WHERE name = N'r'"), 0);
  });

  test('refusals', async () => {
    const cases: [string, string][] = [
      ["sp_add_category @class = 'TASK', @name = N'x'", "14266: The specified '@class' is invalid (valid values are: JOB, ALERT, OPERATOR)."],
      ["sp_add_category @type = 'NONE', @name = N'x'", "14266: The specified '@type' is invalid (valid values are: LOCAL, MULTI-SERVER)."],
      ["sp_add_category @class = 'ALERT', @type = 'LOCAL', @name = N'x'", "14266: The specified '@type' is invalid (valid values are: NONE)."],
      ["sp_add_category @name = N'[DEFAULT]'", "14200: The specified '@name' is invalid."],
      ["sp_add_category @name = N'Database Maintenance'", "14261: The specified @name ('Database Maintenance') already exists."],
      ["sp_delete_category @class = 'JOB', @name = N'Database Maintenance'", "14276: 'Database Maintenance' is a permanent JOB category and cannot be deleted."],
      ["sp_delete_category @class = 'JOB', @name = N'none'", "14262: The specified @name ('none') does not exist."],
      ["sp_update_category @class = 'JOB', @name = N'none', @new_name = N'x'", '14526: The specified category "none" does not exist for category class "1".'],
      ["sp_update_category @class = 'JOB', @name = N'Full-Text', @new_name = N'Database Maintenance'", "14261: The specified @new_name ('Database Maintenance') already exists."],
      ["sp_help_category @name = N'none'", '14526: The specified category "none" does not exist for category class "1".'],
    ];
    for (const [exec, message] of cases) {
      const r = await call(n.sa, `EXEC msdb.dbo.${exec}`);
      assert.deepEqual(r.messages, [message], exec);
      assert.equal(r.status, 1, exec);
    }
  });
});

describe('operators', () => {
  let n: JobsNode;
  before(async () => { n = await openJobsNode(); });
  after(async () => { await n.dispose(); });

  test('add with defaults, help columns, update, delete clears job notifications', async () => {
    assert.equal((await call(n.sa, "EXEC msdb.dbo.sp_add_operator @name = N'ops', @email_address = N'ops@example.com'")).status, 0);
    const help = await call(n.sa, "EXEC msdb.dbo.sp_help_operator @operator_name = N'ops'");
    assert.deepEqual(help.sets[0]!.columns.map((c) => c.name), ['id', 'name', 'enabled', 'email_address', 'last_email_date',
      'last_email_time', 'pager_address', 'last_pager_date', 'last_pager_time', 'weekday_pager_start_time', 'weekday_pager_end_time',
      'saturday_pager_start_time', 'saturday_pager_end_time', 'sunday_pager_start_time', 'sunday_pager_end_time', 'pager_days',
      'netsend_address', 'last_netsend_date', 'last_netsend_time', 'category_name']);
    assert.deepEqual(help.sets[0]!.rows[0]!.slice(1), ['ops', 1, 'ops@example.com', 0, 0, null, 0, 0, 90000, 180000, 90000, 180000, 90000, 180000, 0, null, 0, 0, '[Uncategorized]']);
    await ok(n.sa, "EXEC msdb.dbo.sp_update_operator @name = N'ops', @new_name = N'ops2', @pager_days = 62, @email_address = N''");
    const row = await call(n.sa, "SELECT name, pager_days, email_address FROM msdb.dbo.sysoperators");
    assert.deepEqual(row.sets[0]!.rows, [['ops2', 62, null]]);
    await ok(n.sa, "EXEC msdb.dbo.sp_add_job @job_name = N'j', @notify_email_operator_name = N'ops2', @notify_level_email = 2");
    assert.equal((await call(n.sa, "EXEC msdb.dbo.sp_delete_operator @name = N'ops2'")).status, 0);
    const job = await call(n.sa, "SELECT notify_email_operator_id, notify_level_email FROM msdb.dbo.sysjobs WHERE name = N'j'");
    assert.deepEqual(job.sets[0]!.rows[0], [0, 0]);
  });

  test('delete with reassignment moves job notifications', async () => {
    await ok(n.sa, `EXEC msdb.dbo.sp_add_operator @name = N'a'; EXEC msdb.dbo.sp_add_operator @name = N'b';
EXEC msdb.dbo.sp_add_job @job_name = N'k', @notify_page_operator_name = N'a', @notify_level_page = 3;
EXEC msdb.dbo.sp_delete_operator @name = N'a', @reassign_to_operator = N'b';`);
    const r = await call(n.sa, "SELECT o.name, j.notify_level_page FROM msdb.dbo.sysjobs AS j JOIN msdb.dbo.sysoperators AS o ON o.id = j.notify_page_operator_id WHERE j.name = N'k'");
    assert.deepEqual(r.sets[0]!.rows, [['b', 3]]);
  });

  test('refusals', async () => {
    const cases: [string, string][] = [
      ["sp_add_operator @name = N'b'", "14261: The specified @name ('b') already exists."],
      ["sp_add_operator @name = N'x', @enabled = 3", "14266: The specified '@enabled' is invalid (valid values are: 0, 1)."],
      ["sp_add_operator @name = N'x', @pager_days = 200", "14266: The specified '@pager_days' is invalid (valid values are: 0..127 [1 = Sunday .. 64 = Saturday])."],
      ["sp_add_operator @name = N'x', @weekday_pager_start_time = 250000", "14266: The specified '@weekday_pager_start_time' is invalid (valid values are: 000000..235959)."],
      ["sp_add_operator @name = N'x', @sunday_pager_end_time = 126000", "14287: The '@sunday_pager_end_time' supplied has an invalid minute."],
      ["sp_add_operator @name = N'x', @category_name = N'none'", "14262: The specified @category_name ('none') does not exist."],
      ["sp_update_operator @name = N'zz'", "14262: The specified @name ('zz') does not exist."],
      ["sp_delete_operator @name = N'zz'", "14262: The specified @name ('zz') does not exist."],
      ["sp_delete_operator @name = N'b', @reassign_to_operator = N'zz'", "14262: The specified @reassign_to_operator ('zz') does not exist."],
      ["sp_delete_operator @name = N'b', @reassign_to_operator = N'MSXOperator'", "14251: Cannot specify 'MSXOperator' as the operator to be notified."],
      ["sp_help_operator @operator_name = N'zz'", "14262: The specified @operator_name ('zz') does not exist."],
      ['sp_help_operator @operator_id = 999', "14262: The specified @operator_id ('999') does not exist."],
    ];
    for (const [exec, message] of cases) {
      const r = await call(n.sa, `EXEC msdb.dbo.${exec}`);
      assert.deepEqual(r.messages, [message], exec);
      assert.equal(r.status, 1, exec);
    }
  });
});
