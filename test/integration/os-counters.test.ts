// sys.dm_os_wait_stats and sys.dm_os_performance_counters against a real node: a real lock wait
// (B's UPDATE waits for A's open write transaction) adds one LCK_M_X wait and one 'Lock Waits/sec',
// its time counted when it ends; DBCC SQLPERF clears the wait statistics only; batches and RPCs add to 'Batch Requests/sec'; 'User Connections'
// follows the sessions open.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, execSql, ok, scalar, TYPES, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDOSCOUNTERS', args: ['--no-agent'] });

async function lockWaits(s: Session): Promise<{ count: number; ms: number; counter: number }> {
  const o = ok(await batch(s, `SELECT w.waiting_tasks_count, w.wait_time_ms, p.cntr_value
    FROM sys.dm_os_wait_stats w CROSS JOIN sys.dm_os_performance_counters p
    WHERE w.wait_type = N'LCK_M_X' AND p.counter_name = N'Lock Waits/sec' AND p.instance_name = N'_Total'`));
  const row = o.sets[0]!.rows[0]!;
  return { count: Number(row[0]), ms: Number(row[1]), counter: Number(row[2]) };
}

const counter = async (s: Session, name: string): Promise<number> =>
  Number(scalar(ok(await batch(s, `SELECT cntr_value FROM sys.dm_os_performance_counters WHERE counter_name = N'${name}'`))));

async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sys.dm_os_wait_stats and sys.dm_os_performance_counters', () => {
  let node: NodeHandle;
  before(async () => {
    node = await fixture.ready();
    const sa = await connect(node);
    ok(await batch(sa, "CREATE TABLE dbo.counters_t (id int PRIMARY KEY, v varchar(20)); INSERT INTO dbo.counters_t VALUES (1, 'original')"));
    await close(sa);
  });

  test('a lock wait adds one LCK_M_X wait with its time, and one Lock Waits/sec', async () => {
    const a = await connect(node);
    const b = await connect(node);
    const c = await connect(node);
    try {
      const bSpid = Number(scalar(ok(await batch(b, 'SELECT @@SPID'))));
      const before = await lockWaits(c);
      ok(await batch(a, "BEGIN TRAN; UPDATE dbo.counters_t SET v = 'from A' WHERE id = 1"));
      const bUpdate = batch(b, "UPDATE dbo.counters_t SET v = 'from B' WHERE id = 1");
      await waitUntil('B waiting', async () =>
        scalar(ok(await batch(c, `SELECT wait_type FROM sys.dm_exec_requests WHERE session_id = ${bSpid}`))) === 'LCK_M_X');
      // counted at the start of the wait, as the documentation says
      const during = await lockWaits(c);
      assert.equal(during.count, before.count + 1);
      await new Promise((r) => setTimeout(r, 300));
      ok(await batch(a, 'COMMIT'));
      assert.deepEqual(ok(await bUpdate).rowCounts, [1]);
      const after = await lockWaits(c);
      assert.equal(after.count, before.count + 1);
      assert.equal(after.counter, before.counter + 1);
      assert.ok(after.ms >= before.ms + 250, `wait time ${after.ms - before.ms} ms`);
      const max = Number(scalar(ok(await batch(c, "SELECT max_wait_time_ms FROM sys.dm_os_wait_stats WHERE wait_type = N'LCK_M_X'"))));
      assert.ok(max >= 250 && max <= after.ms);

      // DBCC SQLPERF's CLEAR resets the wait statistics, not the performance counter
      const cleared = ok(await batch(c, "DBCC SQLPERF('sys.dm_os_wait_stats', CLEAR)"));
      assert.deepEqual(cleared.infos.map((m) => m.number), [2528]);
      assert.deepEqual(await lockWaits(c), { count: 0, ms: 0, counter: after.counter });
    } finally {
      await Promise.all([close(a), close(b), close(c)]);
    }
  });

  test('Batch Requests/sec counts batches and RPCs; User Connections the sessions', async () => {
    const a = await connect(node);
    const b = await connect(node);
    try {
      const users = await counter(a, 'User Connections');
      assert.ok(users >= 2);
      const start = await counter(a, 'Batch Requests/sec');
      ok(await batch(b, 'SELECT 1'));
      ok(await batch(b, 'SELECT 2'));
      ok(await execSql(b, 'SELECT @p', [['p', TYPES.Int, 3]]));
      // three from b, plus a's own batch reading the counter (counted when it starts)
      assert.equal(await counter(a, 'Batch Requests/sec'), start + 4);
      await close(b);
      await waitUntil('b gone', async () => (await counter(a, 'User Connections')) === users - 1);
    } finally {
      await Promise.all([close(a), close(b)]);
    }
  });
});
