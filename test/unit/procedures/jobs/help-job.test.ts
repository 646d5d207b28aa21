// sp_help_job: the one-row-per-job list with SQL Server's columns and types (SMO inserts it into a
// fixed #temp table), the aspects of one job, filters and their refusals.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, ok, openJobsNode, type JobsNode } from './jobs-node';

export const HELP_JOB_COLUMNS: readonly (readonly [string, string])[] = [
  ['job_id', 'uniqueidentifier'], ['originating_server', 'nvarchar(128)'], ['name', 'nvarchar(128)'], ['enabled', 'tinyint'],
  ['description', 'nvarchar(512)'], ['start_step_id', 'int'], ['category', 'nvarchar(128)'], ['owner', 'nvarchar(128)'],
  ['notify_level_eventlog', 'int'], ['notify_level_email', 'int'], ['notify_level_netsend', 'int'], ['notify_level_page', 'int'],
  ['notify_email_operator', 'nvarchar(128)'], ['notify_netsend_operator', 'nvarchar(128)'], ['notify_page_operator', 'nvarchar(128)'],
  ['delete_level', 'int'], ['date_created', 'datetime'], ['date_modified', 'datetime'], ['version_number', 'int'],
  ['last_run_date', 'int'], ['last_run_time', 'int'], ['last_run_outcome', 'int'], ['next_run_date', 'int'], ['next_run_time', 'int'],
  ['next_run_schedule_id', 'int'], ['current_execution_status', 'int'], ['current_execution_step', 'nvarchar(max)'],
  ['current_retry_attempt', 'int'], ['has_step', 'int'], ['has_schedule', 'int'], ['has_target', 'int'], ['type', 'int'],
];

describe('sp_help_job', () => {
  let n: JobsNode;
  before(async () => {
    n = await openJobsNode();
    await ok(n.sa, `EXEC msdb.dbo.sp_add_job @job_name = N'alpha', @description = N'first job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'alpha', @step_name = N'one', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'alpha';
EXEC msdb.dbo.sp_add_job @job_name = N'beta', @enabled = 0, @category_name = N'Database Maintenance';`);
  });
  after(async () => { await n.dispose(); });

  test('the job list: SQL Server\'s columns and types, one row per job', async () => {
    const r = await call(n.sa, 'DECLARE @rc int; EXEC @rc = msdb.dbo.sp_help_job; SELECT @rc');
    const set = r.sets[0]!;
    assert.deepEqual(set.columns.map((c) => [c.name, c.type]), HELP_JOB_COLUMNS);
    const byName = new Map(set.rows.map((row) => [row[2], row]));
    const alpha = byName.get('alpha')!;
    assert.deepEqual(alpha.slice(1, 16), ['MSXDTEST', 'alpha', 1, 'first job', 1, '[Uncategorized (Local)]', 'sa', 2, 0, 0, 0, '(unknown)', '(unknown)', '(unknown)', 0]);
    assert.deepEqual(alpha.slice(18), [2, 0, 0, 5, 0, 0, 0, 4, '0 (unknown)', 0, 1, 0, 1, 1]);
    const beta = byName.get('beta')!;
    assert.deepEqual([beta[3], beta[6], beta[25], beta[28], beta[30], beta[31]], [0, 'Database Maintenance', 4, 0, 0, 0]);
    assert.equal(r.sets[1]!.rows[0]![0], 0);
  });

  test('filters: enabled, category, job type, description pattern, owner', async () => {
    const names = async (args: string): Promise<unknown[]> => (await call(n.sa, `EXEC msdb.dbo.sp_help_job ${args}`)).sets[0]!.rows.map((r) => r[2]).sort();
    assert.deepEqual(await names('@enabled = 0'), ['beta']);
    assert.deepEqual(await names("@category_name = N'Database Maintenance'"), ['beta']);
    assert.deepEqual(await names("@job_type = 'LOCAL'"), ['alpha']);
    assert.deepEqual(await names("@description = N'first%'"), ['alpha']);
    assert.deepEqual(await names("@owner_login_name = N'sa'"), ['alpha', 'beta']);
    assert.deepEqual(await names("@subsystem = N'TSQL'"), ['alpha']);
    assert.deepEqual(await names('@execution_status = 1'), []);
    assert.deepEqual(await names("@date_comparator = '>', @date_created = '2000-01-01'"), ['alpha', 'beta']);
  });

  test('a job running in the agent\'s current session shows status 1 and matches @execution_status = 1 / 0', async () => {
    await ok(n.sa, `INSERT INTO msdb.dbo.syssessions (agent_start_date) VALUES (GETDATE());
INSERT INTO msdb.dbo.sysjobactivity (session_id, job_id, run_requested_date, start_execution_date)
SELECT MAX(s.session_id), (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'alpha'), GETDATE(), GETDATE() FROM msdb.dbo.syssessions AS s;`);
    const running = await call(n.sa, 'EXEC msdb.dbo.sp_help_job @execution_status = 1');
    assert.deepEqual(running.sets[0]!.rows.map((r) => [r[2], r[25]]), [['alpha', 1]]);
    const busy = await call(n.sa, 'EXEC msdb.dbo.sp_help_job @execution_status = 0');
    assert.deepEqual(busy.sets[0]!.rows.map((r) => r[2]), ['alpha']);
    const idle = await call(n.sa, 'EXEC msdb.dbo.sp_help_job @execution_status = 4');
    assert.deepEqual(idle.sets[0]!.rows.map((r) => r[2]), ['beta']);
    await ok(n.sa, 'UPDATE msdb.dbo.sysjobactivity SET stop_execution_date = GETDATE()');
  });

  test('refusals in SQL Server\'s order', async () => {
    const cases: [string, string][] = [
      ["@job_name = N'alpha', @enabled = 1", '14280: Supply either a job name (and job aspect), or one or more job filter parameters.'],
      ["@job_aspect = 'JOB'", '14280: Supply either a job name (and job aspect), or one or more job filter parameters.'],
      ["@job_name = N'alpha', @job_aspect = 'NONE'", "14266: The specified '@job_aspect' is invalid (valid values are: JOB, STEPS, SCHEDULES, TARGETS, ALL)."],
      ["@job_type = 'REMOTE'", "14266: The specified '@job_type' is invalid (valid values are: LOCAL, MULTI-SERVER)."],
      ["@owner_login_name = N'nobody'", "14262: The specified @owner_login_name ('nobody') does not exist."],
      ["@category_name = N'nope'", "14262: The specified @category_name ('nope') does not exist."],
      ['@enabled = 3', "14266: The specified '@enabled' is invalid (valid values are: 0, 1)."],
      ['@execution_status = 6', "14266: The specified '@execution_status' is invalid (valid values are: 0 (non-idle), 1 (executing), 2 (waiting for thread), 3 (between retries), 4 (idle), 5 (suspended), 7 (performing completion actions))."],
      ["@date_created = '2020-01-01'", '14282: Supply either a date (created or last modified) and a data comparator, or no date parameters at all.'],
      ["@date_comparator = '!', @date_created = '2020-01-01'", "14266: The specified '@date_comparator' is invalid (valid values are: =, >, <)."],
      ["@date_comparator = '=', @date_created = '1980-01-01'", "14266: The specified '@date_created' is invalid (valid values are: 1990-01-01 12:00am .. 9999-12-31 11:59pm)."],
      ["@job_name = N'nosuch'", "14262: The specified @job_name ('nosuch') does not exist."],
    ];
    for (const [args, message] of cases) {
      const r = await call(n.sa, `EXEC msdb.dbo.sp_help_job ${args}`);
      assert.deepEqual(r.messages, [message], args);
      assert.equal(r.status, 1, args);
    }
  });

  test('one job, aspect JOB / STEPS / TARGETS', async () => {
    const job = await call(n.sa, "EXEC msdb.dbo.sp_help_job @job_name = N'alpha', @job_aspect = 'job'");
    assert.equal(job.sets.length, 1);
    assert.deepEqual(job.sets[0]!.rows.map((r) => r[2]), ['alpha']);
    const steps = await call(n.sa, "EXEC msdb.dbo.sp_help_job @job_name = N'alpha', @job_aspect = 'STEPS'");
    assert.deepEqual(steps.sets[0]!.rows.map((r) => [r[0], r[1], r[4]]), [[1, 'one', '0 ((normal))']]);
    const targets = await call(n.sa, "EXEC msdb.dbo.sp_help_job @job_name = N'alpha', @job_aspect = 'TARGETS'");
    assert.equal(targets.sets[0]!.columns.length, 9);
    assert.deepEqual(targets.sets[0]!.rows.map((r) => [r[0], r[1], r[7]]), [[0, 'MSXDTEST', 5]]);
  });

  test('ALL (the default for one job): headings as messages, then each aspect', async () => {
    const r = await call(n.sa, "EXEC msdb.dbo.sp_help_job @job_name = N'alpha'");
    assert.deepEqual(r.messages, ['14213: Core Job Details:', '0: =================', '0: ', '14214: Job Steps:', '0: ==========',
      '0: ', '14215: Job Schedules:', '0: ==============', '0: ', '14216: Job Target Servers:', '0: ===================']);
    assert.equal(r.sets.length, 4);
    assert.deepEqual(r.sets[0]!.rows.map((row) => row[2]), ['alpha']);
    assert.deepEqual(r.sets[1]!.rows.map((row) => row[1]), ['one']);
    assert.equal(r.sets[2]!.rows.length, 0);
    assert.deepEqual(r.sets[3]!.rows.map((row) => row[1]), ['MSXDTEST']);
  });
});
