// The node's own SQL Server Agent, end to end: a real node (child process) starts its agent, and
// the test does only what a DBA does over TDS: creates jobs with msdb procedures, starts and
// stops them, and reads msdb's history. Nothing here plays the agent's part.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 20_000;

interface Outcome {
  readonly runStatus: number;
  readonly message: string;
}

function poll<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = WAIT_MS): Promise<T> {
  return pollUntil(what, probe, timeoutMs);
}

function credentials(node: NodeHandle): { port: number; login: string; password: string } {
  return JSON.parse(readFileSync(join(node.dataDir, 'agent-credentials.json'), 'utf8')) as { port: number; login: string; password: string };
}

const q = (name: string): string => `N'${name.replace(/'/g, "''")}'`;

/** sysjobhistory rows of a job, oldest first: [step_id, run_status, message, sql_message_id, sql_severity] */
async function history(s: Session, job: string): Promise<unknown[][]> {
  return ok(await batch(s, `SELECT h.step_id, h.run_status, h.message, h.sql_message_id, h.sql_severity
FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = ${q(job)} ORDER BY h.instance_id`)).sets[0]!.rows;
}

/** the job's outcome rows (step 0), oldest first */
async function outcomes(s: Session, job: string): Promise<Outcome[]> {
  return (await history(s, job)).filter((r) => r[0] === 0).map((r) => ({ runStatus: Number(r[1]), message: String(r[2]) }));
}

async function waitOutcome(s: Session, job: string, count = 1): Promise<Outcome> {
  const all = await poll(`outcome ${count} of job '${job}'`, async () => {
    const o = await outcomes(s, job);
    return o.length >= count ? o : undefined;
  });
  return all[count - 1]!;
}

/** waits until the agent has begun the job (its step is running) */
async function waitExecuting(s: Session, job: string): Promise<void> {
  await poll(`job '${job}' executing`, async () => {
    const r = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobactivity @job_name = ${q(job)}`)).sets[0]!;
    const col = r.columns.findIndex((c) => c.name === 'start_execution_date');
    const stop = r.columns.findIndex((c) => c.name === 'stop_execution_date');
    const row = r.rows[0];
    return row && row[col] !== null && row[stop] === null ? true : undefined;
  });
}

async function addJob(s: Session, job: string, command: string, database = 'master', extra = ''): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)};
EXEC msdb.dbo.sp_add_jobstep @job_name = ${q(job)}, @step_name = N'step one', @subsystem = N'TSQL', @command = ${q(command)}, @database_name = ${q(database)};
EXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)}, @server_name = N'(local)';${extra}`));
}

async function startJob(s: Session, job: string): Promise<void> {
  const started = ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = ${q(job)}`));
  assert.deepEqual(started.infos.map((m) => m.message), [`Job '${job}' started successfully.`]);
}

test('the node runs its agent: jobs started, failed, scheduled and stopped through msdb', async () => {
  const node = await startNode({ name: 'MSXDAGNODE' });
  try {
    assert.equal(statSync(join(node.dataDir, 'agent-credentials.json')).mode & 0o777, 0o600);
    assert.doesNotMatch(node.output(), /"password"/);

    const s = await connect(node);
    const agentSessions = ok(await batch(s, `SELECT program_name, login_name FROM sys.dm_exec_sessions
WHERE program_name LIKE N'SQLAgent%' ORDER BY program_name`)).sets[0]!.rows;
    assert.ok(agentSessions.some((r) => r[0] === 'SQLAgent - Job Manager' && r[1] === '##msxd_agent##'), JSON.stringify(agentSessions));
    assert.deepEqual(ok(await batch(s, `SELECT IS_SRVROLEMEMBER(N'sysadmin', N'##msxd_agent##')`)).sets[0]!.rows, [[1]]);
    const file = credentials(node);
    assert.equal(file.port, node.port);
    assert.equal(file.login, '##msxd_agent##');
    assert.ok(file.password.length >= 40);

    ok(await batch(s, `CREATE DATABASE agentwork`));
    ok(await batch(s, `CREATE TABLE agentwork.dbo.effect (id int NOT NULL, note nvarchar(50) NOT NULL)`));

    // a TSQL step that succeeds and leaves a row behind
    await addJob(s, 'insert one', `INSERT INTO dbo.effect (id, note) VALUES (1, N'by the agent')`, 'agentwork');
    await startJob(s, 'insert one');
    const done = await waitOutcome(s, 'insert one');
    assert.equal(done.runStatus, 1);
    assert.match(done.message, /^The job succeeded\. {2}The Job was invoked by User sa\. {2}The last step to run was step 1 \(step one\)\.$/);
    const steps = await history(s, 'insert one');
    assert.deepEqual(steps.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]]);
    assert.deepEqual(ok(await batch(s, 'SELECT id, note FROM agentwork.dbo.effect')).sets[0]!.rows, [[1, 'by the agent']]);
    const viaProc = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobhistory @job_name = N'insert one', @mode = 'FULL', @oldest_first = 1`));
    assert.deepEqual(viaProc.sets[0]!.rows.map((r) => [r[3], r[4], r[8]]), [[1, 'step one', 1], [0, '(Job outcome)', 1]]);

    // RAISERROR severity 16 fails the step and the job, with the message in the step's row
    await addJob(s, 'fails', `RAISERROR (N'boom %d', 16, 1, 42)`);
    await startJob(s, 'fails');
    const failed = await waitOutcome(s, 'fails');
    assert.equal(failed.runStatus, 0);
    assert.match(failed.message, /^The job failed\. /);
    const failedStep = (await history(s, 'fails'))[0]!;
    assert.deepEqual([failedStep[0], failedStep[1], failedStep[3], failedStep[4]], [1, 0, 50000, 16]);
    assert.match(String(failedStep[2]), /boom 42/);
    assert.match(String(failedStep[2]), /The step failed\.$/);

    // a daily schedule repeating every 10 seconds runs the job with nobody asking
    await addJob(s, 'every ten seconds', `INSERT INTO dbo.effect (id, note) VALUES (2, N'scheduled')`, 'agentwork',
      `\nEXEC msdb.dbo.sp_add_jobschedule @job_name = N'every ten seconds', @name = N'10 s', @freq_type = 4, @freq_interval = 1,
  @freq_subday_type = 2, @freq_subday_interval = 10;`);
    const scheduled = await waitOutcome(s, 'every ten seconds');
    assert.equal(scheduled.runStatus, 1);
    assert.match(scheduled.message, /The Job was invoked by Schedule \d+ \(10 s\)\./);
    assert.ok(ok(await batch(s, 'SELECT COUNT(*) FROM agentwork.dbo.effect WHERE id = 2')).sets[0]!.rows[0]![0] as number >= 1);
    ok(await batch(s, `EXEC msdb.dbo.sp_update_job @job_name = N'every ten seconds', @enabled = 0`));

    // sp_stop_job cancels a running step: run_status 3 (canceled)
    await addJob(s, 'long wait', `WAITFOR DELAY '00:01:00'`);
    await startJob(s, 'long wait');
    await waitExecuting(s, 'long wait');
    const stopped = ok(await batch(s, `EXEC msdb.dbo.sp_stop_job @job_name = N'long wait'`));
    assert.deepEqual(stopped.errors, []);
    const canceled = await waitOutcome(s, 'long wait', 1);
    assert.equal(canceled.runStatus, 3);
    assert.match(canceled.message, /^The job was stopped prior to completion by User sa\./);
    await close(s);
  } finally {
    await node.stop();
  }
});

test('kill -9 while a job runs: after restart the run is recorded as failed; agent-start jobs run; SIGTERM cancels', async () => {
  const node: NodeHandle = await startNode({ name: 'MSXDAGCRASH' });
  try {
    let s = await connect(node);
    ok(await batch(s, `CREATE DATABASE agentwork`));
    ok(await batch(s, `CREATE TABLE agentwork.dbo.boots (at datetime NOT NULL)`));
    await addJob(s, 'long wait', `WAITFOR DELAY '00:01:00'`);
    await addJob(s, 'at agent start', `INSERT INTO dbo.boots (at) VALUES (GETDATE())`, 'agentwork',
      `\nEXEC msdb.dbo.sp_add_jobschedule @job_name = N'at agent start', @name = N'boot', @freq_type = 64;`);
    await startJob(s, 'long wait');
    await waitExecuting(s, 'long wait');
    await close(s).catch(() => undefined);

    const before = credentials(node);
    await node.kill9();
    await node.restart();
    // the file follows the new port; the password, still valid, is kept
    assert.deepEqual(credentials(node), { ...before, port: node.port });
    s = await connect(node);
    const crashed = await waitOutcome(s, 'long wait');
    assert.equal(crashed.runStatus, 0);
    assert.match(crashed.message, /^The job failed\. {2}SQLServerAgent ended while the job was running \(agent session 1\)/);
    const open = ok(await batch(s, `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity AS a JOIN msdb.dbo.sysjobs AS j ON j.job_id = a.job_id
WHERE j.name = N'long wait' AND a.start_execution_date IS NOT NULL AND a.stop_execution_date IS NULL`)).sets[0]!.rows;
    assert.deepEqual(open, [[0]]);
    const lastRun = ok(await batch(s, `EXEC msdb.dbo.sp_help_job @job_name = N'long wait', @job_aspect = N'JOB'`)).sets[0]!;
    const outcomeCol = lastRun.columns.findIndex((c) => c.name === 'last_run_outcome');
    const statusCol = lastRun.columns.findIndex((c) => c.name === 'current_execution_status');
    assert.equal(lastRun.rows[0]![outcomeCol], 0);
    assert.equal(lastRun.rows[0]![statusCol], 4);

    // freq_type 64: the restarted agent ran the job by itself
    const boot = await waitOutcome(s, 'at agent start');
    assert.equal(boot.runStatus, 1);
    assert.match(boot.message, /The Job was invoked by Start Sequence\./);
    assert.deepEqual(ok(await batch(s, 'SELECT COUNT(*) FROM agentwork.dbo.boots')).sets[0]!.rows, [[1]]);

    // a clean shutdown stops the running job first and records it as canceled
    await startJob(s, 'long wait');
    await waitExecuting(s, 'long wait');
    await close(s).catch(() => undefined);
    assert.equal(await node.stop(), 0);
    await node.restart();
    s = await connect(node);
    const shutdown = await waitOutcome(s, 'long wait', 2);
    assert.equal(shutdown.runStatus, 3);
    assert.match(shutdown.message, /^The job was stopped prior to completion by SQLServerAgent shutdown\./);
    await close(s);
  } finally {
    await node.stop();
  }
});

test('--no-agent: no agent session, and sp_start_job says the agent is not running', async () => {
  const node = await startNode({ name: 'MSXDNOAGENT', args: ['--no-agent'] });
  try {
    const s = await connect(node);
    assert.deepEqual(ok(await batch(s, `SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE program_name LIKE N'SQLAgent%'`)).sets[0]!.rows, [[0]]);
    await addJob(s, 'never runs', 'SELECT 1');
    const refused = await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'never runs'`);
    assert.deepEqual(refused.errors.map((e) => [e.number, e.class, e.message]),
      [[22022, 16, 'SQLServerAgent is not currently running so it cannot be notified of this action.']]);
    assert.throws(() => statSync(join(node.dataDir, 'agent-credentials.json')), { code: 'ENOENT' });
    await close(s);
  } finally {
    await node.stop();
  }
});

test('an agent that cannot log in is logged as not started; the node keeps serving TDS', async () => {
  const node = await startNode({ name: 'MSXDAGFAIL' });
  try {
    let s = await connect(node);
    ok(await batch(s, 'ALTER LOGIN [##msxd_agent##] DISABLE'));
    await close(s);
    await node.restart();
    s = await connect(node);
    assert.deepEqual(ok(await batch(s, 'SELECT 1')).sets[0]!.rows, [[1]]);
    assert.deepEqual(ok(await batch(s, `SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE program_name LIKE N'SQLAgent%'`)).sets[0]!.rows, [[0]]);
    const launches = node.output().split('"msg":"SQL Server Agent started"').length - 1;
    assert.equal(launches, 1);
    assert.match(node.output(), /"component":"agent".*"msg":"SQL Server Agent could not start; the node serves TDS without its agent"/);
    await close(s);
  } finally {
    await node.stop();
  }
});
