// xp_sqlagent_enum_jobs against a node with its agent: a job started by a user is Running 1,
// State 1, Request Source 4 (user) while it runs; afterwards State 4 (idle) and Last Run Date /
// Time are the run's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const WAIT_MS = 30_000;
let node: NodeHandle;
let s: Session;

before(async () => {
  node = await startNode({ name: 'MSXDENUMJOBS' });
  s = await connect(node);
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'enum wait';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'enum wait', @step_name = N'wait', @command = N'WAITFOR DELAY ''00:00:03''';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'enum wait';`));
});
after(async () => {
  await close(s);
  await node.stop();
});

/** {Running, State, Request Source, Requested To Run, Last Run Date, Last Run Time} of the job */
async function enumState(): Promise<Record<string, number>> {
  const r = ok(await batch(s, `DECLARE @id uniqueidentifier = (SELECT job_id FROM msdb.dbo.sysjobs WHERE name = N'enum wait');
EXEC master.dbo.xp_sqlagent_enum_jobs 1, N'sa', @id;`));
  const set = r.sets[0]!;
  assert.equal(set.rows.length, 1);
  const col = (name: string): number => Number(set.rows[0]![set.columns.findIndex((c) => c.name === name)]);
  return {
    running: col('Running'), state: col('State'), source: col('Request Source'), requested: col('Requested To Run'),
    lastRunDate: col('Last Run Date'), lastRunTime: col('Last Run Time'),
  };
}

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the result set has SQL Server\'s thirteen columns', async () => {
  const r = ok(await batch(s, `EXEC master.dbo.xp_sqlagent_enum_jobs 1, N'sa'`));
  assert.deepEqual(r.sets[0]!.columns.map((c) => c.name), [
    'Job ID', 'Last Run Date', 'Last Run Time', 'Next Run Date', 'Next Run Time', 'Next Run Schedule ID', 'Requested To Run',
    'Request Source', 'Request Source ID', 'Running', 'Current Step', 'Current Retry Attempt', 'State',
  ]);
});

test('a running job is Running/State 1 with Request Source 4; then idle with its last run', async () => {
  const idle = await enumState();
  assert.deepEqual([idle.running, idle.state, idle.lastRunDate], [0, 4, 0]);
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'enum wait'`));
  await until('the run to show', async () => (await enumState()).running === 1);
  const running = await enumState();
  assert.deepEqual([running.state, running.source, running.requested], [1, 4, 1]);
  await until('the run to end', async () => (await enumState()).state === 4);
  const done = await enumState();
  const history = ok(await batch(s, `SELECT h.run_date, h.run_time FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j ON j.job_id = h.job_id
WHERE j.name = N'enum wait' AND h.step_id = 0`)).sets[0]!.rows;
  assert.equal(history.length, 1);
  assert.deepEqual([done.running, done.source, done.lastRunDate, done.lastRunTime], [0, 0, history[0]![0], history[0]![1]]);
});
