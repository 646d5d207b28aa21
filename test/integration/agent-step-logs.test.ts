// Step output kept in msdb (sysjobsteps.flags 8 / 16) by a node's own agent: a TSQL step that
// PRINTs runs, and its output is in sysjobstepslogs and sp_help_jobsteplog; with flags 16 a second
// run appends to the same row, with flags 8 it replaces it; flags 0 writes no log.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const WAIT_MS = 30_000;
let node: NodeHandle;
let s: Session;

before(async () => {
  node = await startNode({ name: 'MSXDSTEPLOGS' });
  s = await connect(node);
});
after(async () => {
  await close(s);
  await node.stop();
});

const q = (text: string): string => `N'${text.replace(/'/g, "''")}'`;

async function runAndWait(job: string, outcomes: number): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = ${q(job)}`));
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const rows = ok(await batch(s, `SELECT COUNT(*) FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = ${q(job)} AND h.step_id = 0`)).sets[0]!.rows;
    if (Number(rows[0]![0]) >= outcomes) return;
    if (Date.now() > until) throw new Error(`timed out waiting for run ${outcomes} of ${job}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** [step_id, log, log_size] of sp_help_jobsteplog */
async function helpLogs(job: string): Promise<unknown[][]> {
  const r = ok(await batch(s, `EXEC msdb.dbo.sp_help_jobsteplog @job_name = ${q(job)}`));
  const set = r.sets[0]!;
  const col = (name: string): number => set.columns.findIndex((c) => c.name === name);
  return set.rows.map((row) => [row[col('step_id')], row[col('log')], Number(row[col('log_size')])]);
}

async function define(job: string, flags: number): Promise<void> {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)};
EXEC msdb.dbo.sp_add_jobstep @job_name = ${q(job)}, @step_name = N'talk', @command = N'PRINT N''hello from the step''', @flags = ${flags};
EXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)};`));
}

const LINE = 'hello from the step [SQLSTATE 01000] (Message 0)\n';
const bytes = (text: string): number => text.length * 2;

test('flags 16: the output is logged, and a second run appends to the same row', async () => {
  await define('log append', 16);
  await runAndWait('log append', 1);
  assert.deepEqual(await helpLogs('log append'), [[1, LINE, bytes(LINE)]]);
  const first = ok(await batch(s, `SELECT l.log_id, l.date_created FROM msdb.dbo.sysjobstepslogs l
JOIN msdb.dbo.sysjobsteps st ON st.step_uid = l.step_uid JOIN msdb.dbo.sysjobs j ON j.job_id = st.job_id WHERE j.name = N'log append'`)).sets[0]!.rows;
  assert.equal(first.length, 1);
  await runAndWait('log append', 2);
  assert.deepEqual(await helpLogs('log append'), [[1, LINE + LINE, bytes(LINE + LINE)]]);
  const second = ok(await batch(s, `SELECT l.log_id, l.date_created, CASE WHEN l.date_modified >= l.date_created THEN 1 ELSE 0 END
FROM msdb.dbo.sysjobstepslogs l JOIN msdb.dbo.sysjobsteps st ON st.step_uid = l.step_uid
JOIN msdb.dbo.sysjobs j ON j.job_id = st.job_id WHERE j.name = N'log append'`)).sets[0]!.rows;
  assert.deepEqual(second.map((r) => [r[0], r[2]]), [[first[0]![0], 1]]);
});

test('flags 8: a second run replaces the log (a new row, the text not doubled)', async () => {
  await define('log overwrite', 8);
  const logId = async (): Promise<unknown> => ok(await batch(s, `SELECT l.log_id FROM msdb.dbo.sysjobstepslogs l
JOIN msdb.dbo.sysjobsteps st ON st.step_uid = l.step_uid JOIN msdb.dbo.sysjobs j ON j.job_id = st.job_id
WHERE j.name = N'log overwrite'`)).sets[0]!.rows.map((r) => r[0]);
  await runAndWait('log overwrite', 1);
  assert.deepEqual(await helpLogs('log overwrite'), [[1, LINE, bytes(LINE)]]);
  const [before] = await logId() as unknown[];
  await runAndWait('log overwrite', 2);
  assert.deepEqual(await helpLogs('log overwrite'), [[1, LINE, bytes(LINE)]]);
  const after = await logId() as unknown[];
  assert.equal(after.length, 1);
  assert.ok(Number(after[0]) > Number(before), 'the log row is replaced');
  // changed and started at once: the run uses the step msdb holds (sp_update_jobstep notifies no agent)
  ok(await batch(s, `EXEC msdb.dbo.sp_update_jobstep @job_name = N'log overwrite', @step_id = 1, @command = N'PRINT N''third run'''`));
  await runAndWait('log overwrite', 3);
  const third = 'third run [SQLSTATE 01000] (Message 0)\n';
  assert.deepEqual(await helpLogs('log overwrite'), [[1, third, bytes(third)]]);
  ok(await batch(s, `EXEC msdb.dbo.sp_delete_jobsteplog @job_name = N'log overwrite'`));
  assert.deepEqual(await helpLogs('log overwrite'), []);
});

test('flags 0: no log is kept', async () => {
  await define('log none', 0);
  await runAndWait('log none', 1);
  assert.deepEqual(await helpLogs('log none'), []);
});
