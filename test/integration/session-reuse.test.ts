// The node pools session storage connections (src/store/session-pool.ts): a connection closed by
// one client is handed, reset, to the next one. Sequential connections on a node without its
// Agent (so the next login takes the connection the previous one left) must never see anything
// of the session before them: #temp tables, an open transaction, uncommitted rows, SET options,
// the current database, an EXECUTE AS context. DDL committed by one must be seen by the next.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { nodeForFile } from '../helpers/node-fixture';
import { batch, close, connect, ok, type Session } from '../helpers/tedious-session';
import type { NodeHandle } from '../helpers/start-node';

const fixture = nodeForFile({ name: 'MSXDREUSE', args: ['--no-agent'] });
const ROUNDS = 6;
let node: NodeHandle;

async function withSession<T>(fn: (s: Session) => Promise<T>): Promise<T> {
  const s = await connect(node);
  try {
    return await fn(s);
  } finally {
    await close(s);
  }
}

const row = async (s: Session, sql: string): Promise<unknown[]> => ok(await batch(s, sql)).sets.at(-1)?.rows[0] ?? [];

/** What a fresh sa session in master sees; every reused connection must see exactly this. */
const FRESH = `SELECT DB_NAME(), @@TRANCOUNT, XACT_STATE(), SUSER_SNAME(), USER_NAME(), @@OPTIONS, @@LOCK_TIMEOUT,
  @@DATEFIRST, OBJECT_ID('tempdb..#leak'), (SELECT count(*) FROM reusedb.dbo.t)`;

before(async () => {
  node = await fixture.ready();
  await withSession(async (s) => {
    ok(await batch(s, `CREATE DATABASE reusedb; CREATE LOGIN reuse_login WITH PASSWORD = N'Reu5e-Pa55word!', CHECK_POLICY = OFF`));
    ok(await batch(s, 'CREATE TABLE reusedb.dbo.t (id int PRIMARY KEY, v nvarchar(20))'));
  });
});

describe('pooled session connections', () => {
  test('sessions that leave state behind: the next one sees a fresh session every time', async () => {
    const fresh = await withSession((s) => row(s, FRESH));
    assert.deepEqual(fresh.slice(0, 5), ['master', 0, 0, 'sa', 'dbo']);
    assert.equal(fresh[8], null);
    assert.equal(fresh[9], 0);
    for (let i = 0; i < ROUNDS; i++) {
      await withSession(async (s) => {
        ok(await batch(s, `CREATE TABLE #leak (secret nvarchar(20)); INSERT INTO #leak VALUES (N'round ${i}');
          DECLARE @tv TABLE (x int); INSERT INTO @tv VALUES (${i})`));
        ok(await batch(s, 'SET ANSI_NULLS OFF; SET NOCOUNT ON; SET LOCK_TIMEOUT 1234; SET DATEFIRST 3; SET XACT_ABORT ON'));
        ok(await batch(s, `BEGIN TRAN; INSERT INTO reusedb.dbo.t VALUES (${i}, N'uncommitted')`));
        ok(await batch(s, 'USE reusedb'));
        ok(await batch(s, "EXECUTE AS LOGIN = 'reuse_login'"));
        assert.deepEqual(await row(s, 'SELECT SUSER_SNAME(), DB_NAME(), @@TRANCOUNT'), ['reuse_login', 'reusedb', 1]);
      });
      assert.deepEqual(await withSession((s) => row(s, FRESH)), fresh, `round ${i}`);
    }
  });

  test('a session disconnected mid-transaction is rolled back and holds no lock', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      await withSession(async (s) => {
        ok(await batch(s, `BEGIN TRAN; UPDATE reusedb.dbo.t SET v = N'x'; INSERT INTO reusedb.dbo.t VALUES (${100 + i}, N'pending')`));
      });
      await withSession(async (s) => {
        assert.deepEqual(await row(s, 'SELECT @@TRANCOUNT, (SELECT count(*) FROM reusedb.dbo.t)'), [0, i]);
        // SET LOCK_TIMEOUT 0: a write lock left behind would fail this at once (1222)
        ok(await batch(s, `SET LOCK_TIMEOUT 0; INSERT INTO reusedb.dbo.t VALUES (${i}, N'committed')`));
      });
    }
    assert.deepEqual(await withSession((s) => row(s, 'SELECT count(*), min(v), max(v) FROM reusedb.dbo.t')), [ROUNDS, 'committed', 'committed']);
  });

  test('#temp tables of the same name with other columns in each next session', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      await withSession(async (s) => {
        const o = ok(await batch(s, `CREATE TABLE #t (c${i} int, d${i} nvarchar(5)); INSERT INTO #t VALUES (${i}, N'v');
          SELECT * FROM #t; SELECT name FROM tempdb.sys.columns WHERE object_id = OBJECT_ID('tempdb..#t') ORDER BY column_id`));
        assert.deepEqual(o.sets[0]?.rows, [[i, 'v']]);
        assert.deepEqual(o.sets[0]?.columns.map((c) => c.name), [`c${i}`, `d${i}`]);
      });
    }
  });

  test('DDL by one session is seen by the next, which reuses its connection', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      await withSession(async (s) => {
        ok(await batch(s, `USE reusedb; IF OBJECT_ID('dbo.shape') IS NOT NULL DROP TABLE dbo.shape;
          CREATE TABLE dbo.shape (k int, col${i} int); INSERT INTO dbo.shape VALUES (${i}, ${i * 10})`));
        assert.deepEqual(await row(s, 'SELECT * FROM reusedb.dbo.shape'), [i, i * 10]);
      });
      const o = await withSession(async (s) => ok(await batch(s, 'SELECT * FROM reusedb.dbo.shape')));
      assert.deepEqual(o.sets[0]?.columns.map((c) => c.name), ['k', `col${i}`]);
      assert.deepEqual(o.sets[0]?.rows, [[i, i * 10]]);
    }
    await withSession(async (s) => ok(await batch(s, 'DROP TABLE reusedb.dbo.shape')));
    const gone = await withSession((s) => batch(s, 'SELECT * FROM reusedb.dbo.shape'));
    assert.equal(gone.errors[0]?.number, 208);
  });

  test('DROP DATABASE while idle pooled connections have it attached, then a new one of that name', async () => {
    await withSession(async (s) => ok(await batch(s, 'CREATE DATABASE dropme; CREATE TABLE dropme.dbo.old (a int)')));
    await withSession(async (s) => ok(await batch(s, 'SELECT * FROM dropme.dbo.old')));
    await withSession(async (s) => ok(await batch(s, 'DROP DATABASE dropme')));
    await withSession(async (s) => ok(await batch(s, 'CREATE DATABASE dropme')));
    const o = await withSession((s) => batch(s, 'SELECT * FROM dropme.dbo.old'));
    assert.equal(o.errors[0]?.number, 208);
  });
});
