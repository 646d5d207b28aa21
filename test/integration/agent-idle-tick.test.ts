// The agent's one-a-second poll (sp_msxd_agent_tick), sp_msxd_agent_job_started and the group-committed writes, on real nodes.
// First the procedure itself on a --no-agent node, this connection playing the agent: nothing
// queued answers no result set; queued requests come back oldest first, once. Then a node with its
// own agent: sp_start_job and a force poll still take effect within about a second, and the
// history the agent writes in group commits keeps its text (quotes) and order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startNode } from '../helpers/start-node';
import { batch, callProcedure, close, connect, ok, TYPES, type Session } from '../helpers/tedious-session';

const tickCall = (s: Session, session: number) => callProcedure(s, 'msdb.dbo.sp_msxd_agent_tick', [['session_id', TYPES.Int, session]]);

test('sp_msxd_agent_tick: no result set while nothing is queued; queued requests once, oldest first; sysadmin only', async () => {
  const node = await startNode({ name: 'MSXDTICK', args: ['--no-agent'] });
  try {
    const s = await connect(node, { appName: 'SQLAgent - Job Manager' });
    const session = ok(await callProcedure(s, 'msdb.dbo.sp_sqlagent_start_session')).sets[0]!.rows[0]![0] as number;
    const empty = ok(await tickCall(s, session));
    assert.equal(empty.returnStatus, 0);
    assert.deepEqual(empty.sets, []);

    ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'tick job';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'tick job', @step_name = N's1', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'tick job';`));
    ok(await tickCall(s, session));
    ok(await batch(s, `EXEC msdb.dbo.sp_sqlagent_notify @op_type = N'P';
EXEC msdb.dbo.sp_start_job @job_name = N'tick job', @step_name = N's1';`));
    const queued = ok(await tickCall(s, session));
    assert.equal(queued.sets.length, 1);
    assert.deepEqual(queued.sets[0]!.columns.map((c) => c.name), ['op_type', 'action_type', 'job_id', 'schedule_id', 'step_name', 'requested_by']);
    assert.deepEqual(queued.sets[0]!.rows.map((r) => [r[0], r[1], r[4], r[5]]), [['P', null, null, 'User sa'], ['J', 'S', 's1', 'User sa']]);
    assert.deepEqual(ok(await tickCall(s, session)).sets, [], 'delivered once');

    // the run's request, queueing and start in one call: the row three SQL Server calls would leave
    ok(await batch(s, `EXEC msdb.dbo.sp_sqlagent_create_jobactivity @session_id = ${session}, @job_id = NULL;
UPDATE msdb.dbo.sysjobactivity SET stop_execution_date = GETDATE(), next_scheduled_run_date = GETDATE() WHERE session_id = ${session};`));
    const jobId = ok(await batch(s, `SELECT CONVERT(nvarchar(36), job_id) FROM msdb.dbo.sysjobs WHERE name = N'tick job'`)).sets[0]!.rows[0]![0] as string;
    const begun = ok(await callProcedure(s, 'msdb.dbo.sp_msxd_agent_job_started', [['session_id', TYPES.Int, session],
      ['job_id', TYPES.UniqueIdentifier, jobId], ['run_requested_source_id', TYPES.TinyInt, 1],
      ['begin_execution_date', TYPES.Int, 20261201], ['begin_execution_time', TYPES.Int, 134502]]));
    assert.equal(begun.returnStatus, 0);
    const row = ok(await batch(s, `SELECT run_requested_source, CONVERT(varchar(19), start_execution_date, 120), stop_execution_date,
  next_scheduled_run_date, DATEPART(ms, run_requested_date), DATEPART(ms, queued_date),
  CASE WHEN ABS(DATEDIFF(second, run_requested_date, GETDATE())) < 60 THEN 1 ELSE 0 END
FROM msdb.dbo.sysjobactivity WHERE session_id = ${session} AND job_id = '${jobId}'`)).sets[0]!.rows;
    assert.deepEqual(row, [['1', '2026-12-01 13:45:02', null, null, 0, 0, 1]]);

    ok(await batch(s, `CREATE LOGIN ticker WITH PASSWORD = N'Tick-Pa55word!', CHECK_POLICY = OFF`));
    const other = await connect(node, { user: 'ticker', password: 'Tick-Pa55word!' });
    try {
      const refused = await tickCall(other, session);
      assert.equal(refused.errors[0]?.number, 229);
    } finally {
      await close(other);
    }
    await close(s);
  } finally {
    await node.stop();
  }
});

test('with the node\'s agent: sp_start_job runs within seconds; history written in group commits keeps quotes and order', async () => {
  const node = await startNode({ name: 'MSXDTICKAGENT' });
  try {
    const s = await connect(node);
    ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'quoted';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'quoted', @step_name = N'it''s step one', @command = N'PRINT N''it''''s printed''',
  @on_success_action = 3;
EXEC msdb.dbo.sp_add_jobstep @job_name = N'quoted', @step_name = N'two', @command = N'SELECT 1';
EXEC msdb.dbo.sp_add_jobserver @job_name = N'quoted';`));
    // let the agent see the job (definitions are re-read on the notification)
    await new Promise((r) => setTimeout(r, 1500));
    const asked = Date.now();
    ok(await batch(s, `EXEC msdb.dbo.sp_start_job @job_name = N'quoted'`));
    let rows: unknown[][] = [];
    while (Date.now() - asked < 15_000) {
      rows = ok(await batch(s, `SELECT h.step_id, h.step_name, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'quoted' ORDER BY h.instance_id`)).sets[0]!.rows;
      if (rows.some((r) => r[0] === 0)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const elapsed = Date.now() - asked;
    assert.deepEqual(rows.map((r) => [r[0], r[1], r[2]]), [[1, "it's step one", 1], [2, 'two', 1], [0, '(Job outcome)', 1]]);
    assert.match(String(rows[0]![3]), /it's printed/);
    assert.match(String(rows[2]![3]), /^The job succeeded\. {2}The Job was invoked by User sa\. {2}The last step to run was step 2 \(two\)\.$/);
    // a second poll at most, plus the run: generous for a loaded machine
    assert.ok(elapsed < 10_000, `outcome after ${elapsed} ms`);
    const activity = ok(await batch(s, `SELECT a.start_execution_date, a.stop_execution_date, a.run_requested_source
FROM msdb.dbo.sysjobactivity AS a JOIN msdb.dbo.sysjobs AS j ON j.job_id = a.job_id
WHERE j.name = N'quoted' AND a.session_id = (SELECT MAX(session_id) FROM msdb.dbo.syssessions)`)).sets[0]!.rows;
    assert.equal(activity.length, 1);
    assert.ok(activity[0]![0] instanceof Date && activity[0]![1] instanceof Date);
    assert.equal(activity[0]![2], '4');
    await close(s);
  } finally {
    await node.stop();
  }
});
