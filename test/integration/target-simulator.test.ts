// The target simulator (bench/sim) against a real master node: 20 simulated targets, each a real
// TDS client running the target agent's poll cycle, are enlisted through sp_enlist_tsx, poll, download
// a multiserver job targeted at all of them (INSERT), and START posted by sp_start_job reaches
// every one; their outcomes are uploaded to the master's history.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { enlistTargets, prepareMaster, SIM_LOGIN, SIM_PASSWORD, targetNames } from '../../bench/sim/sim-enlist';
import { TargetSimulator } from '../../bench/sim/target-simulator';
import * as master_ from '../../src/agent/msx/master-client';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const COUNT = 20;
const names = targetNames('SIMTSX', COUNT);
let master: NodeHandle;
let sa: Session;
let sim: TargetSimulator;

async function rows(sql: string): Promise<unknown[][]> {
  return ok(await batch(sa, sql)).sets.at(-1)?.rows.map((r) => [...r]) ?? [];
}

async function waitFor(what: string, probe: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  master = await startNode({ name: 'MSXDSIMMASTER', args: ['--no-agent'] });
  await prepareMaster(master);
  await enlistTargets(master, names, { pollIntervalSec: 10, connections: 2 });
  sa = await connect(master);
  sim = new TargetSimulator({
    host: master.host, port: master.port, login: SIM_LOGIN, password: SIM_PASSWORD,
    encryptOption: 1, pollIntervalSec: 10, names, uploadOutcomes: true,
  });
});

after(async () => {
  await sim?.stop();
  if (sa) await close(sa);
  await master?.stop();
});

test('every simulated target is enlisted at the master and polls it', async () => {
  assert.deepEqual(await rows(`SELECT server_name, poll_interval, location FROM msdb.dbo.systargetservers ORDER BY server_name`),
    names.map((n) => [n, 10, 'simulated']));
  sim.start(2000);
  await waitFor('a first poll of every target', () => sim.polledTargets().polled === COUNT);
  const stats = sim.takeStats();
  assert.equal(stats.errors, 0, stats.lastError);
  assert.ok(stats.polls >= COUNT);
  assert.equal(stats.roundTripsMs.length, stats.polls);
  assert.ok(stats.roundTripsMs.every((ms) => ms > 0 && ms < 30_000));
  assert.equal(sim.polledTargets().badEnlistments, 0);
  // the probe recorded each target's poll interval and time zone
  assert.deepEqual(await rows(`SELECT COUNT(*) FROM msdb.dbo.systargetservers WHERE poll_interval = 10 AND time_zone_adjustment = ${-new Date().getTimezoneOffset()}`), [[COUNT]]);
});

test('a job targeted at every simulated target is downloaded, and START reaches all of them', async () => {
  const created = await rows(`USE msdb;
DECLARE @id uniqueidentifier;
EXEC dbo.sp_add_job @job_name = N'simulated fleet job', @job_id = @id OUTPUT;
EXEC dbo.sp_add_jobstep @job_id = @id, @step_name = N'one', @subsystem = N'TSQL', @command = N'SELECT 1';
${names.map((n) => `EXEC dbo.sp_add_jobserver @job_id = @id, @server_name = N'${n}';`).join('\n')}
SELECT CONVERT(nvarchar(36), @id);`);
  const jobId = String(created[0]?.[0]).toUpperCase();
  sim.forcePollAll();
  await waitFor('the INSERT downloaded by every target', () => sim.downloadedCount(jobId) === COUNT);

  const posted = Date.now();
  ok(await batch(sa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  sim.forcePollAll();
  const startedAt = await sim.waitForStarted(jobId, COUNT, 30_000);
  assert.equal(startedAt.length, COUNT);
  assert.ok(startedAt.every((t) => t >= posted));

  // a target applies START, then marks the row, then uploads the outcome in the same poll
  await waitFor('the polls that applied START to end', () => sim.idleTargets() === COUNT, 15_000);
  assert.deepEqual(await rows(`SELECT operation_code, status, COUNT(*) FROM msdb.dbo.sysdownloadlist
WHERE object_id = N'${jobId}' GROUP BY operation_code, status ORDER BY operation_code`), [[1, 1, COUNT], [4, 1, COUNT]]);
  assert.deepEqual(await rows(`SELECT COUNT(DISTINCT server), COUNT(*), MIN(run_status) FROM msdb.dbo.sysjobhistory WHERE job_id = N'${jobId}'`),
    [[COUNT, COUNT, 1]]);
  const stats = sim.takeStats();
  assert.equal(stats.errors, 0, stats.lastError);
});

test('with waiting connections (the agent\'s InstructionWaiter), START reaches every target well within the poll interval', async () => {
  const [[jobId]] = await rows(`SELECT CONVERT(nvarchar(36), job_id) FROM msdb.dbo.sysjobs WHERE name = N'simulated fleet job'`) as [[string]];
  sim.setPollInterval(60);
  sim.startWaiting();
  await waitFor('every waiting connection parked', () => sim.waitingStats().parked === COUNT);
  // the force polls that opened them may still be running: one that probes after the post would
  // apply START itself, and that target would never be woken
  await waitFor('the polls that opened them to end', () => sim.idleTargets() === COUNT, 15_000);
  const posted = Date.now();
  ok(await batch(sa, `EXEC msdb.dbo.sp_start_job @job_id = N'${jobId}';`));
  const startedAt = await sim.waitForStarted(jobId, COUNT, 20_000, posted);
  assert.equal(startedAt.length, COUNT);
  // woken by the master, not at the (60 s) interval
  assert.ok(sim.waitingStats().wakes >= COUNT);
  assert.ok(Math.max(...startedAt) - posted < 20_000);
  process.stderr.write(`START over waiting connections: all ${COUNT} within ${Math.max(...startedAt) - posted} ms\n`);
  await sim.stopWaiting();
  assert.equal(sim.waitingStats().open, 0);
});

test('marking a row the master deleted meanwhile is not a failed poll; other failures still fail the call', async () => {
  const link = await master_.connectToMaster({ ...sim.masterInfo(), localServer: names[0]! });
  try {
    await rows(`INSERT INTO msdb.dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server)
      VALUES (N'MSXDSIMMASTER', 8, 2, CONVERT(uniqueidentifier, 0x00), N'${names[0]!.toUpperCase()}');`);
    const [[id]] = await rows(`SELECT MAX(instance_id) FROM msdb.dbo.sysdownloadlist WHERE target_server = N'${names[0]!.toUpperCase()}'`) as [[number]];
    await master_.markInstruction(link, names[0]!, id, null);
    assert.deepEqual(await rows(`SELECT status FROM msdb.dbo.sysdownloadlist WHERE instance_id = ${id}`), [[1]]);
    await rows(`DELETE FROM msdb.dbo.sysdownloadlist WHERE instance_id = ${id}`);
    // gone (as sp_delete_job removes a job's unread rows while a poll applies them): nothing to mark
    await master_.markInstruction(link, names[0]!, id, null);
  } finally {
    await link.close();
  }
  // any other failure still fails the call (here: the connection is closed)
  await assert.rejects(master_.markInstruction(link, names[0]!, 1, null));
});
