// SQL Server Agent tokens in job steps, run by a real node's own agent ("Use Tokens in Job
// Steps"): escaped tokens are replaced in a TSQL step's command and in its output file name
// before the step runs; a token without an escape macro, or an unknown one, fails the step with
// SQL Server Agent's history text and the step never runs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { poll } from '../helpers/poll';

const WAIT_MS = 30_000;
let node: NodeHandle;
let s: Session;

before(async () => {
  node = await startNode({ name: 'MSXDTOKENS' });
  s = await connect(node);
  ok(await batch(s, `CREATE DATABASE tokdb;`));
  ok(await batch(s, `USE tokdb; CREATE TABLE dbo.t (job_id varchar(40), step_id varchar(10), srvr nvarchar(128), job_name nvarchar(128),
  strtdt varchar(8), inst nvarchar(128), mach nvarchar(128), stepct varchar(10));
CREATE TABLE dbo.ids (job_id uniqueidentifier);
CREATE TABLE dbo.ran (what nvarchar(20));`));
});
after(async () => {
  await close(s);
  await node.stop();
});

const q = (text: string): string => `N'${text.replace(/'/g, "''")}'`;

async function rows(sqlText: string): Promise<unknown[][]> {
  return ok(await batch(s, sqlText)).sets[0]!.rows;
}

/** Starts the job and waits for its outcome row; returns [step_id, run_status, message] of the run's rows. */
async function runAndWait(job: string): Promise<unknown[][]> {
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = ${q(job)}`));
  const history = `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = ${q(job)} ORDER BY h.instance_id`;
  await poll(`the outcome of ${job}`, async () => ((await rows(history)).some((r) => r[0] === 0) ? true : undefined), WAIT_MS);
  return rows(history);
}

async function defineJob(job: string, steps: readonly { name: string; command: string; outputFile?: string }[]): Promise<void> {
  const added = steps.map((st, i) => `EXEC msdb.dbo.sp_add_jobstep @job_name = ${q(job)}, @step_name = ${q(st.name)}, @database_name = N'tokdb',
  @command = ${q(st.command)}, @on_success_action = ${i === steps.length - 1 ? 1 : 3}${st.outputFile ? `, @output_file_name = ${q(st.outputFile)}` : ''};`);
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)};\n${added.join('\n')}\nEXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)};`));
}

/** SQL Server's binary(16) form of a uniqueidentifier: the first three groups byte-reversed. */
function binaryLiteral(guid: string): string {
  const h = guid.replaceAll('-', '').toUpperCase();
  const rev = (x: string): string => x.replace(/(..)(..)(..)(..)/, '$4$3$2$1');
  return `0x${rev(h.slice(0, 8))}${h.slice(10, 12)}${h.slice(8, 10)}${h.slice(14, 16)}${h.slice(12, 14)}${h.slice(16)}`;
}

test('escaped tokens in a TSQL step are replaced with SQL Server\'s values (JOBID as 0x..., SRVR, STEPID, ...)', async () => {
  const job = "Ola's tokens";
  await defineJob(job, [
    {
      name: 'insert',
      command: `INSERT INTO dbo.t VALUES ('$(ESCAPE_SQUOTE(JOBID))', '$(ESCAPE_SQUOTE(STEPID))', '$(ESCAPE_SQUOTE(SRVR))',
  N'$(ESCAPE_SQUOTE(JOBNAME))', '$(ESCAPE_SQUOTE(STRTDT))', N'$(ESCAPE_SQUOTE(INST))', N'$(ESCAPE_SQUOTE(MACH))', '$(ESCAPE_SQUOTE(STEPCT))')`,
    },
    // the documented use of ESCAPE_NONE: JOBID is a binary literal, converted back to the job's uniqueidentifier
    { name: 'by id', command: 'INSERT INTO dbo.ids SELECT job_id FROM msdb.dbo.sysjobs WHERE job_id = CONVERT(uniqueidentifier, $(ESCAPE_NONE(JOBID)))' },
    {
      name: 'to file',
      command: "PRINT N'step $(ESCAPE_SQUOTE(STEPID)) of $(ESCAPE_SQUOTE(JOBNAME))'",
      outputFile: '$(ESCAPE_NONE(SQLLOGDIR))/tokens_$(ESCAPE_NONE(STEPID))_$(ESCAPE_NONE(STRTDT)).txt',
    },
  ]);
  const history = await runAndWait(job);
  assert.deepEqual(history.map((r) => [r[0], r[1]]), [[1, 1], [2, 1], [3, 1], [0, 1]], JSON.stringify(history));
  const [[jobId]] = await rows(`SELECT CONVERT(varchar(36), job_id) FROM msdb.dbo.sysjobs WHERE name = ${q(job)}`) as [[string]];
  const [[server, machine]] = await rows(`SELECT @@SERVERNAME, CONVERT(sysname, SERVERPROPERTY('MachineName'))`) as [[string, string]];
  const [[runDate]] = await rows(`SELECT h.run_date FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = ${q(job)} AND h.step_id = 0`) as [[number]];
  assert.deepEqual(await rows('SELECT job_id, step_id, srvr, job_name, strtdt, inst, mach, stepct FROM tokdb.dbo.t'), [
    [binaryLiteral(jobId), '1', server, job, String(runDate), 'MSSQLSERVER', machine, '1'],
  ]);
  assert.match(binaryLiteral(jobId), /^0x[0-9A-F]{32}$/);
  assert.deepEqual(await rows('SELECT CONVERT(varchar(36), job_id) FROM tokdb.dbo.ids'), [[jobId]]);
  const file = path.join(node.dataDir, `tokens_3_${runDate}.txt`);
  assert.match(readFileSync(file, 'utf8'), /^step 3 of Ola's tokens/);
});

test('a token without an escape macro fails the step with SQL Server Agent\'s text; the step does not run', async () => {
  await defineJob('unescaped', [{ name: 'bare', command: "INSERT INTO dbo.ran VALUES (N'bare'); PRINT N'$(DATE)'" }]);
  const history = await runAndWait('unescaped');
  assert.deepEqual(history.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]]);
  assert.equal(history[0]![2], 'Unable to start execution of step 1 (reason: The job step contains tokens. For SQL Server 2005 Service Pack 1 or later, '
    + 'you must use the appropriate ESCAPE_xxx macro to update job steps containing tokens before the job can run.).  The step failed.');
  assert.equal(history[1]![2], 'The job failed.  The Job was invoked by User sa.  The last step to run was step 1 (bare).');
  assert.deepEqual(await rows(`SELECT what FROM tokdb.dbo.ran WHERE what = N'bare'`), []);
});

test('an unknown token name fails the step with "Variable <name> not found", also in the output file name', async () => {
  await defineJob('unknown token', [{ name: 'unknown', command: "INSERT INTO dbo.ran VALUES (N'unknown')", outputFile: '/tmp/$(ESCAPE_SQUOTE(NOSUCH)).txt' }]);
  const history = await runAndWait('unknown token');
  assert.deepEqual(history.map((r) => [r[0], r[1], r[2]]), [
    [1, 0, 'Unable to start execution of step 1 (reason: Variable NOSUCH not found).  The step failed.'],
    [0, 0, 'The job failed.  The Job was invoked by User sa.  The last step to run was step 1 (unknown).'],
  ]);
  assert.deepEqual(await rows(`SELECT what FROM tokdb.dbo.ran WHERE what = N'unknown'`), []);
});

test('alert tokens: left as written unless "Replace tokens for all job responses to alerts" is on, then the alert\'s values', async () => {
  ok(await batch(s, `USE tokdb; CREATE TABLE dbo.alerted (err nvarchar(200), sev nvarchar(200), dbn nvarchar(200), msg nvarchar(400), svr nvarchar(200));`));
  await defineJob('alert tokens', [{
    name: 'record',
    command: `INSERT INTO dbo.alerted VALUES (N'$(ESCAPE_SQUOTE(A-ERR))', N'$(ESCAPE_SQUOTE(A-SEV))', N'$(ESCAPE_SQUOTE(A-DBN))',
  N'$(ESCAPE_SQUOTE(A-MSG))', N'$(ESCAPE_SQUOTE(A-SVR))')`,
  }]);
  ok(await batch(s, `EXEC msdb.dbo.sp_add_alert @name = N'Token alert', @message_id = 50000, @event_description_keyword = N'token',
  @delay_between_responses = 0, @job_name = N'alert tokens';`));
  const outcomes = async (n: number): Promise<void> => {
    await poll(`outcome ${n} of the alert job`, async () => {
      const [[count]] = await rows(`SELECT COUNT(*) FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = N'alert tokens' AND h.step_id = 0 AND h.run_status = 1`) as [[number]];
      return Number(count) >= n ? true : undefined;
    }, WAIT_MS);
  };
  await poll('the agent watching the alert', async () => (node.output().includes('agent: watching 1 alert(s)') ? true : undefined), WAIT_MS);

  // off (SQL Server's default): the tokens reach the step as written
  await batch(s, "USE tokdb; RAISERROR(N'the token''s first test', 16, 1) WITH LOG");
  await outcomes(1);
  assert.deepEqual(await rows('SELECT err, sev, dbn, msg, svr FROM tokdb.dbo.alerted'), [
    ['$(ESCAPE_SQUOTE(A-ERR))', '$(ESCAPE_SQUOTE(A-SEV))', '$(ESCAPE_SQUOTE(A-DBN))', '$(ESCAPE_SQUOTE(A-MSG))', '$(ESCAPE_SQUOTE(A-SVR))'],
  ]);

  ok(await batch(s, 'DELETE FROM tokdb.dbo.alerted; EXEC msdb.dbo.sp_set_sqlagent_properties @alert_replace_runtime_tokens = 1;'));
  await batch(s, "USE tokdb; RAISERROR(N'the token''s second test', 16, 2) WITH LOG");
  await outcomes(2);
  const [[server]] = await rows('SELECT @@SERVERNAME') as [[string]];
  assert.deepEqual(await rows('SELECT err, sev, dbn, msg, svr FROM tokdb.dbo.alerted'), [
    ['50000', '16', 'tokdb', "the token's second test", server],
  ]);
});

test('CmdExec: tokens are replaced in the command before the shell sees it', async () => {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'shell tokens';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'shell tokens', @step_name = N'echo', @subsystem = N'CmdExec',
  @command = N'echo "job $(ESCAPE_DQUOTE(JOBNAME)) step $(ESCAPE_NONE(STEPID)) on $(ESCAPE_NONE(INST))"',
  @output_file_name = N'$(ESCAPE_NONE(SQLDIR))/shell_$(ESCAPE_NONE(STEPID)).txt';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'shell tokens';`));
  const history = await runAndWait('shell tokens');
  assert.deepEqual(history.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(history));
  assert.equal(readFileSync(path.join(node.dataDir, 'shell_1.txt'), 'utf8'), 'job shell tokens step 1 on MSSQLSERVER\n');
});
