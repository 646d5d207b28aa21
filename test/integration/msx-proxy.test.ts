// A multiserver job whose step uses a proxy, between real nodes (master + one target): the step
// travels with its proxy's name. A target without that proxy refuses the job (the download
// instruction carries the target's 14262) rather than running the step as its agent's account;
// once the target has a proxy of that name granted CmdExec and the master resynchronizes it, the
// job arrives with the step bound to the target's own proxy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { downloadsSettled, forcePoll, rows, startCluster, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok } from '../helpers/tedious-session';

let c: MsxCluster;

const PROXY_SQL = `CREATE CREDENTIAL mx_cred WITH IDENTITY = 'mx_account', SECRET = 'Mx!Secret1';
EXEC msdb.dbo.sp_add_proxy @proxy_name = N'mx_proxy', @credential_name = N'mx_cred';
EXEC msdb.dbo.sp_grant_proxy_to_subsystem @proxy_name = N'mx_proxy', @subsystem_name = N'CmdExec';`;

before(async () => {
  c = await startCluster({ targetNames: ['TSX1'] });
  ok(await batch(c.msa, PROXY_SQL));
});
after(async () => {
  await c?.stop();
});

const tsx = () => c.tsa[0]!;

async function addProxyJob(name: string): Promise<string> {
  const created = ok(await batch(c.msa, `USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'${name}', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'sh', @subsystem = N'CmdExec', @command = N'true', @proxy_name = N'mx_proxy';
EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'TSX1';
SELECT CONVERT(nvarchar(36), @id);`));
  return String(created.sets.at(-1)?.rows[0]?.[0]);
}

test('a target without the proxy refuses the job instead of running the step without it', async () => {
  const jobId = await addProxyJob('proxy job one');
  await forcePoll(tsx());
  const settled = await downloadsSettled(c.msa, 'TSX1');
  const errors = settled.filter((x) => x[3] !== null).map((x) => String(x[3]));
  assert.equal(errors.length, 1, JSON.stringify(settled));
  assert.match(errors[0]!, /The specified @proxy_name \('mx_proxy'\) does not exist\./);
  const steps = await rows(tsx(), `SELECT COUNT(*) FROM msdb.dbo.sysjobsteps WHERE job_id = N'${jobId}'`);
  assert.deepEqual(steps, [[0]]);
});

// the error row blocks the target (as in SQL Server) until the master resynchronizes it
test('with a proxy of that name on the target, after a resync the step arrives bound to it', async () => {
  ok(await batch(tsx(), PROXY_SQL));
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_resync_targetserver @server_name = N'TSX1';`));
  await forcePoll(tsx());
  const settled = await downloadsSettled(c.msa, 'TSX1');
  assert.deepEqual(settled.filter((x) => x[3] !== null), [], 'no error row');
  const bound = await rows(tsx(), `SELECT j.name, s.subsystem, p.name FROM msdb.dbo.sysjobsteps AS s
JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.job_id JOIN msdb.dbo.sysproxies AS p ON p.proxy_id = s.proxy_id`);
  assert.deepEqual(bound, [['proxy job one', 'CmdExec', 'mx_proxy']]);
});
