// One master and two targets (TSX1, TSX2), three real nodes with their own data folders on
// loopback: a job targeted at both (sp_add_jobserver twice) and a job applied to a target server
// group (sp_apply_job_to_targets) are downloaded and run by each target, and the master shows each
// target's own outcome (sp_help_job 'TARGETS', sp_help_jobhistory @server, sp_help_targetserver).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addMsxJob, downloadsSettled, forcePoll, records, rows, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok } from '../helpers/tedious-session';

const TARGETS = ['TSX1', 'TSX2'] as const;
let c: MsxCluster;

before(async () => {
  c = await startCluster({ targetNames: TARGETS });
});
after(async () => {
  await c?.stop();
});

const pollBoth = (): Promise<void[]> => Promise.all(c.tsa.map((s) => forcePoll(s)));

async function outcomesAtMaster(jobId: string, server: string): Promise<Record<string, unknown>[]> {
  return records(c.msa, `EXEC msdb.dbo.sp_help_jobhistory @job_id = N'${jobId}', @server = N'${server}', @mode = N'FULL'`);
}

test('sp_help_targetserver lists both targets, status 1, poll interval 10', async () => {
  const help = await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver');
  assert.deepEqual(help.map((h) => [h['server_name'], h['location'], h['status'], h['unread_instructions'], h['poll_interval']]),
    [['TSX1', 'loopback', 1, 0, 10], ['TSX2', 'loopback', 1, 0, 10]]);
});

test('a job targeted at both targets (sp_add_jobserver twice) runs on each; the master shows each outcome', async () => {
  const jobId = await addMsxJob(c.msa, 'both targets', [['who', 'SELECT @@SERVERNAME']], TARGETS);
  for (const t of TARGETS) assert.deepEqual((await rows(c.msa, `SELECT operation_code FROM msdb.dbo.sysdownloadlist WHERE target_server = N'${t}'`)), [[1]]);
  await pollBoth();
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
  for (const [i, s] of c.tsa.entries()) {
    assert.deepEqual(await rows(s, `SELECT name, @@SERVERNAME FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [['both targets', TARGETS[i]]]);
  }

  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await pollBoth();
  for (const t of TARGETS) {
    const h = await waitFor(`${t}'s outcome at the master`, async () => {
      const r = await outcomesAtMaster(jobId, t);
      return r.some((x) => x['step_id'] === 0) ? r : undefined;
    });
    assert.deepEqual(h.map((x) => [x['step_id'], x['run_status'], x['server']]).sort(), [[0, 1, t], [1, 1, t]]);
    assert.match(String(h.find((x) => x['step_id'] === 0)?.['message']), /^The job succeeded\./);
  }

  const targets = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${jobId}', @job_aspect = N'TARGETS'`);
  assert.deepEqual(targets.map((x) => [x['server_name'], x['last_run_outcome']]), [['TSX1', 1], ['TSX2', 1]]);
  for (const x of targets) {
    assert.ok(Number(x['last_run_date']) > 20200101, `last_run_date of ${String(x['server_name'])}`);
    assert.match(String(x['last_outcome_message']), /^The job succeeded\./);
  }
  // the master's own history of the job has only the targets' rows, each target's under its name
  assert.deepEqual(await rows(c.msa, `SELECT server, COUNT(*) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}' GROUP BY server ORDER BY server`),
    [['TSX1', 2], ['TSX2', 2]]);
});

test('a job applied to a target server group (sp_apply_job_to_targets) reaches both members; a failing step is reported per target', async () => {
  ok(await batch(c.msa, `USE msdb;
EXEC dbo.sp_add_targetservergroup @name = N'all loopback';
EXEC dbo.sp_add_targetsvrgrp_member @group_name = N'all loopback', @server_name = N'TSX1';
EXEC dbo.sp_add_targetsvrgrp_member @group_name = N'all loopback', @server_name = N'TSX2';`));
  assert.deepEqual(await rows(c.msa, `EXEC msdb.dbo.sp_help_targetservergroup @name = N'all loopback'`).then((r) => r.map((x) => x[1])), ['TSX1', 'TSX2']);
  const jobId = await addMsxJob(c.msa, 'group job', [['fails on TSX2', "IF @@SERVERNAME = N'TSX2' RAISERROR(N'no luck on %s', 16, 1, @@SERVERNAME)"]], []);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_apply_job_to_targets @job_id = N'${jobId}', @target_server_groups = N'all loopback';`));
  assert.deepEqual(await rows(c.msa, `SELECT t.server_name FROM msdb.dbo.sysjobservers js JOIN msdb.dbo.systargetservers t ON t.server_id = js.server_id
WHERE js.job_id = N'${jobId}' ORDER BY t.server_name`), [['TSX1'], ['TSX2']]);
  await pollBoth();
  for (const t of TARGETS) await downloadsSettled(c.msa, t);

  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await pollBoth();
  const outcome = async (t: string): Promise<Record<string, unknown>> => waitFor(`${t}'s outcome`, async () => {
    const r = await outcomesAtMaster(jobId, t);
    return r.find((x) => x['step_id'] === 0);
  });
  const [one, two] = [await outcome('TSX1'), await outcome('TSX2')];
  assert.equal(one['run_status'], 1);
  assert.equal(two['run_status'], 0);
  const step = (await outcomesAtMaster(jobId, 'TSX2')).find((x) => x['step_id'] === 1);
  assert.match(String(step?.['message']), /no luck on TSX2/);
  const targets = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${jobId}', @job_aspect = N'TARGETS'`);
  assert.deepEqual(targets.map((x) => [x['server_name'], x['last_run_outcome']]), [['TSX1', 1], ['TSX2', 0]]);

  const help = await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver');
  assert.deepEqual(help.map((h) => [h['server_name'], h['status'], h['unread_instructions']]), [['TSX1', 1, 0], ['TSX2', 1, 0]]);
});

test('a schedule downloaded with the job runs it on each target on its own; each scheduled outcome reaches the master', async () => {
  const jobId = await addMsxJob(c.msa, 'every 10 s', [['tick', 'SELECT 1']], []);
  ok(await batch(c.msa, `USE msdb;
EXEC dbo.sp_add_jobschedule @job_id = N'${jobId}', @name = N'ten seconds', @freq_type = 4, @freq_interval = 1, @freq_subday_type = 2, @freq_subday_interval = 10;
EXEC dbo.sp_apply_job_to_targets @job_id = N'${jobId}', @target_servers = N'TSX1,TSX2';`));
  await pollBoth();
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
  for (const t of TARGETS) {
    const h = await waitFor(`a scheduled run of ${t} at the master`, async () => {
      const r = await outcomesAtMaster(jobId, t);
      return r.find((x) => x['step_id'] === 0);
    }, 40_000, 500);
    assert.match(String(h['message']), /^The job succeeded\.  The Job was invoked by Schedule \d+ \(ten seconds\)\./);
    assert.equal(h['server'], t);
  }
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_delete_job @job_id = N'${jobId}';`));
  await pollBoth();
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
});

test('sp_delete_jobserver for TSX1 alone: TSX1 deletes the job, TSX2 keeps and still runs it', async () => {
  const jobId = await addMsxJob(c.msa, 'shrinking', [['one', 'SELECT 1']], TARGETS);
  await pollBoth();
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_delete_jobserver @job_id = N'${jobId}', @server_name = N'TSX1';`));
  assert.deepEqual((await rows(c.msa, `SELECT operation_code FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSX1' AND status = 0`)), [[3]]);
  assert.deepEqual((await rows(c.msa, `SELECT COUNT(*) FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSX2' AND status = 0`)), [[0]]);
  await pollBoth();
  for (const t of TARGETS) await downloadsSettled(c.msa, t);
  assert.deepEqual(await rows(c.tsa[0]!, `SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [[0]]);
  assert.deepEqual(await rows(c.tsa[1]!, `SELECT COUNT(*) FROM msdb.dbo.sysjobs WHERE job_id = N'${jobId}'`), [[1]]);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  assert.deepEqual((await rows(c.msa, `SELECT target_server FROM msdb.dbo.sysdownloadlist WHERE operation_code = 4 AND object_id = N'${jobId}'`)), [['TSX2']]);
  await pollBoth();
  await waitFor("TSX2's outcome", async () => (await outcomesAtMaster(jobId, 'TSX2')).find((x) => x['step_id'] === 0));
  assert.deepEqual(await outcomesAtMaster(jobId, 'TSX1'), []);
  const targets = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${jobId}', @job_aspect = N'TARGETS'`);
  assert.deepEqual(targets.map((x) => [x['server_name'], x['last_run_outcome']]), [['TSX2', 1]]);
});

test('sp_stop_job at the master stops the job on both targets; each canceled outcome is reported', async () => {
  const jobId = await addMsxJob(c.msa, 'long on both', [['wait', "WAITFOR DELAY '00:00:30'"]], TARGETS);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await pollBoth();
  for (const s of c.tsa) {
    await waitFor('the run under way', async () => {
      const r = await rows(s, `SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_id = N'${jobId}' AND start_execution_date IS NOT NULL AND stop_execution_date IS NULL`);
      return r[0]?.[0] === 1 ? r : undefined;
    }, 20_000, 100);
  }
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_stop_job @job_id = N'${jobId}';`));
  assert.deepEqual(await rows(c.msa, `SELECT target_server FROM msdb.dbo.sysdownloadlist WHERE operation_code = 5 AND object_id = N'${jobId}' ORDER BY target_server`),
    [['TSX1'], ['TSX2']]);
  await pollBoth();
  for (const t of TARGETS) {
    const o = await waitFor(`${t}'s canceled outcome`, async () => (await outcomesAtMaster(jobId, t)).find((x) => x['step_id'] === 0), 20_000);
    assert.equal(o['run_status'], 3);
  }
  const targets = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${jobId}', @job_aspect = N'TARGETS'`);
  assert.deepEqual(targets.map((x) => [x['server_name'], x['last_run_outcome']]), [['TSX1', 3], ['TSX2', 3]]);
});
