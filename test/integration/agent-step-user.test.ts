// database_user_name of a TSQL step on a real node with its agent (sp_add_jobstep (Transact-SQL)):
// a sysadmin-owned job's step runs as that user of the step's database, so USER_NAME() is the
// user and SUSER_SNAME() its login; a step without it runs as the agent (dbo in the database);
// a non-sysadmin owner's step runs as the owner whatever its database_user_name says.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { poll } from '../helpers/poll';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const WAIT_MS = 30_000;
const PASSWORD = 'StepUser-Pa55word!';
let node: NodeHandle;
let sa: Session;

before(async () => {
  node = await startNode({ name: 'MSXDSTEPUSER' });
  sa = await connect(node);
  ok(await batch(sa, `CREATE DATABASE stepuserdb;
CREATE LOGIN reporter_login WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
CREATE LOGIN owner_login WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;`));
  ok(await batch(sa, `USE msdb;
CREATE USER owner_login FOR LOGIN owner_login; ALTER ROLE SQLAgentUserRole ADD MEMBER owner_login;
USE stepuserdb;
CREATE TABLE dbo.who (tag nvarchar(20) NOT NULL, user_name sysname NULL, login_name sysname NULL);
CREATE USER reporter FOR LOGIN reporter_login;
CREATE USER owner_login FOR LOGIN owner_login;
GRANT INSERT ON dbo.who TO reporter;
GRANT INSERT ON dbo.who TO owner_login;`));
});
after(async () => {
  await close(sa);
  await node.stop();
});

/** Adds a one-step job owned by `owner`, starts it, waits for its outcome; the history rows. */
async function runJob(name: string, owner: string, tag: string, user: string | null, beforeStart = ''): Promise<unknown[][]> {
  const userArg = user === null ? '' : `, @database_user_name = N'${user}'`;
  ok(await batch(sa, `EXEC msdb.dbo.sp_add_job @job_name = N'${name}', @owner_login_name = N'${owner}';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'${name}', @step_name = N's1', @database_name = N'stepuserdb'${userArg},
  @command = N'INSERT INTO dbo.who (tag, user_name, login_name) VALUES (N''${tag}'', USER_NAME(), SUSER_SNAME())';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'${name}';`));
  if (beforeStart !== '') ok(await batch(sa, beforeStart));
  ok(await batch(sa, `EXEC msdb.dbo.sp_start_job @job_name = N'${name}';`));
  return poll(`the outcome of ${name}`, async () => {
    const rows = ok(await batch(sa, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'${name}' ORDER BY h.instance_id`)).sets[0]!.rows;
    return rows.some((r) => r[0] === 0) ? rows : undefined;
  }, WAIT_MS);
}

async function who(tag: string): Promise<unknown[][]> {
  return ok(await batch(sa, `SELECT user_name, login_name FROM stepuserdb.dbo.who WHERE tag = N'${tag}'`)).sets[0]!.rows;
}

test("a sysadmin-owned job's step with database_user_name runs as that user", async () => {
  const rows = await runJob('step user job', 'sa', 'asuser', 'reporter');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(rows));
  assert.match(String(rows[0]![2]), /^Executed as user: reporter\./);
  assert.deepEqual(await who('asuser'), [['reporter', 'reporter_login']]);
  const stored = ok(await batch(sa, `SELECT s.database_user_name FROM msdb.dbo.sysjobsteps AS s
JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.job_id WHERE j.name = N'step user job'`)).sets[0]!.rows;
  assert.deepEqual(stored, [['reporter']]);
});

test("a sysadmin-owned job's step without database_user_name runs as the agent: dbo", async () => {
  const rows = await runJob('step dbo job', 'sa', 'asdbo', null);
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(rows));
  const seen = await who('asdbo');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]![0], 'dbo');
});

test("a non-sysadmin owner's step runs as the owner; database_user_name is ignored", async () => {
  const rows = await runJob('step owner job', 'owner_login', 'asowner', 'reporter');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(rows));
  assert.match(String(rows[0]![2]), /^Executed as user: owner_login\./);
  assert.deepEqual(await who('asowner'), [['owner_login', 'owner_login']]);
});

test('a user dropped after the step was defined fails the step at run time', async () => {
  // sp_verify_jobstep checks the user exists only when the step is defined
  ok(await batch(sa, `CREATE LOGIN gone_login WITH PASSWORD = N'${PASSWORD}', CHECK_POLICY = OFF;
USE stepuserdb; CREATE USER gone_user FOR LOGIN gone_login; GRANT INSERT ON dbo.who TO gone_user;`));
  const rows = await runJob('step gone job', 'sa', 'gone', 'gone_user', 'USE stepuserdb; DROP USER gone_user;');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]], JSON.stringify(rows));
  assert.deepEqual(await who('gone'), []);
});

test("a step whose database_user_name is a user WITHOUT LOGIN runs as that user, its SID as the login", async () => {
  ok(await batch(sa, `USE stepuserdb; CREATE USER nologin_step_user WITHOUT LOGIN; GRANT INSERT ON dbo.who TO nologin_step_user;`));
  const rows = await runJob('step nologin job', 'sa', 'nologin', 'nologin_step_user');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(rows));
  assert.match(String(rows[0]![2]), /^Executed as user: nologin_step_user\./);
  const seen = await who('nologin');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]![0], 'nologin_step_user');
  // SQL Server names a login-less user's context by its SID: S-1-9-3- and four sub-authorities
  assert.match(String(seen[0]![1]), /^S-1-9-3(-\d+){4}\.?$/);
});

test('a WITHOUT LOGIN step user cannot reach another database (916 fails the step)', async () => {
  ok(await batch(sa, `USE stepuserdb; CREATE USER nologin_far_user WITHOUT LOGIN;`));
  ok(await batch(sa, `EXEC msdb.dbo.sp_add_job @job_name = N'step nologin far job', @owner_login_name = N'sa';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'step nologin far job', @step_name = N's1', @database_name = N'stepuserdb',
  @database_user_name = N'nologin_far_user', @command = N'USE master;';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'step nologin far job';
EXEC msdb.dbo.sp_start_job @job_name = N'step nologin far job';`));
  const rows = await poll('the outcome of step nologin far job', async () => {
    const r = ok(await batch(sa, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'step nologin far job' ORDER BY h.instance_id`)).sets[0]!.rows;
    return r.some((x) => x[0] === 0) ? r : undefined;
  }, WAIT_MS);
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]], JSON.stringify(rows));
  assert.match(String(rows[0]![2]), /\[SQLSTATE \d+\] \(Error 916\)/);
});
