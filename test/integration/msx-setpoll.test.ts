// Poll timing between real nodes (master + one target on loopback), read from the master's
// systargetservers.last_poll_date (the probe's time): from a 300 s interval, the target's
// sp_sqlagent_notify @op_type = N'P' makes it poll at once (SQL Server: "within one second";
// asserted < 5 s on a loaded machine); SET-POLL @value = 10 changes the interval, so the target
// polls again every ~10 s without being asked, and reports 10 to the master.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { downloadsSettled, forcePoll, regread, rows, scalarOf, startCluster, waitFor, type MsxCluster } from '../helpers/msx-cluster';
import { batch, ok } from '../helpers/tedious-session';

let c: MsxCluster;

before(async () => {
  c = await startCluster({ targetNames: ['TSX1'], pollIntervalSec: 300 });
});
after(async () => {
  await c?.stop();
});

async function lastPoll(): Promise<number> {
  const v = await scalarOf(c.msa, `SELECT last_poll_date FROM msdb.dbo.systargetservers WHERE server_name = N'TSX1'`);
  return (v as Date).getTime();
}

/** waits for a poll after `since` (master time, ms); returns its time */
function nextPoll(since: number, timeoutMs: number): Promise<number> {
  return waitFor('a poll', async () => {
    const t = await lastPoll();
    return t > since ? t : undefined;
  }, timeoutMs, 50);
}

test('enlisted with MSXPollInterval 300: the master shows it', async () => {
  // the agent's first poll (at its start, before the enlistment) found no master; the next comes after 300 s
  assert.deepEqual(await rows(c.msa, `SELECT poll_interval FROM msdb.dbo.systargetservers WHERE server_name = N'TSX1'`), [[300]]);
});

test("sp_sqlagent_notify @op_type = N'P' on the target: it polls within a few seconds instead of 300 s", async (t) => {
  const seen: number[] = [];
  for (let round = 0; round < 3; round++) {
    const before = await lastPoll();
    const asked = Date.now();
    await forcePoll(c.tsa[0]!);
    await nextPoll(before, 10_000);
    const latency = Date.now() - asked;
    assert.ok(latency < 5000, `round ${round}: polled ${latency} ms after the request`);
    seen.push(latency);
  }
  t.diagnostic(`force poll latencies (ms, incl. 50 ms probe steps): ${seen.join(', ')}`);
});

test('SET-POLL @value = 10: the target stores 10, polls every ~10 s unasked, and reports 10 to the master', async (t) => {
  ok(await batch(c.msa, `EXEC msdb.dbo.sp_post_msx_operation @operation = N'SET-POLL', @object_type = N'SERVER', @value = 10;`));
  assert.deepEqual(await rows(c.msa, `SELECT operation_code, CONVERT(nvarchar(36), object_id) FROM msdb.dbo.sysdownloadlist WHERE target_server = N'TSX1' AND status = 0`),
    [[9, '00000000-0000-0000-0000-00000000000A']]);
  await forcePoll(c.tsa[0]!);
  await downloadsSettled(c.msa, 'TSX1', 10_000);
  assert.equal(Number(await scalarOf(c.tsa[0]!, regread('MSXPollInterval'))), 10);
  const applied = await lastPoll();

  const first = await nextPoll(applied, 25_000);
  const second = await nextPoll(first, 25_000);
  for (const [from, to] of [[applied, first], [first, second]] as const) {
    const gap = to - from;
    assert.ok(gap >= 9000 && gap <= 18_000, `polls ${gap} ms apart (interval 10 s)`);
  }
  t.diagnostic(`poll gaps after SET-POLL 10 (ms): ${first - applied}, ${second - first}`);
  assert.deepEqual(await rows(c.msa, `SELECT poll_interval FROM msdb.dbo.systargetservers WHERE server_name = N'TSX1'`), [[10]]);
  const [help] = (await rows(c.msa, `EXEC msdb.dbo.sp_help_targetserver N'TSX1'`));
  assert.equal(help?.[10], 10);
  assert.equal(help?.[6], 1);
});
