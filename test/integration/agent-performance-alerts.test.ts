// Performance-condition alerts on a real node with its own agent (sampling every second through
// MSXD_AGENT_PERFORMANCE_SAMPLE_MS instead of SQL Server Agent's 20 s): an alert on
// 'SQLServer:General Statistics|User Connections||>|N' fires once enough sessions are open — its
// job runs as the alerter (history "invoked by Alert <id> (<name>)", run_requested_source 2),
// sysalerts counts an occurrence at every sample while the condition holds, and
// delay_between_responses keeps the job from running again; closing the sessions ends the
// occurrences. A "/sec" counter compares its rate between two samples, not its cumulative value.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 30_000;
const SAMPLE_MS = 1_000;

let node: NodeHandle;
let s: Session;

before(async () => {
  node = await startNode({ name: 'MSXDPERF', env: { MSXD_AGENT_PERFORMANCE_SAMPLE_MS: String(SAMPLE_MS) } });
  s = await connect(node);
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'shed load';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'shed load', @step_name = N'note it', @subsystem = N'TSQL', @command = N'SELECT 1', @database_name = N'master';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'shed load';`));
});

after(async () => {
  if (s) await close(s);
  await node?.stop();
});

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

async function rows(text: string): Promise<unknown[][]> {
  return ok(await batch(s, text)).sets[0]!.rows;
}

interface AlertState { count: number; occurred: number; responded: number }

async function alertState(name: string): Promise<AlertState> {
  const [r] = await rows(`SELECT occurrence_count, CONVERT(bigint, last_occurrence_date) * 1000000 + last_occurrence_time,
  CONVERT(bigint, last_response_date) * 1000000 + last_response_time FROM msdb.dbo.sysalerts WHERE name = N'${name}'`);
  return { count: Number(r![0]), occurred: Number(r![1]), responded: Number(r![2]) };
}

async function jobOutcomes(): Promise<string[]> {
  return (await rows(`SELECT h.message FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = N'shed load' AND h.step_id = 0 ORDER BY h.instance_id`)).map((r) => String(r[0]));
}

async function userConnections(): Promise<number> {
  return Number((await rows("SELECT cntr_value FROM sys.dm_os_performance_counters WHERE counter_name = N'User Connections'"))[0]![0]);
}

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** the agent has said `times` times that it watches n performance alerts (it says so when the number changes) */
async function agentWatchesPerformance(n: number, times: number): Promise<void> {
  const line = `agent: watching ${n} performance condition alert(s)`;
  await poll(`the agent watching ${n} performance alert(s)`, async () => (node.output().split(line).length - 1 >= times ? true : undefined));
}

test('User Connections above N: the job runs as the alerter, every sample is an occurrence, the delay holds back a second run', async () => {
  const base = await userConnections();
  const threshold = base + 3;
  ok(await batch(s, `EXEC msdb.dbo.sp_add_alert @name = N'Too many users',
  @performance_condition = N'SQLServer:General Statistics|User Connections||>|${threshold}',
  @delay_between_responses = 3600, @job_name = N'shed load';`));
  await agentWatchesPerformance(1, 1);
  const alertId = Number((await rows("SELECT id FROM msdb.dbo.sysalerts WHERE name = N'Too many users'"))[0]![0]);
  const help = ok(await batch(s, "EXEC msdb.dbo.sp_help_alert @alert_name = N'Too many users'")).sets[0]!;
  const column = (name: string): unknown => help.rows[0]![help.columns.findIndex((c) => c.name === name)];
  assert.equal(column('type'), 2, 'sp_help_alert: a performance-condition alert');
  assert.equal(column('performance_condition'), `SQLServer:General Statistics|User Connections||>|${threshold}`);
  // a few samples at or below the threshold: nothing occurs
  await pause(3 * SAMPLE_MS);
  assert.equal((await alertState('Too many users')).count, 0);
  assert.deepEqual(await jobOutcomes(), []);

  const extra: Session[] = [];
  for (let i = 0; i < 5; i++) extra.push(await connect(node));
  try {
    assert.ok(await userConnections() > threshold, 'the counter is above the threshold');
    const [outcome] = await poll('the alert job\'s outcome', async () => ((await jobOutcomes()).length > 0 ? jobOutcomes() : undefined));
    assert.equal(outcome, `The job succeeded.  The Job was invoked by Alert ${alertId} (Too many users).  The last step to run was step 1 (note it).`);
    const [source] = await rows(`SELECT a.run_requested_source FROM msdb.dbo.sysjobactivity AS a JOIN msdb.dbo.sysjobs AS j ON j.job_id = a.job_id
WHERE j.name = N'shed load' AND a.run_requested_date IS NOT NULL`);
    assert.equal(String(source![0]), '2');
    // while the sessions stay open every sample counts; the response stays the first one
    const later = await poll('three occurrences', async () => {
      const st = await alertState('Too many users');
      return st.count >= 3 ? st : undefined;
    });
    assert.ok(later.responded > 20260000000000, `a response was recorded (${later.responded})`);
    assert.ok(later.occurred >= later.responded, 'occurrences go on after the response');
    assert.equal((await jobOutcomes()).length, 1, 'delay_between_responses: one run');
  } finally {
    for (const x of extra) await close(x);
  }
  await poll('the counter back at or below the threshold', async () => (await userConnections() <= threshold ? true : undefined));
  await pause(SAMPLE_MS);
  const settled = (await alertState('Too many users')).count;
  await pause(3 * SAMPLE_MS);
  assert.equal((await alertState('Too many users')).count, settled, 'no occurrence once the condition is false');
  ok(await batch(s, "EXEC msdb.dbo.sp_delete_alert @name = N'Too many users';"));
  await agentWatchesPerformance(0, 1);
});

test('Batch Requests/sec compares the rate between two samples, not the cumulative count', async () => {
  for (let i = 0; i < 150; i++) ok(await batch(s, 'SELECT 1'));
  const [cumulative] = await rows("SELECT cntr_value FROM sys.dm_os_performance_counters WHERE counter_name = N'Batch Requests/sec'");
  const rate = 60;
  assert.ok(Number(cumulative![0]) > rate, 'the cumulative count alone would be above the threshold');
  ok(await batch(s, `EXEC msdb.dbo.sp_add_alert @name = N'Busy',
  @performance_condition = N'SQLServer:SQL Statistics|Batch Requests/sec||>|${rate}', @delay_between_responses = 3600;`));
  await agentWatchesPerformance(1, 2);
  await pause(3 * SAMPLE_MS);
  assert.equal((await alertState('Busy')).count, 0, 'an idle node stays below 60 batches a second');
  const until = Date.now() + WAIT_MS;
  let state = await alertState('Busy');
  while (state.count === 0 && Date.now() < until) {
    for (let i = 0; i < 200; i++) await batch(s, 'SELECT 1');
    state = await alertState('Busy');
  }
  assert.ok(state.count >= 1, 'a busy node fires the rate alert');
  ok(await batch(s, "EXEC msdb.dbo.sp_delete_alert @name = N'Busy';"));
});
