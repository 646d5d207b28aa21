// Operating-system job steps on a real node with its agent, defined only through msdb over TDS:
// CmdExec (the shell's exit code checked against @cmdexec_success_code, output in the history and
// in the step's output file, the process killed by sp_stop_job), and the subsystems this platform
// lacks (PowerShell without pwsh, SSIS), which fail their step with a clear reason.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import { poll as pollUntil } from '../helpers/poll';

const WAIT_MS = 30_000;
let node: NodeHandle;
let s: Session;

before(async () => {
  node = await startNode({ name: 'MSXDOSSTEPS' });
  s = await connect(node);
});
after(async () => {
  await close(s);
  await node.stop();
});

const q = (text: string): string => `N'${text.replace(/'/g, "''")}'`;

function poll<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  return pollUntil(what, probe, WAIT_MS);
}

/** [step_id, run_status, message] of the job's history, oldest first, once its outcome row is there */
async function runOnce(job: string, subsystem: string, command: string, extra = ''): Promise<unknown[][]> {
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = ${q(job)};
EXEC msdb.dbo.sp_add_jobstep @job_name = ${q(job)}, @step_name = N'os', @subsystem = ${q(subsystem)}, @command = ${q(command)}${extra};
EXEC msdb.dbo.sp_add_jobserver @job_name = ${q(job)};
EXEC msdb.dbo.sp_start_job @job_name = ${q(job)};`));
  return poll(`the outcome of ${job}`, async () => {
    const rows = ok(await batch(s, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = ${q(job)} ORDER BY h.instance_id`)).sets[0]!.rows;
    return rows.some((r) => r[0] === 0) ? rows : undefined;
  });
}

test('sp_enum_sqlagent_subsystems lists SQL Server\'s subsystems', async () => {
  const rows = ok(await batch(s, 'EXEC msdb.dbo.sp_enum_sqlagent_subsystems')).sets.at(-1)!.rows.map((r) => r[0]);
  for (const name of ['TSQL', 'CmdExec', 'PowerShell', 'SSIS', 'Snapshot', 'LogReader', 'Distribution', 'Merge', 'QueueReader']) {
    assert.ok(rows.includes(name), `${name} in ${JSON.stringify(rows)}`);
  }
});

test('CmdExec: exit code against @cmdexec_success_code, output in the history and the output file', async () => {
  const file = join(node.workDir, 'cmdexec-out.txt');
  const ran = await runOnce('os cmdexec ok', 'CmdExec', 'echo out-line; echo err-line 1>&2; exit 3',
    `, @cmdexec_success_code = 3, @output_file_name = ${q(file)}`);
  assert.deepEqual(ran.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]]);
  const step = String(ran[0]![2]);
  assert.match(step, /^Executed as user: \S+\. /);
  assert.match(step, /out-line/);
  assert.match(step, /err-line/);
  assert.match(step, /Process Exit Code 3\.\s+The step succeeded\.$/);
  assert.match(readFileSync(file, 'utf8'), /out-line/);

  const failed = await runOnce('os cmdexec fails', 'CmdExec', 'exit 1');
  assert.deepEqual(failed.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]]);
  assert.match(String(failed[0]![2]), /Process Exit Code 1\.\s+The step failed\.$/);
});

test('CmdExec: sp_stop_job kills the process and records the run as canceled', async () => {
  const pidFile = join(node.workDir, 'cmdexec-pid.txt');
  ok(await batch(s, `EXEC msdb.dbo.sp_add_job @job_name = N'os cmdexec long';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'os cmdexec long', @step_name = N'sleep', @subsystem = N'CmdExec',
  @command = ${q(`echo $$ > '${pidFile}'; exec sleep 120`)};
EXEC msdb.dbo.sp_add_jobserver @job_name = N'os cmdexec long';
EXEC msdb.dbo.sp_start_job @job_name = N'os cmdexec long';`));
  const pid = await poll('the step\'s process', () => Promise.resolve(
    existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '' ? Number(readFileSync(pidFile, 'utf8').trim()) : undefined));
  assert.equal(isAlive(pid), true);
  ok(await batch(s, `EXEC msdb.dbo.sp_stop_job @job_name = N'os cmdexec long'`));
  const status = await poll('the canceled outcome', async () => {
    const r = ok(await batch(s, `SELECT h.run_status FROM msdb.dbo.sysjobhistory AS h JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id
WHERE j.name = N'os cmdexec long' AND h.step_id = 0`)).sets[0]!.rows[0];
    return r?.[0];
  });
  assert.equal(status, 3);
  await poll('the process to end', () => Promise.resolve(isAlive(pid) ? undefined : true));
});

test('subsystems this platform lacks fail their step with the reason', async () => {
  const ssis = await runOnce('os ssis', 'SSIS', '/FILE "x.dtsx"');
  assert.deepEqual(ssis.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]]);
  assert.match(String(ssis[0]![2]), /Unable to start execution of step 1 \(reason: The SSIS subsystem is not available on this platform\)/);
  const pwshInstalled = (process.env['PATH'] ?? '').split(':').some((d) => d !== '' && existsSync(join(d, 'pwsh')));
  if (!pwshInstalled) {
    const ps = await runOnce('os powershell', 'PowerShell', 'Write-Output 1');
    assert.deepEqual(ps.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]]);
    assert.match(String(ps[0]![2]), /Unable to start execution of step 1 \(reason: The PowerShell subsystem failed to load: pwsh was not found on the PATH\)/);
  }
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
