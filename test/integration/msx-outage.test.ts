// The master goes away while its targets run jobs (real nodes on loopback): the master is stopped
// (SIGTERM) while downloaded jobs run on TSX1 and TSX2 (TSQL WAITFOR steps); the
// runs end, their outcomes are spooled on each target (the uploads fail and are logged), a second
// run is started on TSX1 while the master is still down; the master comes back on the same data
// folder and port, and every run reaches it exactly once (one history row per step per run,
// counted), in order, even after more polls.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addMsxJob, downloadsSettled, forcePoll, records, rows, scalarOf, sleep, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok, type Session } from '../helpers/tedious-session';

const TARGETS = ['TSX1', 'TSX2'] as const;
let c: MsxCluster;
let jobId: string;
let sleeper: string;

before(async () => {
  c = await startCluster({ targetNames: TARGETS });
  jobId = await addMsxJob(c.msa, 'outage job', [['wait', "WAITFOR DELAY '00:00:03'"], ['done', 'SELECT 1']], ['TSX1']);
  // (msxd's msdb offers the TSQL subsystem only: sp_add_jobstep refuses CmdExec with 14234)
  sleeper = await addMsxJob(c.msa, 'sleeper', [['sleep', "WAITFOR DELAY '00:00:04'"]], ['TSX2']);
  for (const s of c.tsa) await forcePoll(s);
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
});
after(async () => {
  await c?.stop();
});

const tsx = () => c.tsa[0]!;
const localOutcomes = async (s: Session, job: string): Promise<number> =>
  Number(await scalarOf(s, `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${job}' AND step_id = 0`));
const masterRows = (job = jobId): Promise<unknown[][]> =>
  rows(c.msa, `SELECT step_id, run_status, server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${job}' ORDER BY instance_id`);
const running = async (s: Session, job: string): Promise<true | undefined> => {
  const r = await rows(s, `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${job}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
  return r[0]?.[0] === 1 ? true : undefined;
};

test('runs started by the master survive it stopping mid-run; a second run while it is down; all uploaded once after its restart', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}'; EXEC msdb.dbo.sp_start_job @job_id = N'${sleeper}';`));
  for (const s of c.tsa) await forcePoll(s);
  await waitFor('the run under way on TSX1', () => running(tsx(), jobId), 20_000, 100);
  await waitFor('the run under way on TSX2', () => running(c.tsa[1]!, sleeper), 20_000, 100);
  const port = c.master.port;
  assert.equal(await c.master.stop(), 0);

  await waitFor('the first outcome on TSX1', async () => ((await localOutcomes(tsx(), jobId)) === 1 ? true : undefined), 20_000);
  await waitFor('the outcome on TSX2', async () => ((await localOutcomes(c.tsa[1]!, sleeper)) === 1 ? true : undefined), 20_000);
  // the uploads the finished runs asked for failed: nothing reached the master, the spools keep them
  for (const t of c.targets) {
    await waitFor(`the failed upload in ${t.name}'s log`, async () => (/agent: MSX poll failed/.test(t.output()) ? true : undefined), 15_000);
  }

  ok(await batch(tsx(), `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await waitFor('the second outcome on TSX1', async () => ((await localOutcomes(tsx(), jobId)) === 2 ? true : undefined), 20_000);
  assert.deepEqual(await rows(tsx(), `SELECT step_id, run_status FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`),
    [[1, 1], [2, 1], [0, 1], [1, 1], [2, 1], [0, 1]]);

  await c.master.restart();
  assert.equal(c.master.port, port, 'the master is back on its port');
  await c.reconnectMaster();
  for (const s of c.tsa) await forcePoll(s);
  const atMaster = await waitFor('both runs of TSX1 at the master', async () => {
    const r = await masterRows();
    return r.length >= 6 ? r : undefined;
  });
  assert.deepEqual(atMaster, [[1, 1, 'TSX1'], [2, 1, 'TSX1'], [0, 1, 'TSX1'], [1, 1, 'TSX1'], [2, 1, 'TSX1'], [0, 1, 'TSX1']]);
  await waitFor("TSX2's run at the master", async () => ((await masterRows(sleeper)).length >= 2 ? true : undefined));

  // more polls (forced and by the 10 s interval) send nothing again
  for (const s of c.tsa) await forcePoll(s);
  await sleep(2000);
  for (const s of c.tsa) await forcePoll(s);
  await sleep(1500);
  assert.equal((await masterRows()).length, 6);
  assert.deepEqual(await masterRows(sleeper), [[1, 1, 'TSX2'], [0, 1, 'TSX2']]);
  for (const [job, server] of [[jobId, 'TSX1'], [sleeper, 'TSX2']] as const) {
    const [target] = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${job}', @job_aspect = N'TARGETS'`);
    assert.deepEqual([target?.['server_name'], target?.['last_run_outcome']], [server, 1]);
  }
  const help = await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver');
  assert.deepEqual(help.map((h) => [h['server_name'], h['status'], h['unread_instructions']]), [['TSX1', 1, 0], ['TSX2', 1, 0]]);
});

test('the restarted master still drives the target: a START posted now runs and is reported once', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await forcePoll(tsx());
  const r = await waitFor('the third run at the master', async () => {
    const x = await masterRows();
    return x.length >= 9 ? x : undefined;
  }, 30_000);
  assert.equal(r.length, 9);
  assert.equal(r.filter((x) => x[0] === 0).length, 3);
});

test('the spool survives a restart of the target while the master is down: uploaded once when the master is back', async () => {
  const before = (await masterRows()).length;
  assert.equal(await c.master.stop(), 0);
  ok(await batch(tsx(), `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  const localBefore = await localOutcomes(tsx(), jobId);
  await waitFor('the run on TSX1', async () => ((await localOutcomes(tsx(), jobId)) === localBefore + 1 ? true : undefined), 20_000);
  await c.targets[0]!.restart();
  await c.reconnectTarget(0);
  await c.master.restart();
  await c.reconnectMaster();
  await forcePoll(tsx());
  await waitFor('the run at the master', async () => ((await masterRows()).length >= before + 3 ? true : undefined));
  await forcePoll(tsx());
  await sleep(1500);
  assert.deepEqual((await masterRows()).slice(before), [[1, 1, 'TSX1'], [2, 1, 'TSX1'], [0, 1, 'TSX1']]);
});
