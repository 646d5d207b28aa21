// sp_apply_job_to_targets / sp_remove_job_from_targets (through sp_add_jobserver and
// sp_delete_jobserver) and sp_multi_server_job_summary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openMsxNode, ok, run, type MsxNode } from './msx-node';
import { addMsxOperator, addMultiserverJob, downloadList, enlist, errorNumbers, infoTexts, JOB_A, JOB_B, lastScalar } from './fixtures';

let node: MsxNode;
before(async () => {
  node = await openMsxNode();
  await addMsxOperator(node.sa);
  for (const t of ['tsx1', 'tsx2', 'tsx3']) await enlist(node.sa, t);
  await ok(node.sa, `EXEC dbo.sp_add_targetservergroup N'Web';
EXEC dbo.sp_add_targetsvrgrp_member N'Web', N'tsx1';
EXEC dbo.sp_add_targetsvrgrp_member N'Web', N'tsx2';
CREATE LOGIN plain WITH PASSWORD = N'Str0ng!Passw0rd', CHECK_POLICY = OFF; CREATE USER plain FOR LOGIN plain;`);
  await addMultiserverJob(node.sa, JOB_A, 'nightly', []);
});
after(async () => { await node.dispose(); });

async function targetsOf(jobId: string): Promise<unknown[]> {
  const sink = await ok(node.sa, `SELECT t.server_name FROM dbo.sysjobservers AS s JOIN dbo.systargetservers AS t ON t.server_id = s.server_id
    WHERE s.job_id = '${jobId}' ORDER BY t.server_name`);
  return sink.resultSets[0]!.rows.map((r) => r[0]);
}

test('sp_apply_job_to_targets: groups and servers, already applied ones skipped', async () => {
  const sink = await run(node.sa, `DECLARE @rc int;
EXEC @rc = dbo.sp_apply_job_to_targets @job_name = N'nightly', @target_server_groups = N'Web', @target_servers = N' tsx2 , tsx3,';
SELECT @rc;`);
  assert.deepEqual(errorNumbers(sink), []);
  assert.equal(lastScalar(sink), 0);
  assert.deepEqual(infoTexts(sink).filter((t) => t.startsWith('Job')), ['Job applied to 3 new servers.']);
  assert.deepEqual(await targetsOf(JOB_A), ['TSX1', 'TSX2', 'TSX3']);
  assert.deepEqual((await downloadList(node.sa)).map((r) => [r[0], r[3]]), [[1, 'TSX1'], [1, 'TSX2'], [1, 'TSX3']]);
  const again = await run(node.sa, "EXEC dbo.sp_apply_job_to_targets @job_id = 'AAAAAAAA-0000-0000-0000-000000000001', @target_servers = N'tsx1'");
  assert.deepEqual(infoTexts(again), ['Job applied to 0 new servers.']);
});

test('sp_remove_job_from_targets / @operation = REMOVE', async () => {
  await ok(node.sa, 'DELETE dbo.sysdownloadlist');
  const sink = await run(node.sa, "EXEC dbo.sp_remove_job_from_targets @job_name = N'nightly', @target_server_groups = N'Web'");
  assert.deepEqual(infoTexts(sink).filter((t) => t.startsWith('Job')), ['Job removed from 2 servers.']);
  assert.deepEqual(await targetsOf(JOB_A), ['TSX3']);
  assert.deepEqual((await downloadList(node.sa)).map((r) => [r[0], r[3], r[4]]), [[3, 'TSX1', 'nightly'], [3, 'TSX2', 'nightly']]);
  const rest = await run(node.sa, "EXEC dbo.sp_apply_job_to_targets @job_name = N'nightly', @target_servers = N'TSX3', @operation = 'remove'");
  assert.deepEqual(infoTexts(rest).filter((t) => t.startsWith('Job')), ['Job removed from 1 servers.']);
});

test('sp_apply_job_to_targets: checks', async () => {
  const cases: [string, number][] = [
    ["@job_name = N'nightly', @target_servers = N'tsx1', @operation = 'MOVE'", 14266],
    ["@job_name = N'nightly'", 14283],
    ["@job_name = N'nightly', @target_server_groups = N'Nope'", 14262],
    ["@job_name = N'ghost', @target_servers = N'tsx1'", 14262],
    ["@target_servers = N'tsx1'", 14294],
  ];
  for (const [args, number] of cases) {
    const sink = await run(node.sa, `DECLARE @rc int; EXEC @rc = dbo.sp_apply_job_to_targets ${args}; SELECT @rc`);
    assert.deepEqual(errorNumbers(sink), [number], args);
    assert.equal(lastScalar(sink), 1, args);
  }
  const plain = await node.sessionOf('plain');
  assert.deepEqual(errorNumbers(await run(plain, "EXEC msdb.dbo.sp_apply_job_to_targets @job_name = N'nightly', @target_servers = N'tsx1'")), [15003]);
  assert.deepEqual(errorNumbers(await run(plain, "EXEC msdb.dbo.sp_remove_job_from_targets @job_name = N'nightly', @target_servers = N'tsx1'")), [15003]);
});

test('sp_multi_server_job_summary: multiserver jobs with targets, pending, errors and failures', async () => {
  const ids = await ok(node.sa, 'SELECT server_id FROM dbo.systargetservers ORDER BY server_name');
  const [t1, t2] = ids.resultSets[0]!.rows.map((r) => Number(r[0]));
  await addMultiserverJob(node.sa, JOB_B, 'weekly', [t1!, t2!]);
  await ok(node.sa, `UPDATE dbo.sysjobservers SET last_run_date = 20261130, last_run_outcome = 0 WHERE job_id = '${JOB_B}' AND server_id = ${t1!};
DELETE dbo.sysdownloadlist;
INSERT dbo.sysdownloadlist (source_server, operation_code, object_type, object_id, target_server, error_message, status)
VALUES (N'MSX', 1, 1, '${JOB_B}', N'TSX1', NULL, 0), (N'MSX', 1, 1, '${JOB_B}', N'TSX2', N'boom', 1)`);
  const sink = await ok(node.sa, 'EXEC dbo.sp_multi_server_job_summary');
  const set = sink.resultSets[0]!;
  assert.deepEqual(set.columns.map((c) => c.name), ['job_id', 'job_name', 'enabled', 'category_name', 'target_servers',
    'pending_download_instructions', 'download_errors', 'execution_failures']);
  assert.deepEqual(set.rows.map((r) => r.slice(1)), [
    ['nightly', 1, '[Uncategorized (Multi-Server)]', 0, 0, 0, 0],
    ['weekly', 1, '[Uncategorized (Multi-Server)]', 2, 1, 1, 1],
  ]);
  const one = await ok(node.sa, "EXEC dbo.sp_multi_server_job_summary @job_name = N'weekly'");
  assert.deepEqual(one.resultSets[0]!.rows.map((r) => r[1]), ['weekly']);
  assert.deepEqual(errorNumbers(await run(node.sa, "EXEC dbo.sp_multi_server_job_summary @job_name = N'ghost'")), [14262]);
});
