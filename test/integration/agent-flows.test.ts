// Real runs of the job runner's flows on a node with its agent, defined only through msdb over
// TDS: a failing step retried (run_status 2 rows, retries_attempted), a step that succeeds on its
// second attempt, go-to-step on success and on failure (skipped steps leave no trace), and the
// history limit per job (JobHistoryMaxRowsPerJob) applied as runs are logged.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const WAIT_MS = 30_000;
let node: NodeHandle;
let s: Session;

before(async () => {
  node = await startNode({ name: 'MSXDFLOWS' });
  s = await connect(node);
  ok(await batch(s, `CREATE DATABASE flows;`));
  ok(await batch(s, `CREATE TABLE flows.dbo.trace (step nvarchar(20) NOT NULL);
CREATE TABLE flows.dbo.counter (n int NOT NULL); INSERT INTO flows.dbo.counter (n) VALUES (0);`));
});
after(async () => {
  await close(s);
  await node.stop();
});

const q = (text: string): string => `N'${text.replace(/'/g, "''")}'`;

/** [step_id, run_status, retries_attempted, message] rows of the job's newest run(s), oldest first */
async function historyOf(job: string, outcomes = 1): Promise<unknown[][]> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const rows = ok(await batch(s, `SELECT h.step_id, h.run_status, h.retries_attempted, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = ${q(job)} ORDER BY h.instance_id`)).sets[0]!.rows;
    if (rows.filter((r) => r[0] === 0).length >= outcomes) return rows;
    if (Date.now() > until) throw new Error(`timed out waiting for ${outcomes} outcome(s) of ${job}: ${JSON.stringify(rows)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function define(job: string, steps: string): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)};
${steps}
EXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)};`));
}

test('a failing step is retried retry_attempts times (run_status 2 for each retried attempt), then the job fails', async () => {
  await define('flow retries', `EXEC msdb.dbo.sp_add_jobstep @job_name = N'flow retries', @step_name = N'always fails',
  @command = N'RAISERROR (N''nope'', 16, 1)', @retry_attempts = 2, @retry_interval = 0;`);
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'flow retries'`));
  const rows = await historyOf('flow retries');
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [[1, 2, 0], [1, 2, 1], [1, 0, 2], [0, 0, 0]]);
  assert.match(String(rows[2]![3]), /nope/);
  assert.match(String(rows[3]![3]), /^The job failed\./);
});

test('a step that fails once and then succeeds: one retry row, then success', async () => {
  await define('flow second try', `EXEC msdb.dbo.sp_add_jobstep @job_name = N'flow second try', @step_name = N'flaky', @database_name = N'flows',
  @command = N'UPDATE dbo.counter SET n = n + 1; IF (SELECT n FROM dbo.counter) < 2 RAISERROR (N''not yet'', 16, 1);',
  @retry_attempts = 3, @retry_interval = 0;`);
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'flow second try'`));
  const rows = await historyOf('flow second try');
  assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [[1, 2, 0], [1, 1, 1], [0, 1, 0]]);
  assert.deepEqual(ok(await batch(s, 'SELECT n FROM flows.dbo.counter')).sets[0]!.rows, [[2]]);
});

test('go to step on success and on failure; skipped steps do not run', async () => {
  const step = (id: number, name: string, command: string, extra: string): string =>
    `EXEC msdb.dbo.sp_add_jobstep @job_name = N'flow goto', @step_id = ${id}, @step_name = N'${name}', @database_name = N'flows',
  @command = ${q(command)}${extra};`;
  await define('flow goto', [
    step(1, 'one', `INSERT INTO dbo.trace (step) VALUES (N'one')`, ', @on_success_action = 4, @on_success_step_id = 3'),
    step(2, 'two', `INSERT INTO dbo.trace (step) VALUES (N'two')`, ''),
    step(3, 'three', `INSERT INTO dbo.trace (step) VALUES (N'three'); RAISERROR (N'three fails', 16, 1)`,
      ', @on_fail_action = 4, @on_fail_step_id = 4'),
    step(4, 'four', `INSERT INTO dbo.trace (step) VALUES (N'four')`, ', @on_success_action = 1'),
  ].join('\n'));
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'flow goto'`));
  const rows = await historyOf('flow goto');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [3, 0], [4, 1], [0, 1]]);
  assert.match(String(rows[3]![3]), /The last step to run was step 4 \(four\)\./);
  assert.deepEqual(ok(await batch(s, 'SELECT step FROM flows.dbo.trace ORDER BY step')).sets[0]!.rows, [['four'], ['one'], ['three']]);
});

test('JobHistoryMaxRowsPerJob keeps the newest rows of a job', async () => {
  ok(await batch(s, `EXEC msdb.dbo.sp_set_sqlagent_properties @jobhistory_max_rows = 1000, @jobhistory_max_rows_per_job = 4`));
  await define('flow limited', `EXEC msdb.dbo.sp_add_jobstep @job_name = N'flow limited', @step_name = N'quick', @database_name = N'flows',
  @command = N'INSERT INTO dbo.trace (step) VALUES (N''limited'')';`);
  for (let run = 1; run <= 3; run++) {
    ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'flow limited'`));
    // each run logs two rows (step 1 and the outcome); the limit trims to the newest four
    const until = Date.now() + WAIT_MS;
    for (;;) {
      const runs = ok(await batch(s, `SELECT COUNT(*) FROM flows.dbo.trace WHERE step = N'limited'`)).sets[0]!.rows[0]![0];
      if (runs === run && await idle('flow limited')) break;
      if (Date.now() > until) throw new Error(`run ${run} of flow limited did not finish`);
      await new Promise((res) => setTimeout(res, 200));
    }
  }
  const left = ok(await batch(s, `SELECT h.step_id FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = N'flow limited' ORDER BY h.instance_id`)).sets[0]!.rows;
  assert.deepEqual(left, [[1], [0], [1], [0]]);
});

/** the job is not executing (sp_help_job's current_execution_status 4 = idle) */
async function idle(job: string): Promise<boolean> {
  const set = ok(await batch(s, `EXEC msdb.dbo.sp_help_job @job_name = ${q(job)}, @job_aspect = N'JOB'`)).sets[0]!;
  const col = set.columns.findIndex((c) => c.name === 'current_execution_status');
  return set.rows[0]?.[col] === 4;
}
