// Edges of a multiserver job's life between real nodes (master + one target on loopback): a job
// created and started before the target polls (INSERT and START in one download), and a job the
// master deletes while it runs on the target (the target drops it, its outcome cannot reach the
// master, and later outcomes of other jobs still do).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addMsxJob, downloadList, downloadsSettled, forcePoll, rows, sleep, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok } from '../helpers/tedious-session';

let c: MsxCluster;

before(async () => {
  c = await startCluster({ targetNames: ['TSX1'] });
});
after(async () => {
  await c?.stop();
});

const tsx = () => c.tsa[0]!;
const outcomes = (jobId: string): Promise<unknown[][]> =>
  rows(c.msa, `SELECT step_id, run_status, server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`);

test('INSERT and START in one poll: the target downloads the job, runs it once and reports it', async () => {
  const jobId = await addMsxJob(c.msa, 'new and started', [['one', 'SELECT 1']], ['TSX1']);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  assert.deepEqual((await downloadList(c.msa, 'TSX1')).map((x) => [x[1], x[2]]), [[1, 0], [4, 0]]);
  await forcePoll(tsx());
  const settled = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(settled.map((x) => [x[1], x[2], x[3]]), [[1, 1, null], [4, 1, null]]);
  const r = await waitFor('the outcome', async () => {
    const x = await outcomes(jobId);
    return x.some((y) => y[0] === 0) ? x : undefined;
  });
  assert.deepEqual(r, [[1, 1, 'TSX1'], [0, 1, 'TSX1']]);
});

test('the master deletes a job while it runs on the target: the target drops it, stays unblocked, and later outcomes still arrive', async () => {
  const doomed = await addMsxJob(c.msa, 'doomed', [['wait', "WAITFOR DELAY '00:00:04'"]], ['TSX1']);
  const survivor = await addMsxJob(c.msa, 'survivor', [['one', 'SELECT 1']], ['TSX1']);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${doomed}';`));
  await forcePoll(tsx());
  await waitFor('the run under way', async () => {
    const r = await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${doomed}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
    return r[0]?.[0] === 1 ? r : undefined;
  }, 20_000, 100);

  ok(await batch(c.msa, `EXEC msdb.dbo.sp_delete_job @job_id = N'${doomed}';`));
  await forcePoll(tsx());
  await sleep(5000);
  await forcePoll(tsx());
  const list = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(list.filter((x) => x[3] !== null), [], 'no error row');
  await waitFor('the job gone from the target', async () => {
    const r = await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE job_id = N'${doomed}'`);
    return r[0]?.[0] === 0 ? r : undefined;
  }, 15_000);
  assert.deepEqual(await outcomes(doomed), []);

  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${survivor}';`));
  await forcePoll(tsx());
  const r = await waitFor("the survivor's outcome", async () => {
    const x = await outcomes(survivor);
    return x.some((y) => y[0] === 0) ? x : undefined;
  }, 30_000);
  assert.deepEqual(r, [[1, 1, 'TSX1'], [0, 1, 'TSX1']]);
  assert.doesNotMatch(c.targets[0]!.output(), /MSX poll failed/);
});

test('a job assigned, changed, started and taken away again before the target polls leaves the target unblocked and without the job', async () => {
  const brief = await addMsxJob(c.msa, 'brief', [['one', 'SELECT 1']], ['TSX1']);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_update_job @job_id = N'${brief}', @description = N'changed before the poll';
EXEC msdb.dbo.sp_start_job @job_id = N'${brief}';
EXEC msdb.dbo.sp_delete_jobserver @job_id = N'${brief}', @server_name = N'TSX1';`));
  await forcePoll(tsx());
  const list = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(list.filter((x) => x[3] !== null), [], 'no error row');
  assert.deepEqual(list.slice(-4).map((x) => x[1]), [1, 2, 4, 3]);
  assert.deepEqual(await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE job_id = N'${brief}'`), [[0]]);
  assert.deepEqual(await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${brief}'`), [[0]]);
  const [[status]] = await rows(c.msa, `SELECT status FROM msdb.dbo.systargetservers WHERE server_name = N'TSX1'`) as [[number]];
  assert.equal(status, 1);
  assert.match(c.targets[0]!.output(), new RegExp(`INSERT of job ${brief} from 127\\.0\\.0\\.1,\\d+ is obsolete: the master no longer assigns the job to this server`, 'i'));
});

test('sp_resync_targetserver while a job runs on the target: the target ends with the job, unblocked, and its next run is reported', async () => {
  const busy = await addMsxJob(c.msa, 'busy during resync', [['wait', "WAITFOR DELAY '00:00:04'"]], ['TSX1']);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${busy}';`));
  await forcePoll(tsx());
  await waitFor('the run under way', async () => {
    const r = await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${busy}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
    return r[0]?.[0] === 1 ? r : undefined;
  }, 20_000, 100);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_resync_targetserver N'TSX1';`));
  await forcePoll(tsx());
  const list = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(list.filter((x) => x[3] !== null), [], 'no error row');
  assert.deepEqual(await rows(tsx(), `SELECT name FROM msdb.dbo.sysjobs WHERE job_id = N'${busy}'`), [['busy during resync']]);
  await sleep(5000);
  const before = (await outcomes(busy)).length;
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${busy}';`));
  await forcePoll(tsx());
  const r = await waitFor('the next run at the master', async () => {
    const x = await outcomes(busy);
    return x.slice(before).some((y) => y[0] === 0) ? x.slice(before) : undefined;
  }, 30_000);
  assert.deepEqual(r, [[1, 1, 'TSX1'], [0, 1, 'TSX1']]);
});
