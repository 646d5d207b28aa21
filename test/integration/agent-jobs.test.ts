// The Agent job procedures over TDS on a real node, the way tools call them: RPC with OUTPUT
// parameters and return status (tedious), T-SQL batches, `INSERT INTO #t EXEC msdb.dbo.sp_help_job`
// into SMO's fixed temp table, the mssql client's recordsets, errors as SQL Server sends them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import sql from 'mssql';
import { nodeForFile } from '../helpers/node-fixture';
import { TYPES, batch, callProcedure, close, connect, ok, scalar } from '../helpers/tedious-session';

const node = nodeForFile({ name: 'MSXDJOBS' });

// SMO's enumeration of jobs (Microsoft.SqlServer.Management.Smo.Agent) inserts sp_help_job's rows
// into this table, then casts has_step/has_schedule/has_target to bit-like int flags.
const SMO_TEMP_TABLE = `CREATE TABLE #tmp_sp_help_job (job_id uniqueidentifier NULL, originating_server nvarchar(128) NULL,
  name sysname NULL, enabled tinyint NULL, description nvarchar(512) NULL, start_step_id int NULL, category sysname NULL,
  owner sysname NULL, notify_level_eventlog int NULL, notify_level_email int NULL, notify_level_netsend int NULL,
  notify_level_page int NULL, notify_email_operator sysname NULL, notify_netsend_operator sysname NULL,
  notify_page_operator sysname NULL, delete_level int NULL, date_created datetime NULL, date_modified datetime NULL,
  version_number int NULL, last_run_date int NOT NULL, last_run_time int NOT NULL, last_run_outcome int NOT NULL,
  next_run_date int NULL, next_run_time int NULL, next_run_schedule_id int NULL, current_execution_status int NULL,
  current_execution_step sysname NULL, current_retry_attempt int NULL, has_step int NULL, has_schedule int NULL,
  has_target int NULL, type int NOT NULL);`;

test('RPC sp_add_job returns the job_id OUTPUT and status 0; steps and the local target follow', async () => {
  const s = await connect(await node.ready());
  try {
    const add = ok(await callProcedure(s, 'msdb.dbo.sp_add_job', [
      ['job_name', TYPES.NVarChar, 'Nightly backup'],
      ['description', TYPES.NVarChar, 'backs up'],
      ['job_id', TYPES.UniqueIdentifier, null, { output: true }],
    ]));
    assert.equal(add.returnStatus, 0);
    const jobId = String(add.outputs.job_id);
    assert.match(jobId, /^[0-9A-F-]{36}$/i);
    const step = ok(await callProcedure(s, 'msdb.dbo.sp_add_jobstep', [
      ['job_id', TYPES.UniqueIdentifier, jobId],
      ['step_name', TYPES.NVarChar, 'backup'],
      ['command', TYPES.NVarChar, 'SELECT 1'],
      ['database_name', TYPES.NVarChar, 'master'],
      ['step_uid', TYPES.UniqueIdentifier, null, { output: true }],
    ]));
    assert.equal(step.returnStatus, 0);
    assert.match(String(step.outputs.step_uid), /^[0-9A-F-]{36}$/i);
    assert.equal(ok(await callProcedure(s, 'msdb.dbo.sp_add_jobserver', [['job_name', TYPES.NVarChar, 'Nightly backup']])).returnStatus, 0);
    const stored = ok(await batch(s, `SELECT j.name, j.description, s.step_name, v.server_id FROM msdb.dbo.sysjobs AS j
  JOIN msdb.dbo.sysjobsteps AS s ON s.job_id = j.job_id JOIN msdb.dbo.sysjobservers AS v ON v.job_id = j.job_id
  WHERE j.job_id = '${jobId}'`));
    assert.deepEqual(stored.sets[0]?.rows, [['Nightly backup', 'backs up', 'backup', 0]]);
  } finally {
    await close(s);
  }
});

test('INSERT INTO #t EXEC msdb.dbo.sp_help_job into SMO\'s temp table', async () => {
  const s = await connect(await node.ready());
  try {
    const r = ok(await batch(s, `${SMO_TEMP_TABLE}
INSERT INTO #tmp_sp_help_job EXEC msdb.dbo.sp_help_job;
SELECT name, category, owner, CAST(has_step AS bit), CAST(has_schedule AS bit), CAST(has_target AS bit), type,
  current_execution_status, last_run_outcome
FROM #tmp_sp_help_job WHERE name = N'Nightly backup';
DROP TABLE #tmp_sp_help_job;`));
    const set = r.sets[r.sets.length - 1]!;
    assert.deepEqual(set.rows, [['Nightly backup', '[Uncategorized (Local)]', 'sa', true, false, true, 1, 4, 5]]);
  } finally {
    await close(s);
  }
});

test('SMO\'s job enumeration: INSERT with a column list, joined back to sysjobs_view', async () => {
  const s = await connect(await node.ready());
  try {
    const cols = 'job_id, originating_server, name, enabled, description, start_step_id, category, owner, notify_level_eventlog, '
      + 'notify_level_email, notify_level_netsend, notify_level_page, notify_email_operator, notify_netsend_operator, notify_page_operator, '
      + 'delete_level, date_created, date_modified, version_number, last_run_date, last_run_time, last_run_outcome, next_run_date, '
      + 'next_run_time, next_run_schedule_id, current_execution_status, current_execution_step, current_retry_attempt, has_step, '
      + 'has_schedule, has_target, type';
    const r = ok(await batch(s, `${SMO_TEMP_TABLE}
INSERT INTO #tmp_sp_help_job (${cols}) EXEC msdb.dbo.sp_help_job;
SELECT sv.name AS [Name], CAST(sv.enabled AS bit) AS [IsEnabled], tshj.current_execution_status AS [CurrentRunStatus],
  CAST(tshj.has_step AS bit) AS [HasStep], tshj.last_run_outcome AS [LastRunOutcome], tshj.type AS [JobType]
FROM msdb.dbo.sysjobs_view AS sv INNER JOIN #tmp_sp_help_job AS tshj ON tshj.job_id = sv.job_id
WHERE sv.name = N'Nightly backup';
DROP TABLE #tmp_sp_help_job;`));
    const set = r.sets[r.sets.length - 1]!;
    assert.deepEqual(set.columns.map((c) => c.name), ['Name', 'IsEnabled', 'CurrentRunStatus', 'HasStep', 'LastRunOutcome', 'JobType']);
    assert.deepEqual(set.rows, [['Nightly backup', true, 4, true, 5, 1]]);
  } finally {
    await close(s);
  }
});

test('sp_help_job over TDS: column types as SQL Server declares them', async () => {
  const s = await connect(await node.ready());
  try {
    const r = ok(await callProcedure(s, 'msdb.dbo.sp_help_job', []));
    const types = Object.fromEntries(r.sets[0]!.columns.map((c) => [c.name, c.sqlType]));
    assert.equal(types.job_id, 'uniqueidentifier');
    assert.equal(types.enabled, 'tinyint');
    assert.equal(types.description, 'nvarchar(512)');
    assert.equal(types.date_created, 'datetime');
    for (const c of ['has_step', 'has_schedule', 'has_target', 'type', 'current_execution_status', 'version_number']) assert.equal(types[c], 'int', c);
    assert.equal(r.returnStatus, 0);
  } finally {
    await close(s);
  }
});

test('errors: number, class, procedure name and return status 1, as SQL Server sends them', async () => {
  const s = await connect(await node.ready());
  try {
    const r = await callProcedure(s, 'msdb.dbo.sp_add_job', [['job_name', TYPES.NVarChar, 'Nightly backup']]);
    assert.deepEqual(r.errors.map((e) => [e.number, e.class, e.procName, e.message]),
      [[14261, 16, 'sp_add_job', "The specified @name ('Nightly backup') already exists."]]);
    assert.equal(r.returnStatus, 1);
    const t = await batch(s, "DECLARE @rc int; EXEC @rc = msdb.dbo.sp_delete_job @job_name = N'none'; SELECT @rc;");
    assert.deepEqual(t.errors.map((e) => [e.number, e.procName]), [[14262, 'sp_delete_job']]);
    assert.equal(scalar(t), 1);
  } finally {
    await close(s);
  }
});

test('the mssql client: execute() with output, recordsets of sp_help_jobstep and sp_help_category', async () => {
  const n = await node.ready();
  const pool = await new sql.ConnectionPool({
    server: n.host, port: n.port, user: 'sa', password: n.saPassword, database: 'msdb',
    options: { encrypt: false, trustServerCertificate: true },
  }).connect();
  try {
    const add = await pool.request().input('job_name', sql.NVarChar(128), 'mssql job').output('job_id', sql.UniqueIdentifier).execute('dbo.sp_add_job');
    assert.equal(add.returnValue, 0);
    const jobId = String(add.output.job_id);
    await pool.request().input('job_id', sql.UniqueIdentifier, jobId).input('step_name', sql.NVarChar(128), 'only').execute('dbo.sp_add_jobstep');
    const steps = await pool.request().input('job_id', sql.UniqueIdentifier, jobId).execute('dbo.sp_help_jobstep');
    assert.deepEqual(steps.recordset.map((r: { step_id: number; step_name: string }) => [r.step_id, r.step_name]), [[1, 'only']]);
    const cats = await pool.request().input('class', sql.VarChar(8), 'JOB').execute('dbo.sp_help_category');
    assert.ok(cats.recordset.some((r: { name: string }) => r.name === 'Database Maintenance'));
    await assert.rejects(pool.request().input('job_name', sql.NVarChar(128), 'no such job').execute('dbo.sp_help_job'),
      (e: Error & { number?: number }) => e.number === 14262);
  } finally {
    await pool.close();
  }
});

test('a login outside the Agent roles is refused with 229', async () => {
  const s = await connect(await node.ready());
  try {
    ok(await batch(s, `CREATE LOGIN jobless WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF;
USE msdb; CREATE USER jobless FOR LOGIN jobless;`));
  } finally {
    await close(s);
  }
  const u = await connect(await node.ready(), { user: 'jobless', password: 'Str0ng!Passw0rd', database: 'msdb' });
  try {
    const r = await callProcedure(u, 'msdb.dbo.sp_help_job', []);
    assert.deepEqual(r.errors.map((e) => e.number), [229]);
  } finally {
    await close(u);
  }
});

test('the script SSMS generates for a new job (without its GOTO error handling) runs as on SQL Server', async () => {
  const s = await connect(await node.ready());
  try {
    const r = ok(await batch(s, `USE msdb;
BEGIN TRANSACTION;
DECLARE @ReturnCode INT = 0;
IF NOT EXISTS (SELECT name FROM msdb.dbo.syscategories WHERE name = N'[Uncategorized (Local)]' AND category_class = 1)
  EXEC @ReturnCode = msdb.dbo.sp_add_category @class = N'JOB', @type = N'LOCAL', @name = N'[Uncategorized (Local)]';
DECLARE @jobId BINARY(16);
EXEC @ReturnCode = msdb.dbo.sp_add_job @job_name = N'SSMS job', @enabled = 1, @notify_level_eventlog = 0,
  @notify_level_email = 0, @notify_level_netsend = 0, @notify_level_page = 0, @delete_level = 0,
  @description = N'No description available.', @category_name = N'[Uncategorized (Local)]',
  @owner_login_name = N'sa', @job_id = @jobId OUTPUT;
EXEC @ReturnCode = msdb.dbo.sp_add_jobstep @job_id = @jobId, @step_name = N'step 1', @step_id = 1,
  @cmdexec_success_code = 0, @on_success_action = 1, @on_success_step_id = 0, @on_fail_action = 2,
  @on_fail_step_id = 0, @retry_attempts = 0, @retry_interval = 0, @os_run_priority = 0, @subsystem = N'TSQL',
  @command = N'SELECT 1', @database_name = N'master', @flags = 0;
EXEC @ReturnCode = msdb.dbo.sp_update_job @job_id = @jobId, @start_step_id = 1;
EXEC @ReturnCode = msdb.dbo.sp_add_jobserver @job_id = @jobId, @server_name = N'(local)';
COMMIT TRANSACTION;
SELECT @ReturnCode, j.notify_level_eventlog, j.version_number, (SELECT COUNT(*) FROM msdb.dbo.sysjobsteps AS st WHERE st.job_id = j.job_id)
FROM msdb.dbo.sysjobs AS j WHERE j.name = N'SSMS job';`));
    assert.deepEqual(r.sets[r.sets.length - 1]!.rows, [[0, 0, 3, 1]]);
    const one = ok(await batch(s, `DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'SSMS job');
EXEC msdb.dbo.sp_help_job @job_id = @id, @job_aspect = N'JOB';`));
    assert.deepEqual(one.sets[0]!.rows.map((row) => [row[2], row[29], row[31]]), [['SSMS job', 0, 1]]);
  } finally {
    await close(s);
  }
});
