// A target killed (SIGKILL) around a run of a downloaded job, real nodes on loopback: in the
// middle of the run (the restarted agent closes the run as failed, "SQLServerAgent ended while
// the job was running", and that outcome reaches the master once), and right after the run ended,
// before the upload is confirmed (every row of the run reaches the master once, in order).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addMsxJob, downloadsSettled, forcePoll, rows, scalarOf, sleep, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok } from '../helpers/tedious-session';

let c: MsxCluster;
let jobId: string;

before(async () => {
  c = await startCluster({ targetNames: ['TSX1'] });
  jobId = await addMsxJob(c.msa, 'crash job', [['wait', "WAITFOR DELAY '00:00:03'"], ['done', 'SELECT 1']], ['TSX1']);
  await forcePoll(c.tsa[0]!);
  await downloadsSettled(c.msa, 'TSX1');
});
after(async () => {
  await c?.stop();
});

const tsx = () => c.tsa[0]!;
const masterRows = (): Promise<unknown[][]> => rows(c.msa, `SELECT step_id, run_status, server FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`);

async function restartTarget(): Promise<void> {
  await c.targets[0]!.restart();
  await c.reconnectTarget(0);
}

test('kill -9 of the target in the middle of a run: after its restart the interrupted run is reported failed, once', async () => {
  const before = (await masterRows()).length;
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await forcePoll(tsx());
  await waitFor('the run under way on TSX1', async () => {
    const r = await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${jobId}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
    return r[0]?.[0] === 1 ? r : undefined;
  }, 20_000, 100);
  await c.targets[0]!.kill9();
  await restartTarget();
  await forcePoll(tsx());
  const r = await waitFor('the interrupted outcome at the master', async () => {
    const x = await rows(c.msa, `SELECT step_id, run_status, message FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`);
    return x.length > before ? x.slice(before) : undefined;
  });
  await forcePoll(tsx());
  await sleep(1500);
  assert.equal((await masterRows()).length, before + 1);
  assert.deepEqual(r.map((x) => [x[0], x[1]]), [[0, 0]]);
  assert.match(String(r[0]?.[2]), /SQLServerAgent ended while the job was running/);
});

test('kill -9 of the target right after a run ended, before its upload is confirmed: the run reaches the master once', async () => {
  const localBefore = Number(await scalarOf(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}'`));
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await forcePoll(tsx());
  await waitFor('the run ended on TSX1', async () => {
    const n = Number(await scalarOf(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' AND step_id = 0`));
    return n > 0 && Number(await scalarOf(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}'`)) === localBefore + 3 ? true : undefined;
  }, 30_000, 10);
  await c.targets[0]!.kill9();
  await restartTarget();
  await forcePoll(tsx());
  const local = await rows(tsx(), `SELECT step_id, run_status, run_date, run_time FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`);
  await waitFor('every row at the master', async () => ((await masterRows()).length >= local.length ? true : undefined));
  await forcePoll(tsx());
  await sleep(1500);
  assert.deepEqual(await rows(c.msa, `SELECT step_id, run_status, run_date, run_time FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' ORDER BY instance_id`), local);
});
