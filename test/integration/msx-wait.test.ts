// The waiting connection (msxd, beyond SQL Server), two real nodes on loopback: a target enlisted
// with MSXPollInterval = 300 s and the Agent setting MsxdWaitForInstructions = 1 keeps one
// connection ('SQLAgent - TSX Wait') waiting in the master's sp_msxd_wait_for_instructions, so a
// job posted with sp_add_jobserver and started with sp_start_job runs on the target within
// seconds; sp_msxd_force_poll makes it poll; with the setting off nothing arrives before the next
// poll; a restarted master breaks the connection, which comes back by itself and delivers again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { enlistWaitingTarget, freePort, regwrite, rows, sleep, waitFor as waitEvery } from '../helpers/msx-cluster';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, cancel, close, connect, ok, type Session } from '../helpers/tedious-session';

const TARGET = 'MSXDWAITER';
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

/** the target's waiting sessions at the master */
async function waitingSessions(): Promise<number> {
  const [[n]] = await rows(msa, `SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE program_name = N'SQLAgent - TSX Wait'`) as [[number]];
  return n;
}

const targetPolls = async (): Promise<void> => { ok(await batch(tsa, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'P';`)); };

async function instructionStatus(op: number): Promise<unknown[][]> {
  return rows(msa, `SELECT status, error_message FROM msdb.dbo.sysdownloadlist WHERE target_server = N'${TARGET}' AND operation_code = ${op} ORDER BY instance_id`);
}

/** sp_start_job at the master; resolves with the ms until the target has applied the START */
async function startAndTime(): Promise<number> {
  const before = (await instructionStatus(4)).length;
  const t0 = Date.now();
  ok(await batch(msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await waitFor('the START applied', async () => {
    const r = await instructionStatus(4);
    return r.length === before + 1 && r.at(-1)?.[0] === 1 ? r : undefined;
  }, 60_000);
  return Date.now() - t0;
}

async function runsAtMaster(): Promise<number> {
  const [[n]] = await rows(msa, `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' AND server = N'${TARGET}' AND step_id = 0`) as [[number]];
  return n;
}

before(async () => {
  const port = await freePort();
  [master, target] = await Promise.all([startNode({ name: 'MSXDWAITMASTER', args: ['--port', String(port)] }), startNode({ name: TARGET })]);
  msa = await connect(master);
  tsa = await connect(target);
  await enlistWaitingTarget(msa, tsa, 'waiter_login', PASSWORD, port);
  // the agent learns of the enlistment at its next poll; this one reads the setting too
  await targetPolls();
  await waitFor('the waiting connection', async () => (await waitingSessions()) === 1 ? true : undefined);
});

after(async () => {
  await close(msa).catch(() => undefined);
  await close(tsa).catch(() => undefined);
  await Promise.all([master.stop(), target.stop()]);
});

test('setting on: a job posted with sp_add_jobserver is downloaded, and sp_start_job runs it on the target, within seconds', async (t) => {
  const [[interval]] = await rows(msa, `SELECT poll_interval FROM msdb.dbo.systargetservers WHERE server_name = N'${TARGET}'`) as [[number]];
  assert.equal(interval, 300);
  const t0 = Date.now();
  const created = ok(await batch(msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'waited job', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'one', @subsystem = N'TSQL', @command = N'SELECT 1', @database_name = N'master';
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'${TARGET}';
SELECT CONVERT(nvarchar(36), @id);`));
  jobId = String(created.sets.at(-1)?.rows[0]?.[0]);
  await waitFor('the INSERT applied', async () => {
    const r = await instructionStatus(1);
    return r[0]?.[0] === 1 ? r : undefined;
  }, PROMPT_MS * 3);
  const insertMs = Date.now() - t0;
  assert.ok(insertMs < PROMPT_MS, `INSERT applied after ${insertMs} ms`);
  assert.deepEqual(await rows(tsa, `SELECT name FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [['waited job']]);

  const startMs = await startAndTime();
  assert.ok(startMs < PROMPT_MS, `START applied after ${startMs} ms`);
  t.diagnostic(`INSERT applied after ${insertMs} ms, START after ${startMs} ms (poll interval 300 s)`);
  // the run's outcome goes up at once (a finished job makes the target poll)
  await waitFor('the outcome at the master', async () => (await runsAtMaster()) === 1 ? true : undefined, 20_000);
  assert.equal(await waitingSessions(), 1);
});

test("the master's sp_msxd_force_poll makes the waiting target poll (probe) at once", async () => {
  const lastPoll = `SELECT CONVERT(nvarchar(30), last_poll_date, 121) FROM msdb.dbo.systargetservers WHERE server_name = N'${TARGET}'`;
  const [[before]] = await rows(msa, lastPoll) as [[string]];
  await sleep(1100);
  const t0 = Date.now();
  assert.deepEqual(await rows(msa, `EXEC msdb.dbo.sp_msxd_force_poll @server_name = N'${TARGET}';`), [[1]]);
  await waitFor('a new probe', async () => {
    const [[now]] = await rows(msa, lastPoll) as [[string]];
    return now !== before ? now : undefined;
  }, PROMPT_MS * 3);
  assert.ok(Date.now() - t0 < PROMPT_MS, `polled after ${Date.now() - t0} ms`);
});

test('setting off: the waiting connection closes and a START waits for the next poll', async () => {
  ok(await batch(tsa, regwrite('MsxdWaitForInstructions', 0)));
  const lastPoll = `SELECT CONVERT(nvarchar(30), last_poll_date, 121) FROM msdb.dbo.systargetservers WHERE server_name = N'${TARGET}'`;
  const [[before]] = await rows(msa, lastPoll) as [[string]];
  await sleep(1100);
  await targetPolls();
  await waitFor('no waiting connection', async () => (await waitingSessions()) === 0 ? true : undefined);
  // the poll that read the setting has probed (after closing the connection): nothing posted yet
  await waitFor('the probe of that poll', async () => {
    const [[now]] = await rows(msa, lastPoll) as [[string]];
    return now !== before ? now : undefined;
  });
  ok(await batch(msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await sleep(PROMPT_MS);
  assert.deepEqual((await instructionStatus(4)).at(-1), [0, null]);
  assert.deepEqual(await rows(msa, `EXEC msdb.dbo.sp_msxd_force_poll;`), [[0]]);
  await targetPolls();
  await waitFor('the START applied at the poll', async () => {
    const r = await instructionStatus(4);
    return r.at(-1)?.[0] === 1 ? r : undefined;
  });
  await waitFor('the second outcome', async () => (await runsAtMaster()) === 2 ? true : undefined, 20_000);
  ok(await batch(tsa, regwrite('MsxdWaitForInstructions', 1)));
  await targetPolls();
  await waitFor('the waiting connection again', async () => (await waitingSessions()) === 1 ? true : undefined);
});

test('at the master, a wait cancelled (ATTENTION) or disconnected ends at once and leaves no waiter', async () => {
  // a second target known to the master only, so that sp_msxd_force_poll counts these waits alone
  ok(await batch(msa, `EXEC msdb.dbo.sp_enlist_tsx @Action = 0, @ServerName = N'GHOST', @Location = N'nowhere', @TimeZoneAdjustment = 0,
  @LocalTime = '2026-12-01 10:00:00', @NTUserName = N'CORP\\agent', @PollInterval = 60, @TSX_Version = 0x10000FA0;`));
  const waitSql = `EXEC msdb.dbo.sp_msxd_wait_for_instructions @server_name = N'GHOST', @timeout_seconds = 60;`;
  const ghostWaits = async (): Promise<number> => Number((await rows(msa, `EXEC msdb.dbo.sp_msxd_force_poll @server_name = N'GHOST';`))[0]?.[0]);
  const [s1, s2, s3] = await Promise.all([connect(master), connect(master), connect(master)]);
  try {
    const woken = batch(s3, waitSql);
    await sleep(500);
    assert.equal(await ghostWaits(), 1);
    assert.deepEqual(ok(await woken).sets[0]?.rows, [[0, true]]);

    const t0 = Date.now();
    const cancelled = batch(s1, waitSql);
    const dropped = batch(s2, waitSql).catch(() => undefined);
    await sleep(500);
    cancel(s1);
    const outcome = await cancelled;
    assert.match(String(outcome.error?.message), /cancel/i);
    assert.ok(Date.now() - t0 < PROMPT_MS);
    assert.deepEqual(await rows(s1, 'SELECT 1;'), [[1]]);
    await close(s2);
    await dropped;
    await sleep(300);
    assert.equal(await ghostWaits(), 0);
  } finally {
    for (const s of [s1, s2, s3]) await close(s).catch(() => undefined);
    ok(await batch(msa, `EXEC msdb.dbo.sp_delete_targetserver @server_name = N'GHOST', @clear_downloadlist = 1, @post_defection = 0;`));
  }
});

test('a restarted master breaks the waiting connection; the target falls back, reconnects and is prompt again', async (t) => {
  await close(msa).catch(() => undefined);
  await master.stop();
  await sleep(500);
  await master.restart();
  msa = await connect(master);
  await waitFor('the waiting connection back', async () => (await waitingSessions()) === 1 ? true : undefined, 90_000);
  assert.match(target.output(), /MSX waiting connection lost; polling at the interval until it is back/);
  // the session is visible at the master a moment before the target's log line reaches us (the
  // agent logs after open() returns; the child's output is read asynchronously): wait for it
  await waitFor('the target logs the waiting connection open again', async () =>
    (/MSX waiting connection open again/.test(target.output()) ? true : undefined), 10_000);
  const startMs = await startAndTime();
  assert.ok(startMs < PROMPT_MS, `START applied after ${startMs} ms`);
  t.diagnostic(`after the restart: START applied after ${startMs} ms`);
  await waitFor('the third outcome', async () => (await runsAtMaster()) === 3 ? true : undefined, 20_000);
});
