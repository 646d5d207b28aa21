// The MSSA token ("Master SQLServerAgent service name", Use Tokens in Job Steps) on real nodes: a
// job step on an enlisted target sees its master's name (MSXServerName, as the target enlisted),
// a job on the master (not enlisted anywhere) sees ''.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { batch, ok } from '../helpers/tedious-session';
import { addMsxJob, downloadsSettled, forcePoll, rows, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';

let c: MsxCluster;
const STEP = "INSERT INTO master.dbo.mssa_seen (v) VALUES (N'$(ESCAPE_SQUOTE(MSSA))')";

before(async () => {
  c = await startCluster({ targetNames: ['MSXDMSSA1'], pollIntervalSec: 300 });
  for (const s of [c.msa, c.tsa[0]!]) ok(await batch(s, 'CREATE TABLE master.dbo.mssa_seen (v nvarchar(200) NULL);'));
});

after(async () => {
  await c?.stop();
});

test('a step on an enlisted target gets its master\'s name for MSSA', async () => {
  const jobId = await addMsxJob(c.msa, 'mssa probe', [['probe', STEP]], ['MSXDMSSA1']);
  await forcePoll(c.tsa[0]!);
  await downloadsSettled(c.msa, 'MSXDMSSA1');
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  await forcePoll(c.tsa[0]!);
  const seen = await waitFor('the target\'s step', async () => {
    const r = await rows(c.tsa[0]!, 'SELECT v FROM master.dbo.mssa_seen');
    return r.length > 0 ? r : undefined;
  }, 60_000);
  assert.deepEqual(seen, [[c.msxName]]);
});

test('a step on a server that is not enlisted gets an empty MSSA', async () => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_add_job @job_name = N'local probe';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'local probe', @step_name = N'probe', @subsystem = N'TSQL', @command = N'${STEP.replace(/'/g, "''")}', @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'local probe';
EXEC msdb.dbo.sp_start_job @job_name = N'local probe';`));
  const seen = await waitFor('the master\'s step', async () => {
    const r = await rows(c.msa, 'SELECT v FROM master.dbo.mssa_seen');
    return r.length > 0 ? r : undefined;
  });
  assert.deepEqual(seen, [['']]);
});
