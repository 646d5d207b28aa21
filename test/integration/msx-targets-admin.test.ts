// Administering targets, one master and two targets (real nodes on loopback) that share one
// login in TargetServersRole ("a login for each target, or one for all"): both download and report
// a job; a target is renamed the documented way (defect, rename, enlist again) and comes back
// under its new name with its jobs; the multiserver setup is dismantled (every target defects).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addMsxJob, downloadsSettled, forcePoll, records, rows, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const TARGETS = ['TSX1', 'TSX2'] as const;
let c: MsxCluster;
let jobId: string;
let renamed: NodeHandle | undefined;
let rsa: Session | undefined;

before(async () => {
  c = await startCluster({ targetNames: TARGETS, sharedLogin: true });
});
after(async () => {
  if (rsa) await close(rsa).catch(() => undefined);
  await renamed?.stop();
  await c?.stop();
});

const outcome = (server: string): Promise<Record<string, unknown> | undefined> =>
  records(c.msa, `EXEC msdb.dbo.sp_help_jobhistory @job_id = N'${jobId}', @server = N'${server}', @mode = N'FULL'`)
    .then((r) => r.find((x) => x['step_id'] === 0));

test('two targets enlisted with one shared login both download, run and report a job', async () => {
  assert.deepEqual((await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver')).map((x) => [x['server_name'], x['status']]), [['TSX1', 1], ['TSX2', 1]]);
  jobId = await addMsxJob(c.msa, 'shared login job', [['one', 'SELECT @@SERVERNAME']], TARGETS);
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  for (const s of c.tsa) await forcePoll(s);
  for (const t of TARGETS) {
    await downloadsSettled(c.msa, t);
    const o = await waitFor(`${t}'s outcome`, () => outcome(t));
    assert.equal(o['run_status'], 1);
  }
});

test('renaming a target: defect, restart under the new name on the same data, enlist again; the master knows TSX3 only', async () => {
  const old = c.targets[1]!;
  const defected = ok(await batch(c.tsa[1]!, 'EXEC msdb.dbo.sp_msx_defect;'));
  assert.deepEqual(defected.infos.filter((m) => m.number === 14227).map((m) => m.message), [`Server defected from MSX '${c.msxName}'. 1 job(s) deleted.`]);
  assert.deepEqual((await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver')).map((x) => x['server_name']), ['TSX1']);
  await close(c.tsa[1]!);
  await old.stop();

  renamed = await startNode({ name: 'TSX3', dataDir: old.dataDir });
  rsa = await connect(renamed);
  assert.deepEqual(await rows(rsa, 'SELECT @@SERVERNAME'), [['TSX3']]);
  ok(await batch(rsa, `EXEC msdb.dbo.sp_msx_enlist @msx_server_name = N'${c.msxName}', @location = N'renamed';`));
  const help = await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver');
  assert.deepEqual(help.map((x) => [x['server_name'], x['location'], x['status']]), [['TSX1', 'loopback', 1], ['TSX3', 'renamed', 1]]);

  ok(await batch(c.msa, `EXEC msdb.dbo.sp_add_jobserver @job_id = N'${jobId}', @server_name = N'TSX3';
EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}', @server_name = N'TSX3';`));
  await forcePoll(rsa);
  await downloadsSettled(c.msa, 'TSX3');
  const o = await waitFor("TSX3's outcome", () => outcome('TSX3'));
  assert.equal(o['run_status'], 1);
  const targets = await records(c.msa, `EXEC msdb.dbo.sp_help_job @job_id = N'${jobId}', @job_aspect = N'TARGETS'`);
  assert.deepEqual(targets.map((x) => [x['server_name'], x['last_run_outcome']]), [['TSX1', 1], ['TSX3', 1]]);
});

test('dismantling: every target defects; the master has no targets left', async () => {
  for (const s of [c.tsa[0]!, rsa!]) {
    const d = ok(await batch(s, 'EXEC msdb.dbo.sp_msx_defect;'));
    assert.deepEqual(d.infos.filter((m) => m.number === 14227).map((m) => m.message), [`Server defected from MSX '${c.msxName}'. 1 job(s) deleted.`]);
    assert.deepEqual(await rows(s, 'SELECT COUNT(*) FROM msdb.dbo.sysjobs'), [[0]]);
  }
  assert.deepEqual(await records(c.msa, 'EXEC msdb.dbo.sp_help_targetserver'), []);
  assert.deepEqual(await rows(c.msa, `SELECT COUNT(*) FROM msdb.dbo.sysjobservers WHERE job_id = N'${jobId}'`), [[0]]);
});
