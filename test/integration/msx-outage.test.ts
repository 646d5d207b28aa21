// The master goes away while its target runs jobs (real nodes on loopback): the master is stopped
// (SIGTERM) while a downloaded job waits in a TSQL step on the target; the run ends, its outcome is
// spooled on the target (the upload fails and is logged), a second run is started locally while
// the master is still down; the master comes back on the same data folder and port, and both runs
// reach it exactly once (one history row per step per run, counted), in order, even after more polls.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addMsxJob, downloadsSettled, forcePoll, records, rows, scalarOf, sleep, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok } from '../helpers/tedious-session';

let c: MsxCluster;
let jobId: string;

before(async () => {
  c = await startCluster({ targetNames: ['TSX1'] });
  jobId = await addMsxJob(c.msa, 'outage job', [['wait', "WAITFOR DELAY '00:00:03'"], ['done', 'SELECT 1']], ['TSX1']);
  await forcePoll(c.tsa[0]!);
  await downloadsSettled(c.msa, 'TSX1');
});
after(async () => {
  await c?.stop();
});

const tsx = () => c.tsa[0]!;
const localOutcomes = async (): Promise<number> => Number(await scalarOf(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' AND step_id = 0`));
const masterRows = (): Promise<unknown[][]> => rows(c.msa, `SELECT step_id, run_status, server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`);

test('a run started by the master survives the master stopping mid-run; a second run while it is down; both uploaded once after its restart', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await forcePoll(tsx());
  await waitFor('the run under way on TSX1', async () => {
    const r = await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${jobId}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
    return r[0]?.[0] === 1 ? r : undefined;
  }, 20_000, 100);
  const port = c.master.port;
  assert.equal(await c.master.stop(), 0);

  await waitFor('the first outcome on TSX1', async () => ((await localOutcomes()) === 1 ? true : undefined), 20_000);
  // the upload the finished run asked for failed: nothing reached the master, the spool keeps it
  await waitFor('the failed upload in the log', async () => (/agent: MSX poll failed/.test(c.targets[0]!.output()) ? true : undefined), 15_000);

  ok(await batch(tsx(), `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await waitFor('the second outcome on TSX1', async () => ((await localOutcomes()) === 2 ? true : undefined), 20_000);
  assert.deepEqual(await rows(tsx(), `SELECT step_id, run_status FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`),
    [[1, 1], [2, 1], [0, 1], [1, 1], [2, 1], [0, 1]]);

  await c.master.restart();
  assert.equal(c.master.port, port, 'the master is back on its port');
  await c.reconnectMaster();
  await forcePoll(tsx());
  const atMaster = await waitFor('both runs at the master', async () => {
    const r = await masterRows();
    return r.length >= 6 ? r : undefined;
  });
  assert.deepEqual(atMaster, [[1, 1, 'TSX1'], [2, 1, 'TSX1'], [0, 1, 'TSX1'], [1, 1, 'TSX1'], [2, 1, 'TSX1'], [0, 1, 'TSX1']]);

  // more polls (forced and by the 10 s interval) send nothing again
  await forcePoll(tsx());
  await sleep(2000);
  await forcePoll(tsx());
  await sleep(1500);
  assert.equal((await masterRows()).length, 6);
  const [target] = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${jobId}', @job_aspect = N'TARGETS'`);
  assert.deepEqual([target?.['server_name'], target?.['last_run_outcome']], ['TSX1', 1]);
  const [help] = await records(c.msa, `EXEC msdb.dbo.sp_help_targetserver N'TSX1'`);
  assert.deepEqual([help?.['status'], help?.['unread_instructions']], [1, 0]);
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
