// The waiting connection delivering instructions (msxd), two real nodes on loopback: with
// MsxdWaitForInstructions = 1 and MSXPollInterval = 300 s, an INSERT (sp_add_jobserver) and a START
// (sp_start_job) reach the target on its waiting connection: applied and marked downloaded at the
// master with no poll (the probe's last_poll_date does not move) and no new login (the same
// waiting session, no 'SQLAgent - TSX Poll' session); the INSERT's definition is read through that
// connection. The job's outcome then goes up by the ordinary poll. (A delivered row that fails
// falls back to the ordinary poll: test/unit/agent/msx-wait-deliver-poller.test.ts.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { enlistWaitingTarget, freePort, rows, sleep, waitFor as waitEvery } from '../helpers/msx-cluster';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, cancel, close, connect, ok, type Session } from '../helpers/tedious-session';

const TARGET = 'MSXDDELIVER';
const PASSWORD = 'Tsx-Wait-Pa55word!';
/** generous: seven engineers share two cores; an interval poll would take 300 s */
const PROMPT_MS = 5000;

let master: NodeHandle;
let target: NodeHandle;
let msa: Session;
let tsa: Session;
let jobId: string;

/** polled every 100 ms: the tests time how soon instructions arrive */
const waitFor = <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> =>
  waitEvery(what, probe, timeoutMs, 100);

const targetPolls = async (): Promise<void> => { ok(await batch(tsa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'P';`)); };

before(async () => {
  const port = await freePort();
  [master, target] = await Promise.all([startNode({ name: 'MSXDDELIVERMASTER', args: ['--port', String(port)] }), startNode({ name: TARGET })]);
  msa = await connect(master);
  tsa = await connect(target);
  await enlistWaitingTarget(msa, tsa, 'deliver_login', PASSWORD, port);
  const enlisted = await lastPoll();
  // the agent learns of the enlistment at its next poll; this one reads the setting too
  await targetPolls();
  // The poll starts the waiting connection before it logs in itself, so the waiting session can
  // be alone for a moment before the poll's session appears: wait until the poll has probed
  // (last_poll_date moved) and its session is gone, and it stays so for a second.
  await waitFor('the poll over, the waiting connection alone', async () => {
    const polled = await lastPoll();
    if (polled === enlisted || !(await waitingAlone())) return undefined;
    await sleep(1000);
    return (await lastPoll()) === polled && (await waitingAlone()) ? true : undefined;
  });
});

after(async () => {
  await close(msa).catch(() => undefined);
  await close(tsa).catch(() => undefined);
  await Promise.all([master.stop(), target.stop()]);
});


const lastPollSql = `SELECT CONVERT(nvarchar(30), last_poll_date, 121) FROM msdb.dbo.systargetservers WHERE server_name = N'${TARGET}'`;

async function lastPoll(): Promise<string> {
  const [[v]] = await rows(msa, lastPollSql) as [[string]];
  return v;
}

const waitingAlone = async (): Promise<boolean> => (await targetSessions()).map((s) => s[1]).join() === 'SQLAgent - TSX Wait';

/** the target's sessions at the master: [session_id, program_name] */
async function targetSessions(): Promise<unknown[][]> {
  return rows(msa, `SELECT session_id, program_name FROM sys.dm_exec_sessions WHERE login_name = N'deliver_login' ORDER BY session_id`);
}

async function downloaded(op: number, count: number): Promise<unknown[][]> {
  return waitFor(`operation ${op} marked downloaded`, async () => {
    const r = await rows(msa, `SELECT status, CASE WHEN date_downloaded IS NULL THEN 0 ELSE 1 END, error_message FROM msdb.dbo.sysdownloadlist
WHERE target_server = N'${TARGET}' AND operation_code = ${op} ORDER BY instance_id`);
    return r.length === count && r.every((x) => x[0] === 1) ? r : undefined;
  }, PROMPT_MS * 3);
}

test('INSERT and START arrive on the waiting connection: applied, marked downloaded, no poll, no new login', async (t) => {
  const sessions = await targetSessions();
  assert.equal(sessions.length, 1);
  assert.equal(sessions[0]?.[1], 'SQLAgent - TSX Wait');
  await sleep(1100);
  const polled = await lastPoll();
  const t0 = Date.now();
  const created = ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'delivered job', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'one', @subsystem = N'TSQL', @command = N'WAITFOR DELAY ''00:00:03''', @database_name = N'master';
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'${TARGET}';
SELECT CONVERT(nvarchar(36), @id);`));
  jobId = String(created.sets.at(-1)?.rows[0]?.[0]);
  assert.deepEqual(await downloaded(1, 1), [[1, 1, null]]);
  const insertMs = Date.now() - t0;
  assert.deepEqual(await rows(tsa, `SELECT name FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [['delivered job']]);
  assert.equal(await lastPoll(), polled, 'no poll: the INSERT came on the waiting connection');
  assert.deepEqual(await targetSessions(), sessions, 'the same waiting session, no other login');

  const t1 = Date.now();
  ok(await batch(msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  // the step lasts 3 s: the outcome's poll comes after the START's acknowledgement
  assert.deepEqual(await downloaded(4, 1), [[1, 1, null]]);
  const startMs = Date.now() - t1;
  assert.equal(await lastPoll(), polled, 'no poll: the START came on the waiting connection');
  assert.deepEqual(await targetSessions(), sessions, 'the same waiting session, no other login');
  t.diagnostic(`INSERT marked downloaded after ${insertMs} ms, START after ${startMs} ms (poll interval 300 s, no poll)`);
  // the outcome goes up by an ordinary poll once the job has finished
  await waitFor('the outcome at the master', async () => {
    const [[n]] = await rows(msa, `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' AND server = N'${TARGET}' AND step_id = 0`) as [[number]];
    return n === 1 ? n : undefined;
  }, 30_000);
  assert.notEqual(await lastPoll(), polled);
  assert.deepEqual((await targetSessions()).filter((s) => s[1] === 'SQLAgent - TSX Wait'), sessions);
});
