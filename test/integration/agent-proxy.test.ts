// A CmdExec step with a proxy on a real node with its agent: the step is stored with the proxy and
// fails at run time with "Error authenticating proxy" (the agent cannot take on the credential's
// identity); its command never runs as the agent's own account. The same job without the proxy
// runs the command.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { poll } from '../helpers/poll';
import { startNode, type NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const WAIT_MS = 30_000;
let node: NodeHandle;
let sa: Session;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'msxd-proxy-'));
  node = await startNode({ name: 'MSXDPROXY' });
  sa = await connect(node);
  ok(await batch(sa, `CREATE CREDENTIAL px_cred WITH IDENTITY = 'px_account', SECRET = 'Px!Secret1';
EXEC msdb.dbo.sp_add_proxy @proxy_name = N'px_proxy', @credential_name = N'px_cred';
EXEC msdb.dbo.sp_grant_proxy_to_subsystem @proxy_name = N'px_proxy', @subsystem_name = N'CmdExec';`));
});
after(async () => {
  await close(sa);
  await node.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function historyOf(job: string): Promise<unknown[][]> {
  return poll(`the outcome of ${job}`, async () => {
    const rows = ok(await batch(sa, `SELECT h.step_id, h.run_status, h.message FROM msdb.dbo.sysjobhistory AS h
JOIN msdb.dbo.sysjobs AS j ON j.job_id = h.job_id WHERE j.name = N'${job}' ORDER BY h.instance_id`)).sets[0]!.rows;
    return rows.some((r) => r[0] === 0) ? rows : undefined;
  }, WAIT_MS);
}

function addJob(job: string, file: string, proxy: string): string {
  return `EXEC msdb.dbo.sp_add_job @job_name = N'${job}';
EXEC msdb.dbo.sp_add_jobstep @job_name = N'${job}', @step_name = N'touch', @subsystem = N'CmdExec',
  @command = N'touch ${file}'${proxy === '' ? '' : `, @proxy_name = N'${proxy}'`};
EXEC msdb.dbo.sp_add_jobserver @job_name = N'${job}';
EXEC msdb.dbo.sp_start_job @job_name = N'${job}';`;
}

test('a CmdExec step with a proxy fails without running its command', async () => {
  const file = join(dir, 'with-proxy');
  ok(await batch(sa, addJob('px job', file, 'px_proxy')));
  const stored = ok(await batch(sa, `SELECT s.proxy_id - p.proxy_id FROM msdb.dbo.sysjobsteps AS s
JOIN msdb.dbo.sysjobs AS j ON j.job_id = s.job_id JOIN msdb.dbo.sysproxies AS p ON p.name = N'px_proxy'
WHERE j.name = N'px job'`)).sets[0]!.rows;
  assert.deepEqual(stored, [[0]]);
  const rows = await historyOf('px job');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 0], [0, 0]], JSON.stringify(rows));
  assert.match(String(rows[0]![2]), /^Unable to start execution of step 1 \(reason: Error authenticating proxy \(proxy_id = \d+\), system error: this agent cannot run job steps as a proxy's credential; the step was not run\)  The step failed\.$/);
  assert.equal(existsSync(file), false);
});

test('the same step without the proxy runs its command', async () => {
  const file = join(dir, 'without-proxy');
  ok(await batch(sa, addJob('plain job', file, '')));
  const rows = await historyOf('plain job');
  assert.deepEqual(rows.map((r) => [r[0], r[1]]), [[1, 1], [0, 1]], JSON.stringify(rows));
  assert.equal(existsSync(file), true);
});
