// Simple parameterization over TDS: a client sending the same statement with other literals as SQL
// batches (tedious execSqlBatch, as FreeTDS tsql, sqlcmd and ORMs in literal mode do) gets each
// text's own answers while the node parses and translates the statement's shape once, which
// SQL Server's auto-parameterization counters show.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import type { NodeHandle } from '../helpers/start-node';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';

const fixture = nodeForFile({ name: 'MSXDAUTOPARAM', args: ['--no-agent'] });

async function autoParams(s: Session): Promise<{ attempts: number; safe: number; failed: number }> {
  const o = ok(await batch(s, `SELECT RTRIM(counter_name), cntr_value FROM sys.dm_os_performance_counters
    WHERE object_name = N'SQLServer:SQL Statistics' AND counter_name LIKE N'%Auto-Param%'`));
  const byName = new Map(o.sets[0]!.rows.map((r) => [String(r[0]), Number(r[1])]));
  return { attempts: byName.get('Auto-Param Attempts/sec')!, safe: byName.get('Safe Auto-Params/sec')!, failed: byName.get('Failed Auto-Params/sec')! };
}

describe('simple parameterization of SQL batches', () => {
  let node: NodeHandle;
  before(async () => {
    node = await fixture.ready();
    const sa = await connect(node);
    ok(await batch(sa, `CREATE TABLE dbo.hist (instance_id int NOT NULL PRIMARY KEY, step_name sysname NOT NULL, run_date int NOT NULL);
WITH d AS (SELECT v FROM (VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)) AS t(v))
INSERT INTO dbo.hist SELECT a.v + 10 * b.v + 100 * c.v + 1, N'step ' + CAST(a.v AS nvarchar(2)), 20250101 + c.v FROM d a CROSS JOIN d b CROSS JOIN d c`));
    await close(sa);
  });

  test('point queries with changing keys answer each key; one shape, all safe', async () => {
    const s = await connect(node);
    try {
      const start = await autoParams(s);
      for (let i = 0; i < 200; i++) {
        const id = ((i * 37) % 1000) + 1;
        const o = ok(await batch(s, `SELECT instance_id, step_name, run_date FROM dbo.hist WHERE instance_id = ${id}`));
        assert.deepEqual(o.sets[0]!.rows, [[id, `step ${(id - 1) % 10}`, 20250101 + Math.floor((id - 1) / 100)]]);
        assert.deepEqual(o.sets[0]!.columns.map((c) => c.name), ['instance_id', 'step_name', 'run_date']);
      }
      const end = await autoParams(s);
      // 200 new texts, plus the counters' own query once (a repeated text is no new attempt)
      assert.ok(end.attempts - start.attempts >= 200 && end.attempts - start.attempts <= 201, `attempts ${end.attempts - start.attempts}`);
      assert.equal(end.safe - start.safe, end.attempts - start.attempts);
      assert.equal(end.failed, start.failed);
    } finally {
      await close(s);
    }
  });

  test('UPDATE, DELETE and INSERT with literals; a literal a plan depends on is kept', async () => {
    const s = await connect(node);
    try {
      ok(await batch(s, 'CREATE TABLE dbo.w (id int NOT NULL PRIMARY KEY, v varchar(10) NOT NULL)'));
      for (let i = 1; i <= 20; i++) ok(await batch(s, `INSERT INTO dbo.w (id, v) VALUES (${i}, 'v${i}')`));
      for (let i = 1; i <= 20; i += 2) assert.deepEqual(ok(await batch(s, `UPDATE dbo.w SET v = 'odd' WHERE id = ${i}`)).rowCounts, [1]);
      for (let i = 2; i <= 20; i += 4) assert.deepEqual(ok(await batch(s, `DELETE FROM dbo.w WHERE id = ${i}`)).rowCounts, [1]);
      const o = ok(await batch(s, "SELECT COUNT(*), SUM(CASE WHEN v = 'odd' THEN 1 ELSE 0 END) FROM dbo.w"));
      assert.deepEqual(o.sets[0]!.rows, [[15, 10]]);
      assert.deepEqual(ok(await batch(s, 'SELECT TOP 3 id FROM dbo.w WHERE id > 4 ORDER BY id')).sets[0]!.rows, [[5], [7], [8]]);
      assert.deepEqual(ok(await batch(s, 'SELECT TOP 2 id FROM dbo.w WHERE id > 4 ORDER BY id')).sets[0]!.rows, [[5], [7]]);
      const dup = await batch(s, "INSERT INTO dbo.w (id, v) VALUES (3, 'again')");
      assert.equal(dup.error?.number, 2627);
      assert.match(dup.error?.message ?? '', /\(3\)/);
    } finally {
      await close(s);
    }
  });
});
