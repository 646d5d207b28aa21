// Job ownership on a real node with its agent: a login in SQLAgentUserRole creates and starts its
// own job, whose TSQL step runs as that login (SUSER_SNAME() and permissions are the owner's, as
// SQL Server Agent impersonates non-sysadmin owners); another such login cannot see or start it;
// a non-sysadmin owner's CmdExec step is refused without a proxy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const WAIT_MS = 30_000;
const PASSWORD = 'Owner-Test-Pa55word!';
let node: NodeHandle;
let sa: Session;
let bob: Session;
let carol: Session;

before(async () => {
  node = await startNode({ name: 'MSXDOWNERS' });
  sa = await connect(node);
  ok(await batch(sa, `CREATE DATABASE ownerwork;
CREATE LOGIN bob_agent WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE LOGIN carol_agent WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;`));
  ok(await batch(sa, `USE msdb;
CREATE USER bob_agent FOR LOGIN bob_agent; ALTER ROLE SQLAgentUserRole ADD MEMBER bob_agent;
CREATE USER carol_agent FOR LOGIN carol_agent; ALTER ROLE SQLAgentUserRole ADD MEMBER carol_agent;
USE ownerwork;
CREATE TABLE dbo.who (name sysname NOT NULL, app nvarchar(128) NULL);
CREATE TABLE dbo.secret (x int NOT NULL);
CREATE USER bob_agent FOR LOGIN bob_agent;
GRANT INSERT ON dbo.who TO bob_agent;`));
  bob = await connect(node, { user: 'bob_agent', password: PASSWORD });
  carol = await connect(node, { user: 'carol_agent', password: PASSWORD });
});
after(async () => {
  await Promise.all([close(sa), close(bob), close(carol)]);
  await node.stop();
});

async function outcomeOf(job: string): Promise<unknown[][]> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const rows = ok(await batch(sa, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'${job}' ORDER BY h.instance_id`)).sets[0]!.rows;
    if (rows.some((r) => r[0] === 0)) return rows;
    if (Date.now() > until) throw new Error(`no outcome for ${job}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test("a SQLAgentUserRole member's job runs its TSQL step as that login", async () => {
  ok(await batch(bob, `EXEC msdb.dbo.sp_add_job @job_name = N'bob job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'bob job', @step_name = N'who', @database_name = N'ownerwork',
  @command = N'INSERT INTO dbo.who (name, app) VALUES (SUSER_SNAME(), APP_NAME())';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'bob job';`));
  assert.deepEqual(ok(await batch(sa, `SELECT SUSER_SNAME(owner_sid) FROM msdb.dbo.sysjobs WHERE name = N'bob job'`)).sets[0]!.rows, [['bob_agent']]);
  const started = ok(await batch(bob, `EXEC msdb.dbo.sp_start_job @job_name = N'bob job'`));
  assert.deepEqual(started.infos.map((m) => m.message), ["Job 'bob job' started successfully."]);
  const rows = await outcomeOf('bob job');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(rows));
  const who = ok(await batch(sa, 'SELECT name, app FROM ownerwork.dbo.who')).sets[0]!.rows;
  assert.equal(who.length, 1);
  assert.equal(who[0]![0], 'bob_agent');
  assert.match(String(who[0]![1]), /^SQLAgent - TSQL JobStep/);
});

test("the owner's permissions apply: a step touching what the owner may not fails with 229", async () => {
  ok(await batch(bob, `EXEC msdb.dbo.sp_add_job @job_name = N'bob denied';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'bob denied', @step_name = N'secret', @database_name = N'ownerwork',
  @command = N'INSERT INTO dbo.secret (x) VALUES (1)';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'bob denied';
EXEC msdb.dbo.sp_start_job @job_name = N'bob denied';`));
  const rows = await outcomeOf('bob denied');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]]);
  assert.match(String(rows[0]![2]), /The INSERT permission was denied on the object 'secret', database 'ownerwork', schema 'dbo'\./);
  assert.deepEqual(ok(await batch(sa, 'SELECT COUNT(*) FROM ownerwork.dbo.secret')).sets[0]!.rows, [[0]]);
});

test("another SQLAgentUserRole member neither sees nor starts the job (14262)", async () => {
  const seen = ok(await batch(carol, `SELECT COUNT(*) FROM msdb.dbo.sysjobs_view WHERE name = N'bob job'`)).sets[0]!.rows;
  assert.deepEqual(seen, [[0]]);
  const o = await batch(carol, `EXEC msdb.dbo.sp_start_job @job_name = N'bob job'`);
  assert.deepEqual(o.errors.map((e) => [e.number, e.message]), [[14262, "The specified @job_name ('bob job') does not exist."]]);
});

test("a non-sysadmin owner's CmdExec step is refused without a proxy", async () => {
  const add = await batch(bob, `EXEC msdb.dbo.sp_add_job @job_name = N'bob shell';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'bob shell', @step_name = N'sh', @subsystem = N'CmdExec', @command = N'echo hi';`);
  if (add.errors.length > 0) {
    // SQL Server refuses at definition time too when no proxy is given (14525 family); either way nothing runs
    assert.ok(add.errors.every((e) => e.number > 0));
    return;
  }
  ok(await batch(bob, `EXEC msdb.dbo.sp_add_jobserver @job_name = N'bob shell'; EXEC msdb.dbo.sp_start_job @job_name = N'bob shell';`));
  const rows = await outcomeOf('bob shell');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]]);
  assert.match(String(rows[0]![2]), /Non-SysAdmins have been denied permission to run CmdExec job steps without a proxy account\./);
});
